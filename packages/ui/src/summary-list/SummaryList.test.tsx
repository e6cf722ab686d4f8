import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { SummaryList, type SummaryListRow } from './SummaryList.js';

const rows: SummaryListRow[] = [
  { key: 'Họ và tên', value: 'NGUYỄN THỊ ĐOÀN', actions: [{ href: '/khai-sinh/ho-ten' }] },
  {
    key: 'Địa chỉ thường trú',
    value: 'Tổ 5, phường Bắc Kạn\ntỉnh Thái Nguyên',
    actions: [{ href: '/khai-sinh/dia-chi', visuallyHiddenText: 'địa chỉ nơi thường trú' }],
  },
  { key: 'Số điện thoại', value: '', actions: [{ href: '/khai-sinh/dien-thoai' }] },
  { key: 'Mã hồ sơ', value: 'HS-19-2026-000123' },
];

describe('SummaryList', { timeout: 20_000 }, () => {
  it('is a description list of keys and values', () => {
    const { container } = render(<SummaryList rows={rows} />);
    const dl = container.querySelector('dl');
    expect(dl).not.toBeNull();
    const terms = [...container.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(terms).toEqual(['Họ và tên', 'Địa chỉ thường trú', 'Số điện thoại', 'Mã hồ sơ']);
    expect(screen.getByText('NGUYỄN THỊ ĐOÀN').tagName).toBe('DD');
  });

  it('gives each change link the context of its row for screen readers', () => {
    render(<SummaryList rows={rows} />);
    const link = screen.getByRole('link', { name: 'Thay đổi họ và tên' });
    expect(link).toHaveAttribute('href', '/khai-sinh/ho-ten');
    expect(within(link).getByText('họ và tên')).toHaveClass('dvc-visually-hidden');
    expect(
      screen.getByRole('link', { name: 'Thay đổi địa chỉ nơi thường trú' }),
    ).toBeInTheDocument();
  });

  it('keeps line breaks of a multi-line value in one value cell', () => {
    render(<SummaryList rows={rows} />);
    const value = screen.getByText(/Tổ 5, phường Bắc Kạn/);
    expect(value.tagName).toBe('DD');
    expect(value.textContent).toBe('Tổ 5, phường Bắc Kạn\ntỉnh Thái Nguyên');
  });

  it('shows "Chưa nhập" for an empty value, or the text a page gives', () => {
    const { rerender } = render(<SummaryList rows={rows} />);
    expect(screen.getByText('Chưa nhập')).toHaveClass('dvc-summary-list__value--empty');
    rerender(<SummaryList rows={rows} emptyText="Không có" />);
    expect(screen.getByText('Không có')).toBeInTheDocument();
  });

  it('reaches every change link with Tab in row order', async () => {
    const user = userEvent.setup();
    render(<SummaryList rows={rows} />);
    await user.tab();
    expect(screen.getByRole('link', { name: 'Thay đổi họ và tên' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: /địa chỉ nơi thường trú/ })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Thay đổi số điện thoại' })).toHaveFocus();
  });

  it('lists several actions of a row, each with its own label', () => {
    render(
      <SummaryList
        rows={[
          {
            key: 'Giấy chứng sinh',
            value: 'giay-chung-sinh.pdf',
            actions: [
              { href: '/tep/1/doi', label: 'Đổi tệp' },
              { href: '/tep/1/xoa', label: 'Xoá' },
            ],
          },
        ]}
      />,
    );
    const list = screen.getByRole('list');
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Đổi tệp giấy chứng sinh', 'Xoá giấy chứng sinh']);
  });

  it('shows a card with a title heading and card actions', () => {
    render(
      <SummaryList
        cardTitle="Thành viên hộ gia đình 1"
        cardTitleLevel={3}
        cardActions={[{ href: '/thanh-vien/1/xoa', label: 'Xoá' }]}
        rows={rows.slice(0, 1)}
      />,
    );
    expect(
      screen.getByRole('heading', { level: 3, name: 'Thành viên hộ gia đình 1' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Xoá thành viên hộ gia đình 1' })).toBeInTheDocument();
  });

  it('speaks English under an English provider', () => {
    render(
      <I18nProvider i18n={createI18n({ lng: 'en' })}>
        <SummaryList rows={[{ key: 'Phone', value: null, actions: [{ href: '#p' }] }]} />
      </I18nProvider>,
    );
    expect(screen.getByText('Not provided')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Change phone' })).toBeInTheDocument();
  });

  it('renders on the server without warnings, links working without JavaScript', () => {
    const html = renderOnServer(<SummaryList rows={rows} cardTitle="Người yêu cầu" />);
    expect(html).toContain('<dl');
    expect(html).toContain('href="/khai-sinh/ho-ten"');
    expect(html).toContain('Chưa nhập');
  });

  it('has no axe violations, as a list and as a card', async () => {
    const { container } = render(
      <main>
        <SummaryList rows={rows} />
        <SummaryList
          cardTitle="Thông tin người yêu cầu"
          cardActions={[{ href: '#x', label: 'Xoá' }]}
          rows={rows}
        />
      </main>,
    );
    await expectNoAxeViolations(container);
  });
});
