import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LanguageSwitcher } from '../language-switcher/LanguageSwitcher.js';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { Header, type HeaderProps } from './Header.js';

const full: HeaderProps = {
  emblem: <img src="/quoc-huy.svg" alt="" width={40} height={40} />,
  organisationName: 'Cổng Dịch vụ công tỉnh Thái Nguyên',
  organisationHref: '/',
  serviceName: 'Đăng ký khai sinh',
  serviceHref: '/khai-sinh',
  languageSwitcher: (
    <LanguageSwitcher
      current="vi"
      languages={[
        { code: 'vi', label: 'Tiếng Việt', href: '/vi' },
        { code: 'en', label: 'English', href: '/en' },
      ]}
    />
  ),
  user: (
    <>
      <span>Nguyễn Văn An</span>
      <a href="/dang-xuat">Đăng xuất</a>
    </>
  ),
  navigation: [
    { label: 'Thủ tục hành chính', href: '/thu-tuc', current: true },
    { label: 'Tra cứu hồ sơ', href: '/tra-cuu' },
  ],
};

describe('Header', () => {
  it('is the banner landmark', () => {
    render(<Header {...full} />);
    const banner = screen.getByRole('banner');
    expect(banner.tagName).toBe('HEADER');
    expect(banner).toHaveClass('dvc-header');
  });

  it('names the organisation and links the service name to its start page', () => {
    render(<Header {...full} />);
    expect(
      screen.getByRole('link', { name: 'Cổng Dịch vụ công tỉnh Thái Nguyên' }),
    ).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', { name: 'Đăng ký khai sinh' })).toHaveAttribute(
      'href',
      '/khai-sinh',
    );
  });

  it('writes the default organisation name from the catalog, as text when it has no link', () => {
    render(<Header />);
    const banner = screen.getByRole('banner');
    expect(banner).toHaveTextContent('Cổng Dịch vụ công');
    expect(within(banner).queryByRole('link')).toBeNull();
    expect(within(banner).queryByRole('navigation')).toBeNull();
  });

  it('holds the language switcher, the user and a named main navigation', () => {
    render(<Header {...full} />);
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('navigation', { name: 'Ngôn ngữ' })).toBeInTheDocument();
    expect(within(banner).getByText('Nguyễn Văn An')).toBeInTheDocument();
    const nav = within(banner).getByRole('navigation', { name: 'Danh mục chính' });
    expect(within(nav).getByRole('link', { name: 'Thủ tục hành chính' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Tra cứu hồ sơ' })).not.toHaveAttribute(
      'aria-current',
    );
  });

  it('is walked with Tab: identity, language, user, then navigation', async () => {
    const user = userEvent.setup();
    render(<Header {...full} />);
    const order = [
      'Cổng Dịch vụ công tỉnh Thái Nguyên',
      'Đăng ký khai sinh',
      'English',
      'Đăng xuất',
      'Thủ tục hành chính',
      'Tra cứu hồ sơ',
    ];
    for (const name of order) {
      await user.tab();
      expect(screen.getByRole('link', { name })).toHaveFocus();
    }
  });

  it('speaks the language of the provider, and takes overrides', () => {
    const { unmount } = render(
      <I18nProvider i18n={createI18n({ lng: 'en' })}>
        <Header navigation={full.navigation} />
      </I18nProvider>,
    );
    expect(screen.getByRole('banner')).toHaveTextContent('Public Services Portal');
    expect(screen.getByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
    unmount();
    render(<Header navigation={full.navigation} navigationLabel="Các mục" />);
    expect(screen.getByRole('navigation', { name: 'Các mục' })).toBeInTheDocument();
  });

  it('forwards its ref and merges className', () => {
    const ref = { current: null as HTMLElement | null };
    render(<Header ref={ref} className="extra" />);
    expect(ref.current).toBe(screen.getByRole('banner'));
    expect(ref.current).toHaveClass('dvc-header', 'extra');
  });

  it('renders on the server with every part, needing no script', () => {
    const html = renderOnServer(<Header {...full} />);
    expect(html).toContain('<header role="banner" class="dvc-header">');
    expect(html).toContain('<nav class="dvc-header__navigation" aria-label="Danh mục chính">');
    expect(html).toContain('href="/en"');
    expect(html).not.toContain('<button');
  });

  it('has no axe violations', async () => {
    const { container } = render(<Header {...full} />);
    await expectNoAxeViolations(container);
  });
});
