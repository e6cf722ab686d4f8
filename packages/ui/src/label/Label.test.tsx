import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { Label } from './Label.js';

describe('Label', () => {
  it('names its control', () => {
    render(
      <>
        <Label htmlFor="ho-ten">Họ và tên</Label>
        <input id="ho-ten" />
      </>,
    );
    expect(screen.getByRole('textbox', { name: 'Họ và tên' })).toBeInTheDocument();
  });

  it('sits inside an h1 when it is the page heading', () => {
    render(
      <>
        <Label htmlFor="email" isPageHeading>
          Địa chỉ email của bạn là gì?
        </Label>
        <input id="email" />
      </>,
    );
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('Địa chỉ email của bạn là gì?');
    expect(heading.querySelector('label')).toHaveAttribute('for', 'email');
    expect(screen.getByText('Địa chỉ email của bạn là gì?')).toHaveClass('dvc-label--l');
  });

  it('forwards its ref and merges className', () => {
    const ref = { current: null as HTMLLabelElement | null };
    render(
      <Label ref={ref} className="extra" htmlFor="x">
        Tên
      </Label>,
    );
    expect(ref.current).toHaveClass('dvc-label', 'extra');
  });

  it('renders on the server without warnings', () => {
    expect(renderOnServer(<Label htmlFor="a">Số điện thoại</Label>)).toContain('for="a"');
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <div>
        <Label htmlFor="a" isPageHeading>
          Ngày sinh
        </Label>
        <input id="a" />
      </div>,
    );
    await expectNoAxeViolations(container);
  });
});
