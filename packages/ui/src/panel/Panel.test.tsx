import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { Panel } from './Panel.js';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function stubClipboard(writeText: (text: string) => Promise<void>) {
  const spy = vi.fn(writeText);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: spy }, configurable: true });
  return spy;
}

describe('Panel', { timeout: 20_000 }, () => {
  it('shows the confirmation as the page heading and the code in large text', () => {
    render(<Panel code="HS-19-2026-000123" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Đã gửi hồ sơ' })).toBeInTheDocument();
    expect(screen.getByText('HS-19-2026-000123')).toHaveClass('dvc-panel__code');
    expect(screen.getByText(/Mã hồ sơ của bạn/)).toBeInTheDocument();
  });

  it('server HTML carries the title and code but no copy button that would need JavaScript', () => {
    const html = renderOnServer(<Panel code="HS-19-2026-000123" />);
    expect(html).toContain('Đã gửi hồ sơ');
    expect(html).toContain('HS-19-2026-000123');
    expect(html).not.toContain('<button');
  });

  it('copies the code from the keyboard and announces it', async () => {
    const user = userEvent.setup();
    const writeText = stubClipboard(() => Promise.resolve());
    render(<Panel code="HS-19-2026-000123" />);
    await user.tab();
    const button = screen.getByRole('button', { name: 'Sao chép mã hồ sơ' });
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(writeText).toHaveBeenCalledWith('HS-19-2026-000123');
    expect(await screen.findByText('Đã sao chép mã hồ sơ')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Đã sao chép mã hồ sơ');
  });

  it('selects the code and says how to copy it when the browser refuses', async () => {
    const user = userEvent.setup();
    stubClipboard(() => Promise.reject(new Error('denied')));
    render(<Panel code="HS-1" />);
    await user.click(screen.getByRole('button', { name: 'Sao chép mã hồ sơ' }));
    expect(await screen.findByText(/Không sao chép được/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/Không sao chép được/);
    expect(window.getSelection()?.toString()).toBe('HS-1');
  });

  it('has no copy button when copyable is false, and works with a custom title', () => {
    render(
      <Panel title="Đã nộp lệ phí" headingLevel={2} code="HS-2" copyable={false}>
        <p>Biên lai đã được gửi đến thư điện tử của bạn.</p>
      </Panel>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Đã nộp lệ phí' })).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText(/Biên lai/)).toBeInTheDocument();
  });

  it('speaks English under an English provider', () => {
    render(
      <I18nProvider i18n={createI18n({ lng: 'en' })}>
        <Panel code="HS-3" />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Application submitted' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy reference' })).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <main>
        <Panel code="HS-19-2026-000123">
          <p>Chúng tôi đã gửi xác nhận đến số điện thoại của bạn.</p>
        </Panel>
      </main>,
    );
    await expectNoAxeViolations(container);
  });
});
