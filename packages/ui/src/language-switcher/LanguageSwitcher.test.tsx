import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { LanguageSwitcher, type LanguageOption } from './LanguageSwitcher.js';

const languages: LanguageOption[] = [
  { code: 'vi', label: 'Tiếng Việt', href: '/vi/khai-sinh' },
  { code: 'en', label: 'English', href: '/en/khai-sinh' },
];

describe('LanguageSwitcher', () => {
  it('is a navigation landmark named "Ngôn ngữ"', () => {
    render(<LanguageSwitcher current="vi" languages={languages} />);
    expect(screen.getByRole('navigation', { name: 'Ngôn ngữ' })).toBeInTheDocument();
  });

  it('links every other language, marked up in its own language', () => {
    render(<LanguageSwitcher current="vi" languages={languages} />);
    const link = screen.getByRole('link', { name: 'English' });
    expect(link).toHaveAttribute('href', '/en/khai-sinh');
    expect(link).toHaveAttribute('lang', 'en');
    expect(link).toHaveAttribute('hreflang', 'en');
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('shows the current language as text marked aria-current, not as a link', () => {
    render(<LanguageSwitcher current="en" languages={languages} />);
    const current = screen.getByText('English');
    expect(current.tagName).toBe('SPAN');
    expect(current).toHaveAttribute('aria-current', 'true');
    expect(current).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('link', { name: 'Tiếng Việt' })).not.toHaveAttribute('aria-current');
  });

  it('takes the keyboard only to the other languages', async () => {
    const user = userEvent.setup();
    render(
      <LanguageSwitcher
        current="vi"
        languages={[...languages, { code: 'tyz', label: 'Tày', href: '/tyz/khai-sinh' }]}
      />,
    );
    await user.tab();
    expect(screen.getByRole('link', { name: 'English' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Tày' })).toHaveFocus();
  });

  it('names the navigation in the language of the provider, or as told', () => {
    const { unmount } = render(
      <I18nProvider i18n={createI18n({ lng: 'en' })}>
        <LanguageSwitcher current="en" languages={languages} />
      </I18nProvider>,
    );
    expect(screen.getByRole('navigation', { name: 'Language' })).toBeInTheDocument();
    unmount();
    render(<LanguageSwitcher current="vi" languages={languages} label="Chọn ngôn ngữ" />);
    const nav = screen.getByRole('navigation', { name: 'Chọn ngôn ngữ' });
    expect(within(nav).getAllByRole('listitem')).toHaveLength(2);
  });

  it('forwards its ref to the nav and merges className', () => {
    const ref = { current: null as HTMLElement | null };
    render(<LanguageSwitcher ref={ref} className="extra" current="vi" languages={languages} />);
    expect(ref.current).toBe(screen.getByRole('navigation'));
    expect(ref.current).toHaveClass('dvc-language-switcher', 'extra');
  });

  it('renders on the server as plain links that work without JavaScript', () => {
    const html = renderOnServer(<LanguageSwitcher current="vi" languages={languages} />);
    expect(html).toContain('<nav aria-label="Ngôn ngữ"');
    expect(html).toContain('href="/en/khai-sinh" lang="en" hrefLang="en"');
    expect(html).toContain('lang="vi" aria-current="true">Tiếng Việt</span>');
  });

  it('has no axe violations', async () => {
    const { container } = render(<LanguageSwitcher current="vi" languages={languages} />);
    await expectNoAxeViolations(container);
  });
});
