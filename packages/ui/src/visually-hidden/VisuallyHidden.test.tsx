import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { VisuallyHidden } from './VisuallyHidden.js';

describe('VisuallyHidden', () => {
  it('adds its text to the accessible name of what contains it', () => {
    render(
      <a href="#ho-ten">
        Thay đổi<VisuallyHidden> họ và tên</VisuallyHidden>
      </a>,
    );
    // jsdom's name computation drops the space at an inline boundary; Chromium keeps it (the
    // story checks the exact name there).
    expect(screen.getByRole('link', { name: /^Thay đổi ?họ và tên$/ })).toBeInTheDocument();
  });

  it('keeps the hiding class and adds the caller’s, and forwards its ref', () => {
    const ref = { current: null as HTMLSpanElement | null };
    render(
      <VisuallyHidden ref={ref} className="extra">
        Lỗi:
      </VisuallyHidden>,
    );
    expect(ref.current).toHaveClass('dvc-visually-hidden', 'extra');
  });

  it('renders on the server and has no axe violations', async () => {
    expect(renderOnServer(<VisuallyHidden>Lỗi:</VisuallyHidden>)).toContain(
      'class="dvc-visually-hidden"',
    );
    const { container } = render(
      <button type="button">
        Xoá<VisuallyHidden> tệp giay-chung-sinh.pdf</VisuallyHidden>
      </button>,
    );
    await expectNoAxeViolations(container);
  });
});
