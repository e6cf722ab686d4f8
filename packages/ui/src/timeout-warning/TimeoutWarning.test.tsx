import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import { act, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { TimeoutWarning, isAnnouncementPoint } from './TimeoutWarning.js';

const start = new Date('2026-03-02T08:00:00+07:00').getTime();

function advance(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

function liveRegion(): HTMLElement {
  const region = screen.getByRole('alertdialog').querySelector<HTMLElement>('[aria-live]');
  if (!region) throw new Error('no live region');
  return region;
}

function setup() {
  return userEvent.setup({ delay: null });
}

describe('TimeoutWarning', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(start);
    // Testing Library waits on a setTimeout after each user-event call; it only advances fake
    // timers when it sees a `jest` global, so give it one that drives Vitest's clock.
    vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('stays hidden until the warning time, then opens an alert dialog on "Tiếp tục"', () => {
    render(<TimeoutWarning expiresAt={start + 10 * 60_000} />);
    advance(8 * 60_000 - 1000);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    advance(1000);
    const dialog = screen.getByRole('alertdialog', { name: 'Bạn có muốn tiếp tục không?' });
    expect(dialog).toHaveAccessibleDescription(
      expect.stringContaining('Bạn sẽ bị đăng xuất sau 2 phút.') as string,
    );
    advance(0);
    expect(screen.getByRole('button', { name: 'Tiếp tục' })).toHaveFocus();
  });

  it('updates the visible countdown every second', () => {
    render(<TimeoutWarning remainingSeconds={120} />);
    expect(screen.getByText('Bạn sẽ bị đăng xuất sau 2 phút.')).toBeVisible();
    advance(1000);
    expect(screen.getByText('Bạn sẽ bị đăng xuất sau 1 phút 59 giây.')).toBeVisible();
    advance(58_000);
    expect(screen.getByText('Bạn sẽ bị đăng xuất sau 1 phút 1 giây.')).toBeVisible();
    advance(1000);
    expect(screen.getByText('Bạn sẽ bị đăng xuất sau 1 phút.')).toBeVisible();
  });

  it('speaks to screen readers only at intervals, in plain Vietnamese', { timeout: 60_000 }, () => {
    const onTimeout = vi.fn();
    render(<TimeoutWarning remainingSeconds={120} onTimeout={onTimeout} />);
    const spoken: string[] = [];
    let last = liveRegion().textContent;
    expect(last).toBe('');
    for (let second = 0; second < 119; second += 1) {
      advance(1000);
      const now = liveRegion().textContent;
      if (now !== last && now !== '') spoken.push(now);
      last = now;
    }
    expect(spoken).toEqual([
      'Bạn sẽ bị đăng xuất sau 1 phút 30 giây',
      'Bạn sẽ bị đăng xuất sau 1 phút',
      'Bạn sẽ bị đăng xuất sau 30 giây',
      'Bạn sẽ bị đăng xuất sau 15 giây',
      'Bạn sẽ bị đăng xuất sau 10 giây',
    ]);
    expect(onTimeout).not.toHaveBeenCalled();
  });

  it('still speaks once when a throttled tab skips the exact second', () => {
    render(<TimeoutWarning remainingSeconds={120} />);
    advance(1000);
    act(() => {
      // A background tab may run the timer late: jump over 90 s without a tick.
      vi.setSystemTime(Date.now() + 32_000);
    });
    advance(1000);
    expect(liveRegion()).toHaveTextContent('Bạn sẽ bị đăng xuất sau 1 phút 26 giây');
  });

  it('calls onTimeout once when time runs out and closes', () => {
    const onTimeout = vi.fn();
    render(<TimeoutWarning remainingSeconds={120} onTimeout={onTimeout} />);
    advance(119_000);
    expect(onTimeout).not.toHaveBeenCalled();
    advance(1000);
    expect(onTimeout).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    advance(10 * 60_000);
    expect(onTimeout).toHaveBeenCalledTimes(1);
  });

  it('"Tiếp tục" extends, closes and counts again from the full time', async () => {
    const user = setup();
    const onContinue = vi.fn();
    const onTimeout = vi.fn();
    render(<TimeoutWarning remainingSeconds={180} onContinue={onContinue} onTimeout={onTimeout} />);
    advance(70_000);
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(onContinue).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    advance(59_000);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    advance(2000);
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    expect(onTimeout).not.toHaveBeenCalled();
  });

  it('treats Escape as "Tiếp tục" and keeps the button busy while the server answers', async () => {
    const user = setup();
    let finish: () => void = () => undefined;
    const onContinue = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          finish = resolve;
        }),
    );
    render(<TimeoutWarning remainingSeconds={100} onContinue={onContinue} />);
    advance(0);
    await user.keyboard('{Escape}');
    expect(onContinue).toHaveBeenCalledTimes(1);
    expect(
      screen.getByRole('button', { name: 'Tiếp tục (Đang xử lý, vui lòng chờ)' }),
    ).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Escape}');
    expect(onContinue).toHaveBeenCalledTimes(1);
    await act(async () => {
      finish();
      await Promise.resolve();
    });
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('says so and stays open when the session cannot be extended', async () => {
    const user = setup();
    render(
      <TimeoutWarning remainingSeconds={100} onContinue={() => Promise.reject(new Error('503'))} />,
    );
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Chưa gia hạn được phiên làm việc. Vui lòng thử lại.',
    );
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
  });

  it('waits for a new expiry after "Tiếp tục" when given expiresAt, but still times out', async () => {
    const user = setup();
    const onTimeout = vi.fn();
    const { rerender } = render(
      <TimeoutWarning expiresAt={start + 100_000} onTimeout={onTimeout} />,
    );
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    advance(50_000);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    rerender(<TimeoutWarning expiresAt={new Date(start + 300_000)} onTimeout={onTimeout} />);
    advance(130_000);
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    rerender(<TimeoutWarning expiresAt={start + 100_000} onTimeout={onTimeout} />);
    advance(1000);
    expect(onTimeout).toHaveBeenCalledTimes(1);
  });

  it('signs out with a callback or a link', async () => {
    const user = setup();
    const onSignOut = vi.fn();
    const { unmount } = render(<TimeoutWarning remainingSeconds={60} onSignOut={onSignOut} />);
    await user.click(screen.getByRole('button', { name: 'Đăng xuất' }));
    expect(onSignOut).toHaveBeenCalledTimes(1);
    unmount();
    render(<TimeoutWarning remainingSeconds={60} signOutHref="/dang-xuat" />);
    expect(screen.getByRole('link', { name: 'Đăng xuất' })).toHaveAttribute('href', '/dang-xuat');
  });

  it('keeps Tab inside the dialog', async () => {
    const user = setup();
    render(<TimeoutWarning remainingSeconds={60} onSignOut={vi.fn()} />);
    advance(0);
    expect(screen.getByRole('button', { name: 'Tiếp tục' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Đăng xuất' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Tiếp tục' })).toHaveFocus();
  });

  it('speaks English through the provider', () => {
    render(
      <I18nProvider i18n={createI18n({ lng: 'en' })}>
        <TimeoutWarning remainingSeconds={91} />
      </I18nProvider>,
    );
    advance(1000);
    expect(liveRegion()).toHaveTextContent('You will be signed out in 1 minute 30 seconds');
    expect(screen.getByText('You will be signed out in 1 minute 30 seconds.')).toBeVisible();
  });

  it('knows its announcement points', () => {
    const points = Array.from({ length: 120 }, (_, i) => 120 - i).filter(isAnnouncementPoint);
    expect(points).toEqual([120, 90, 60, 30, 15, 10]);
  });

  it('renders nothing on the server, without warnings', () => {
    const html = renderOnServer(<TimeoutWarning remainingSeconds={30} />);
    expect(html).toBe('');
  });

  it('has no axe violations while open', async () => {
    vi.useRealTimers();
    render(<TimeoutWarning remainingSeconds={60} signOutHref="/dang-xuat" />);
    await expectNoAxeViolations(await screen.findByRole('alertdialog'));
  });
});
