import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { Hint } from './Hint.js';

describe('Hint', () => {
  it('describes the control that references it', () => {
    render(
      <>
        <label htmlFor="cccd">Số định danh cá nhân</label>
        <Hint id="cccd-hint">Gồm 12 chữ số</Hint>
        <input id="cccd" aria-describedby="cccd-hint" />
      </>,
    );
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription('Gồm 12 chữ số');
  });

  it('forwards its ref and merges className', () => {
    const ref = { current: null as HTMLDivElement | null };
    render(
      <Hint ref={ref} className="extra">
        Gợi ý
      </Hint>,
    );
    expect(ref.current).toHaveClass('dvc-hint', 'extra');
  });

  it('renders on the server without warnings', () => {
    expect(renderOnServer(<Hint id="h">Ví dụ: 27/3/2007</Hint>)).toContain('Ví dụ: 27/3/2007');
  });

  it('has no axe violations', async () => {
    const { container } = render(<Hint>Ví dụ: 27/3/2007</Hint>);
    await expectNoAxeViolations(container);
  });
});
