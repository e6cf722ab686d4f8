import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { Button } from './Button.js';

describe('Button', () => {
  it('is a native button that submits its form by default', () => {
    render(<Button>Gửi hồ sơ</Button>);
    const button = screen.getByRole('button', { name: 'Gửi hồ sơ' });
    expect(button.tagName).toBe('BUTTON');
    expect(button).toHaveAttribute('type', 'submit');
  });

  it('responds to Enter and Space from the keyboard', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    render(
      <Button type="button" onClick={onClick}>
        Tiếp tục
      </Button>,
    );
    await user.tab();
    expect(screen.getByRole('button')).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  it('keeps its label and focus while busy, announces the wait, and ignores presses', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    render(
      <Button busy onClick={onClick}>
        Gửi hồ sơ
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Gửi hồ sơ (Đang xử lý, vui lòng chờ)' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).not.toBeDisabled();
    await user.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });

  it('announces the wait in the language of the provider', () => {
    render(
      <I18nProvider i18n={createI18n({ lng: 'en' })}>
        <Button busy>Submit</Button>
      </I18nProvider>,
    );
    expect(
      screen.getByRole('button', { name: 'Submit (Working, please wait)' }),
    ).toBeInTheDocument();
  });

  it('lets a page override the busy text', () => {
    render(
      <Button busy busyLabel="Đang tải tệp">
        Tải lên
      </Button>,
    );
    expect(screen.getByRole('button', { name: 'Tải lên (Đang tải tệp)' })).toBeInTheDocument();
  });

  it('can be disabled', () => {
    render(<Button disabled>Tiếp tục</Button>);
    expect(screen.getByRole('button')).toBeDisabled();
  });

  it('applies the variant class', () => {
    render(<Button variant="warning">Xoá bản nháp</Button>);
    expect(screen.getByRole('button')).toHaveClass('dvc-button', 'dvc-button--warning');
  });

  it('forwards its ref to the button', () => {
    const ref = { current: null as HTMLButtonElement | null };
    render(<Button ref={ref}>Tiếp tục</Button>);
    expect(ref.current).toBe(screen.getByRole('button'));
  });

  it('renders on the server without warnings', () => {
    const html = renderOnServer(<Button busy>Gửi hồ sơ</Button>);
    expect(html).toContain('Gửi hồ sơ');
    expect(html).toContain('Đang xử lý, vui lòng chờ');
  });

  it('has no axe violations in any state', async () => {
    const { container } = render(
      <div>
        <Button>Tiếp tục</Button>
        <Button variant="secondary">Lưu bản nháp</Button>
        <Button variant="warning">Xoá</Button>
        <Button disabled>Không dùng được</Button>
        <Button busy>Đang gửi</Button>
      </div>,
    );
    await expectNoAxeViolations(container);
  });
});
