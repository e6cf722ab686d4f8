import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { BackLink } from './BackLink.js';

describe('BackLink', () => {
  it('is a real link to the previous step, reached with Tab', async () => {
    const user = userEvent.setup();
    render(<BackLink href="/khai-sinh/nguoi-yeu-cau" />);
    await user.tab();
    const link = screen.getByRole('link', { name: 'Quay lại' });
    expect(link).toHaveFocus();
    expect(link).toHaveAttribute('href', '/khai-sinh/nguoi-yeu-cau');
  });

  it('speaks the language of the provider and takes a page-specific label', () => {
    const { unmount } = render(
      <I18nProvider i18n={createI18n({ lng: 'en' })}>
        <BackLink href="/" />
      </I18nProvider>,
    );
    expect(screen.getByRole('link', { name: 'Back' })).toBeInTheDocument();
    unmount();
    render(<BackLink href="/">Quay lại danh sách hồ sơ</BackLink>);
    expect(screen.getByRole('link', { name: 'Quay lại danh sách hồ sơ' })).toBeInTheDocument();
  });

  it('forwards its ref and merges className and attributes', () => {
    const ref = { current: null as HTMLAnchorElement | null };
    render(<BackLink ref={ref} href="/" className="extra" hrefLang="vi" />);
    expect(ref.current).toBe(screen.getByRole('link'));
    expect(ref.current).toHaveClass('dvc-back-link', 'extra');
    expect(ref.current).toHaveAttribute('hreflang', 'vi');
  });

  it('renders on the server as a plain link that works without JavaScript', () => {
    const html = renderOnServer(<BackLink href="/buoc-1" />);
    expect(html).toBe('<a href="/buoc-1" class="dvc-back-link">Quay lại</a>');
  });

  it('has no axe violations', async () => {
    const { container } = render(<BackLink href="/" />);
    await expectNoAxeViolations(container);
  });
});
