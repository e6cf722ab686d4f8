import { act, render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { hydrateRoot, type Root } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { ConfirmDialog } from './ConfirmDialog.js';

function deferred() {
  let resolve: () => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const destructive = {
  question: 'Xoá bản nháp này?',
  description: 'Bản nháp đã xoá thì không khôi phục được.',
  triggerLabel: 'Xoá bản nháp',
  confirmLabel: 'Xoá',
  confirmVariant: 'warning' as const,
  fallbackHref: '/ho-so/123/xoa',
};

describe('ConfirmDialog', () => {
  it('asks its question as an alert dialog and starts a destructive one on Cancel', async () => {
    const user = userEvent.setup();
    render(<ConfirmDialog {...destructive} onConfirm={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Xoá bản nháp' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Xoá bản nháp này?' });
    expect(dialog).toHaveAccessibleDescription('Bản nháp đã xoá thì không khôi phục được.');
    expect(screen.getByRole('button', { name: 'Huỷ' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Xoá' })).toHaveClass('dvc-button--warning');
  });

  it('starts a non-destructive one on the confirm button', async () => {
    const user = userEvent.setup();
    render(<ConfirmDialog question="Gửi hồ sơ?" triggerLabel="Gửi" onConfirm={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Gửi' }));
    expect(screen.getByRole('button', { name: 'Đồng ý' })).toHaveFocus();
  });

  it('keeps the confirm button busy while the action runs, then closes and returns focus', async () => {
    const user = userEvent.setup();
    const work = deferred();
    const onConfirm = vi.fn(() => work.promise);
    render(<ConfirmDialog {...destructive} onConfirm={onConfirm} />);
    const trigger = screen.getByRole('button', { name: 'Xoá bản nháp' });
    await user.click(trigger);
    await user.click(screen.getByRole('button', { name: 'Xoá' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    const busy = screen.getByRole('button', { name: 'Xoá (Đang xử lý, vui lòng chờ)' });
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    await user.click(busy);
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Huỷ' })).toBeDisabled();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    await act(async () => {
      work.resolve();
      await work.promise;
    });
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await waitFor(() => {
      expect(trigger).toHaveFocus();
    });
  });

  it('stays open and says so when the action fails', async () => {
    const user = userEvent.setup();
    const work = deferred();
    render(<ConfirmDialog {...destructive} onConfirm={() => work.promise} />);
    await user.click(screen.getByRole('button', { name: 'Xoá bản nháp' }));
    await user.click(screen.getByRole('button', { name: 'Xoá' }));
    await act(async () => {
      work.reject(new Error('network'));
      await work.promise.catch(() => undefined);
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Chưa thực hiện được. Vui lòng thử lại hoặc chọn Huỷ.',
    );
    expect(screen.getByRole('button', { name: 'Xoá' })).not.toHaveAttribute('aria-disabled');
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
  });

  it('cancels with the Cancel button or Escape without confirming', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    render(<ConfirmDialog {...destructive} onConfirm={onConfirm} onCancel={onCancel} />);
    const trigger = screen.getByRole('button', { name: 'Xoá bản nháp' });
    await user.click(trigger);
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(onCancel).toHaveBeenCalledTimes(2);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('renders a link to the confirmation page on the server, and a dialog trigger after hydration', async () => {
    const element = <ConfirmDialog {...destructive} onConfirm={vi.fn()} />;
    const html = renderOnServer(element);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const link = container.querySelector('a');
    expect(link).toHaveAttribute('href', '/ho-so/123/xoa');
    expect(link).toHaveTextContent('Xoá bản nháp');
    expect(container.querySelector('button')).toBeNull();

    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let root: Root | undefined;
    await act(async () => {
      root = hydrateRoot(container, element);
      await Promise.resolve();
    });
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    expect(container.querySelector('a')).toBeNull();
    expect(screen.getByRole('button', { name: 'Xoá bản nháp' })).toHaveAttribute(
      'aria-haspopup',
      'dialog',
    );
    act(() => {
      root?.unmount();
    });
    container.remove();
  });

  it('has no axe violations closed, open and failed', async () => {
    const user = userEvent.setup();
    render(
      <ConfirmDialog {...destructive} onConfirm={() => Promise.reject(new Error('network'))} />,
    );
    await expectNoAxeViolations(document.body);
    await user.click(screen.getByRole('button', { name: 'Xoá bản nháp' }));
    await user.click(screen.getByRole('button', { name: 'Xoá' }));
    await screen.findByRole('alert');
    await expectNoAxeViolations(screen.getByRole('alertdialog'));
  });
});
