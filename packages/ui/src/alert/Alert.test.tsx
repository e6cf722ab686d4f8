import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import { act, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { ReactElement } from 'react';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { Alert } from './Alert.js';

/** Server-renders, then hydrates the HTML in a container the way a browser would after load. */
async function hydrate(element: ReactElement) {
  const container = document.createElement('div');
  container.innerHTML = renderOnServer(element);
  document.body.append(container);
  let root: ReturnType<typeof hydrateRoot> | undefined;
  await act(() => {
    root = hydrateRoot(container, element);
    return Promise.resolve();
  });
  return {
    container,
    unmount: () => {
      act(() => root?.unmount());
      container.remove();
    },
  };
}

describe('Alert', { timeout: 20_000 }, () => {
  it('in server HTML is a labelled region, never a live region', () => {
    const html = renderOnServer(
      <Alert variant="error" announce>
        Không lưu được hồ sơ.
      </Alert>,
    );
    expect(html).toContain('role="region"');
    expect(html).not.toMatch(/role="(status|alert)"|aria-live/);
    expect(html).toContain('Có lỗi xảy ra');
    expect(html).toContain('Không lưu được hồ sơ.');
  });

  it('stays a quiet region after hydration of the server HTML', async () => {
    const { container, unmount } = await hydrate(
      <Alert variant="success">Hồ sơ đã được lưu.</Alert>,
    );
    const banner = screen.getByRole('region', { name: 'Thành công' });
    expect(banner).toHaveTextContent('Hồ sơ đã được lưu.');
    expect(container.querySelector('[role="status"], [role="alert"]')).toBeNull();
    unmount();
  });

  it('is a polite status when an info or success banner appears after load', () => {
    render(<Alert variant="success">Đã lưu bản nháp.</Alert>);
    const banner = screen.getByRole('status', { name: 'Thành công' });
    expect(banner).toHaveTextContent('Đã lưu bản nháp.');
  });

  it('is an assertive alert when a warning or error banner appears after load', () => {
    const { rerender } = render(<Alert variant="error">Mất kết nối.</Alert>);
    expect(screen.getByRole('alert', { name: 'Có lỗi xảy ra' })).toHaveTextContent('Mất kết nối.');
    rerender(<Alert variant="warning">Phiên sắp hết hạn.</Alert>);
    expect(screen.getByRole('alert', { name: 'Cần chú ý' })).toBeInTheDocument();
  });

  it('can be kept quiet after load with announce={false}', () => {
    render(<Alert announce={false}>Dịch vụ bảo trì lúc 22 giờ.</Alert>);
    expect(screen.getByRole('region', { name: 'Thông tin quan trọng' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('takes focus when asked, and keyboard users continue from there to its link', async () => {
    const user = userEvent.setup();
    render(
      <>
        <a href="#top">Đầu trang</a>
        <Alert variant="success" title="Đã gửi hồ sơ" focusOnMount>
          <a href="/ho-so/HS-2025-001">Xem hồ sơ</a>
        </Alert>
      </>,
    );
    const banner = screen.getByRole('region', { name: 'Đã gửi hồ sơ' });
    expect(banner).toHaveFocus();
    expect(banner).toHaveAttribute('tabindex', '-1');
    await user.tab();
    expect(screen.getByRole('link', { name: 'Xem hồ sơ' })).toHaveFocus();
  });

  it('takes focus after hydrating a page that was just posted', async () => {
    const { unmount } = await hydrate(
      <Alert variant="success" focusOnMount>
        Đã lưu.
      </Alert>,
    );
    expect(screen.getByRole('region', { name: 'Thành công' })).toHaveFocus();
    unmount();
  });

  it('uses the heading level asked for and a custom title', () => {
    render(
      <Alert title="Lịch bảo trì" headingLevel={3}>
        Nội dung
      </Alert>,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Lịch bảo trì' })).toBeInTheDocument();
  });

  it('speaks English under an English provider', () => {
    render(
      <I18nProvider i18n={createI18n({ lng: 'en' })}>
        <Alert variant="error">Connection lost.</Alert>
      </I18nProvider>,
    );
    expect(screen.getByRole('alert', { name: 'There is a problem' })).toBeInTheDocument();
  });

  it('merges a class name and forwards its ref', () => {
    const ref = { current: null as HTMLDivElement | null };
    render(
      <Alert ref={ref} className="extra" variant="warning" announce={false}>
        x
      </Alert>,
    );
    expect(ref.current).toHaveClass('dvc-alert', 'dvc-alert--warning', 'extra');
  });

  it('has no axe violations in any variant, quiet or live', async () => {
    const { container } = render(
      <main>
        <Alert announce={false}>Thông tin.</Alert>
        <Alert variant="success" title="Đã lưu">
          Thành công.
        </Alert>
        <Alert variant="warning" title="Sắp hết phiên">
          Cảnh báo.
        </Alert>
        <Alert variant="error" announce={false} title="Lỗi máy chủ">
          Lỗi.
        </Alert>
        <Alert variant="success" focusOnMount title="Đã gửi">
          Đã gửi.
        </Alert>
      </main>,
    );
    await expectNoAxeViolations(container);
  });
});
