import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { Breadcrumbs, type BreadcrumbItem } from './Breadcrumbs.js';

const items: BreadcrumbItem[] = [
  { label: 'Trang chủ', href: '/' },
  { label: 'Thủ tục hành chính', href: '/thu-tuc' },
  { label: 'Hộ tịch', href: '/thu-tuc/ho-tich' },
  { label: 'Đăng ký khai sinh' },
];

describe('Breadcrumbs', () => {
  it('is a navigation landmark named "Đường dẫn" holding an ordered list', () => {
    render(<Breadcrumbs items={items} />);
    const nav = screen.getByRole('navigation', { name: 'Đường dẫn' });
    const list = within(nav).getByRole('list');
    expect(list.tagName).toBe('OL');
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
  });

  it('links every crumb but the last, which is the current page', () => {
    render(<Breadcrumbs items={items} />);
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([
      '/',
      '/thu-tuc',
      '/thu-tuc/ho-tich',
    ]);
    const current = screen.getByText('Đăng ký khai sinh');
    expect(current).toHaveAttribute('aria-current', 'page');
    expect(current.closest('a')).toBeNull();
  });

  it('marks the crumbs that collapse on narrow screens, keeping home, parent and current', () => {
    const { container, rerender } = render(<Breadcrumbs items={items} />);
    const middle = [...container.querySelectorAll('.dvc-breadcrumbs__item--middle')];
    expect(middle.map((li) => li.textContent)).toEqual(['Thủ tục hành chính']);
    expect(container.firstChild).toHaveClass('dvc-breadcrumbs--collapse-on-mobile');
    rerender(<Breadcrumbs items={items} collapseOnMobile={false} />);
    expect(container.firstChild).not.toHaveClass('dvc-breadcrumbs--collapse-on-mobile');
  });

  it('walks the links in order with Tab', async () => {
    const user = userEvent.setup();
    render(<Breadcrumbs items={items} />);
    await user.tab();
    expect(screen.getByRole('link', { name: 'Trang chủ' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Thủ tục hành chính' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Hộ tịch' })).toHaveFocus();
    await user.tab();
    expect(document.body).toHaveFocus();
  });

  it('names the landmark in the language of the provider, or as told', () => {
    const { unmount } = render(
      <I18nProvider i18n={createI18n({ lng: 'en' })}>
        <Breadcrumbs items={items} />
      </I18nProvider>,
    );
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toBeInTheDocument();
    unmount();
    render(<Breadcrumbs items={items} label="Vị trí trang" />);
    expect(screen.getByRole('navigation', { name: 'Vị trí trang' })).toBeInTheDocument();
  });

  it('forwards its ref to the nav and merges className', () => {
    const ref = { current: null as HTMLElement | null };
    render(<Breadcrumbs ref={ref} className="extra" items={items} />);
    expect(ref.current).toBe(screen.getByRole('navigation'));
    expect(ref.current).toHaveClass('dvc-breadcrumbs', 'extra');
  });

  it('renders on the server without warnings', () => {
    const html = renderOnServer(<Breadcrumbs items={items} />);
    expect(html).toContain('<nav aria-label="Đường dẫn"');
    expect(html).toContain('<span class="dvc-breadcrumbs__current" aria-current="page">');
  });

  it('has no axe violations', async () => {
    const { container } = render(<Breadcrumbs items={items} />);
    await expectNoAxeViolations(container);
  });
});
