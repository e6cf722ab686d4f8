import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { Footer, type FooterLink } from './Footer.js';

const links: FooterLink[] = [
  { label: 'Hướng dẫn sử dụng', href: '/huong-dan' },
  { label: 'Tuyên bố về khả năng tiếp cận', href: '/tiep-can' },
  { label: 'Chính sách bảo vệ dữ liệu cá nhân', href: '/du-lieu-ca-nhan' },
];

describe('Footer', () => {
  it('is the contentinfo landmark', () => {
    render(<Footer />);
    const footer = screen.getByRole('contentinfo');
    expect(footer.tagName).toBe('FOOTER');
  });

  it('lists support links under a heading screen reader users can jump to', async () => {
    const user = userEvent.setup();
    render(<Footer links={links} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Liên kết hỗ trợ' })).toBeInTheDocument();
    const list = screen.getByRole('list');
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/huong-dan', '/tiep-can', '/du-lieu-ca-nhan']);
    await user.tab();
    expect(screen.getByRole('link', { name: 'Hướng dẫn sử dụng' })).toHaveFocus();
  });

  it('writes who runs the system, the licence and the ownership line', () => {
    render(<Footer operator="UBND tỉnh Thái Nguyên" owner="Văn phòng UBND tỉnh Thái Nguyên" />);
    const footer = screen.getByRole('contentinfo');
    expect(footer).toHaveTextContent('Hệ thống do UBND tỉnh Thái Nguyên vận hành');
    expect(footer).toHaveTextContent('© Bản quyền thuộc về Văn phòng UBND tỉnh Thái Nguyên');
    expect(footer).toHaveTextContent('được phép sử dụng lại khi ghi rõ nguồn');
  });

  it('takes its own licence line, leaves it out on null, and shows extra meta', () => {
    const { rerender } = render(
      <Footer licence="Giấy phép CC BY 4.0">Đường dây nóng: 1022</Footer>,
    );
    const footer = screen.getByRole('contentinfo');
    expect(footer).toHaveTextContent('Giấy phép CC BY 4.0');
    expect(footer).toHaveTextContent('Đường dây nóng: 1022');
    rerender(<Footer licence={null} />);
    expect(footer.textContent).toBe('');
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('speaks the language of the provider', () => {
    render(
      <I18nProvider i18n={createI18n({ lng: 'en' })}>
        <Footer links={links} operator="Thai Nguyen People's Committee" owner="Thai Nguyen" />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Support links' })).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toHaveTextContent(
      "Operated by Thai Nguyen People's Committee",
    );
    expect(screen.getByRole('contentinfo')).toHaveTextContent('© Copyright Thai Nguyen');
  });

  it('forwards its ref and merges className', () => {
    const ref = { current: null as HTMLElement | null };
    render(<Footer ref={ref} className="extra" />);
    expect(ref.current).toBe(screen.getByRole('contentinfo'));
    expect(ref.current).toHaveClass('dvc-footer', 'extra');
  });

  it('renders on the server without warnings', () => {
    const html = renderOnServer(<Footer links={links} operator="UBND tỉnh Thái Nguyên" />);
    expect(html).toContain('<footer role="contentinfo" class="dvc-footer">');
    expect(html).toContain('Hệ thống do UBND tỉnh Thái Nguyên vận hành');
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <Footer links={links} operator="UBND tỉnh Thái Nguyên" owner="UBND tỉnh Thái Nguyên" />,
    );
    await expectNoAxeViolations(container);
  });
});
