import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Button } from '../button/Button.js';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { Dialog, DialogClose } from './Dialog.js';

function Example(props: { onOpenChange?: (open: boolean) => void }) {
  return (
    <>
      <a href="#truoc">Trước</a>
      <Dialog
        title="Lưu bản nháp"
        description="Bản nháp được giữ 30 ngày."
        trigger={<Button type="button">Mở hộp thoại</Button>}
        actions={
          <DialogClose asChild>
            <Button type="button">Đã hiểu</Button>
          </DialogClose>
        }
        {...props}
      >
        <p>
          Bạn có thể quay lại <a href="#ho-so">hồ sơ của tôi</a> bất cứ lúc nào.
        </p>
      </Dialog>
      <a href="#sau">Sau</a>
    </>
  );
}

describe('Dialog', () => {
  it('opens from its trigger, named by its title and described by its description', async () => {
    const user = userEvent.setup();
    render(<Example />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mở hộp thoại' }));
    const dialog = screen.getByRole('dialog', { name: 'Lưu bản nháp' });
    expect(dialog).toHaveAccessibleDescription('Bản nháp được giữ 30 ngày.');
  });

  it('moves focus into the dialog, traps Tab inside, and returns focus to the trigger on Escape', async () => {
    const user = userEvent.setup();
    render(<Example />);
    const trigger = screen.getByRole('button', { name: 'Mở hộp thoại' });
    await user.tab();
    await user.tab();
    expect(trigger).toHaveFocus();
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveFocus();

    const close = screen.getByRole('button', { name: 'Đóng' });
    const link = screen.getByRole('link', { name: 'hồ sơ của tôi' });
    const ok = screen.getByRole('button', { name: 'Đã hiểu' });
    await user.tab();
    expect(close).toHaveFocus();
    await user.tab();
    expect(link).toHaveFocus();
    await user.tab();
    expect(ok).toHaveFocus();
    await user.tab();
    expect(close).toHaveFocus();
    await user.tab({ shift: true });
    expect(ok).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
  });

  it('closes from its labelled close button and from an action wrapped in DialogClose', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    render(<Example onOpenChange={onOpenChange} />);
    const trigger = screen.getByRole('button', { name: 'Mở hộp thoại' });
    await user.click(trigger);
    await user.click(screen.getByRole('button', { name: 'Đóng' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
    await user.click(trigger);
    await user.click(screen.getByRole('button', { name: 'Đã hiểu' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(onOpenChange.mock.calls).toEqual([[true], [false], [true], [false]]);
  });

  it('hides the page behind it from assistive technology while open', async () => {
    const user = userEvent.setup();
    const { container } = render(<Example />);
    await user.click(screen.getByRole('button', { name: 'Mở hộp thoại' }));
    expect(container).toHaveAttribute('aria-hidden', 'true');
    expect(screen.queryByRole('link', { name: 'Trước' })).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(container).not.toHaveAttribute('aria-hidden');
  });

  it('works controlled without a trigger and gives focus back to where it was', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button
            type="button"
            onClick={() => {
              setOpen(true);
            }}
          >
            Xem hướng dẫn
          </button>
          <Dialog title="Hướng dẫn" open={open} onOpenChange={setOpen}>
            <p>Chuẩn bị ảnh chụp giấy tờ.</p>
          </Dialog>
        </>
      );
    }
    render(<Controlled />);
    const opener = screen.getByRole('button', { name: 'Xem hướng dẫn' });
    await user.click(opener);
    expect(screen.getByRole('dialog', { name: 'Hướng dẫn' })).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => {
      expect(opener).toHaveFocus();
    });
  });

  it('focuses the element a page asks for', async () => {
    const user = userEvent.setup();
    function WithFocus() {
      const ref = useRef<HTMLButtonElement>(null);
      return (
        <Dialog
          title="Gửi hồ sơ"
          trigger={<Button type="button">Gửi</Button>}
          initialFocusRef={ref}
          actions={
            <Button ref={ref} type="button">
              Gửi ngay
            </Button>
          }
        />
      );
    }
    render(<WithFocus />);
    await user.click(screen.getByRole('button', { name: 'Gửi' }));
    expect(screen.getByRole('button', { name: 'Gửi ngay' })).toHaveFocus();
  });

  it('speaks the language of the provider and takes a per-instance close label', () => {
    const { unmount } = render(
      <I18nProvider i18n={createI18n({ lng: 'en' })}>
        <Dialog title="Save draft" defaultOpen />
      </I18nProvider>,
    );
    expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument();
    unmount();
    render(<Dialog title="Lưu" defaultOpen closeLabel="Đóng hộp thoại" />);
    expect(screen.getByRole('button', { name: 'Đóng hộp thoại' })).toBeInTheDocument();
  });

  it('forwards its ref and class to the dialog element', () => {
    const ref = { current: null as HTMLDivElement | null };
    render(<Dialog ref={ref} title="Lưu" defaultOpen className="extra" />);
    expect(ref.current).toBe(screen.getByRole('dialog'));
    expect(ref.current).toHaveClass('dvc-dialog', 'extra');
  });

  it('renders closed on the server without warnings, even when asked to start open', () => {
    const closed = renderOnServer(<Example />);
    expect(closed).toContain('Mở hộp thoại');
    expect(closed).not.toContain('Lưu bản nháp');
    const open = renderOnServer(<Dialog title="Lưu bản nháp" defaultOpen />);
    expect(open).not.toContain('role="dialog"');
  });

  it('has no axe violations closed and open', async () => {
    const user = userEvent.setup();
    render(<Example />);
    await expectNoAxeViolations(document.body);
    await user.click(screen.getByRole('button', { name: 'Mở hộp thoại' }));
    await expectNoAxeViolations(screen.getByRole('dialog'));
  });
});
