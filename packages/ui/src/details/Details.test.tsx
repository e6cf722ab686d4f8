import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { Details } from './Details.js';

const help = (
  <Details summary="Tôi không có căn cước">
    <p>Bạn có thể dùng hộ chiếu còn hạn.</p>
  </Details>
);

describe('Details', () => {
  it('is a native details element, closed by default', () => {
    const { container } = render(help);
    const details = container.querySelector('details');
    expect(details).toHaveClass('dvc-details');
    expect(details).not.toHaveAttribute('open');
    expect(container.querySelector('summary')).toHaveTextContent('Tôi không có căn cước');
  });

  // jsdom does not run the summary's keyboard activation; the Storybook play function
  // OpensWithKeyboard checks Enter and Space in Chromium.
  it('is reached with Tab and toggles when its summary is activated', async () => {
    const user = userEvent.setup();
    const { container } = render(help);
    const details = container.querySelector('details');
    const summary = container.querySelector('summary');
    await user.tab();
    expect(summary).toHaveFocus();
    await user.click(summary as HTMLElement);
    expect(details).toHaveAttribute('open');
    await user.click(summary as HTMLElement);
    expect(details).not.toHaveAttribute('open');
  });

  it('can start open, forwards its ref and merges className', () => {
    const ref = { current: null as HTMLDetailsElement | null };
    const { container } = render(
      <Details ref={ref} open summary="Giấy tờ cần chuẩn bị" className="extra">
        Giấy chứng sinh bản chính.
      </Details>,
    );
    expect(ref.current).toBe(container.querySelector('details'));
    expect(ref.current).toHaveAttribute('open');
    expect(ref.current).toHaveClass('dvc-details', 'extra');
    expect(screen.getByText('Giấy chứng sinh bản chính.')).toBeVisible();
  });

  it('renders on the server as native details that work without JavaScript', () => {
    const html = renderOnServer(help);
    expect(html).toMatch(/^<details class="dvc-details"><summary class="dvc-details__summary">/);
    expect(html).toContain('Bạn có thể dùng hộ chiếu còn hạn.');
  });

  it('has no axe violations closed or open', async () => {
    const { container } = render(
      <div>
        {help}
        <Details open summary="Lệ phí">
          Miễn lệ phí đăng ký khai sinh đúng hạn.
        </Details>
      </div>,
    );
    await expectNoAxeViolations(container);
  });
});
