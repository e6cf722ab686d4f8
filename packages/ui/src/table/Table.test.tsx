import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { sortRows, type TableSort } from './sort-rows.js';
import { Table, type TableColumn } from './Table.js';

interface Application {
  code: string;
  applicant: string;
  fee: number;
}

const rows: Application[] = [
  { code: 'HS-002', applicant: 'Đinh Văn Bình', fee: 50000 },
  { code: 'HS-001', applicant: 'Dương Thị An', fee: 8000 },
  { code: 'HS-003', applicant: 'Bế Thị Hoa', fee: 120000 },
];

const columns: TableColumn<Application>[] = [
  { key: 'code', header: 'Mã hồ sơ', rowHeader: true },
  { key: 'applicant', header: 'Người nộp', sortable: true },
  {
    key: 'fee',
    header: 'Lệ phí (đồng)',
    numeric: true,
    sortable: true,
    cell: (row) => row.fee.toLocaleString('vi-VN'),
  },
];

function SortableTable({ initial }: { initial?: TableSort }) {
  const [sort, setSort] = useState<TableSort | undefined>(initial);
  return (
    <Table
      caption="Hồ sơ đã nộp"
      columns={columns}
      rows={sortRows(rows, columns, sort)}
      rowKey={(row) => row.code}
      sort={sort}
      onSortChange={setSort}
    />
  );
}

const bodyColumn = (index: number) =>
  within(screen.getAllByRole('rowgroup')[1] as HTMLElement)
    .getAllByRole('row')
    .map((row) => row.children[index]?.textContent);

describe('sortRows', () => {
  it('sorts text in Vietnamese order, numbers by value, and keeps the input untouched', () => {
    const byName = sortRows(rows, columns, { column: 'applicant', direction: 'ascending' });
    expect(byName.map((r) => r.applicant)).toEqual(['Bế Thị Hoa', 'Dương Thị An', 'Đinh Văn Bình']);
    const byFee = sortRows(rows, columns, { column: 'fee', direction: 'descending' });
    expect(byFee.map((r) => r.fee)).toEqual([120000, 50000, 8000]);
    expect(rows[0]?.code).toBe('HS-002');
  });

  it('puts empty values last in both directions and keeps ties in order', () => {
    const data = [{ n: null }, { n: 2 }, { n: 1 }, { n: 2 }] as { n: number | null }[];
    const cols = [{ key: 'n' }];
    expect(sortRows(data, cols, { column: 'n', direction: 'ascending' })).toEqual([
      data[2],
      data[1],
      data[3],
      data[0],
    ]);
    expect(sortRows(data, cols, { column: 'n', direction: 'descending' })).toEqual([
      data[1],
      data[3],
      data[2],
      data[0],
    ]);
  });
});

describe('Table', { timeout: 20_000 }, () => {
  it('has a caption, column header scopes and row headers', () => {
    render(<Table caption="Hồ sơ đã nộp" columns={columns} rows={rows} />);
    const table = screen.getByRole('table', { name: 'Hồ sơ đã nộp' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    expect(within(table).getByRole('rowheader', { name: 'HS-002' })).toHaveAttribute(
      'scope',
      'row',
    );
  });

  it('marks numeric columns so they align to the end', () => {
    render(<Table caption="Lệ phí" columns={columns} rows={rows} />);
    expect(screen.getByRole('columnheader', { name: 'Lệ phí (đồng)' })).toHaveClass(
      'dvc-table__header--numeric',
    );
    expect(screen.getByRole('cell', { name: '50.000' })).toHaveClass('dvc-table__cell--numeric');
  });

  it('scrolls in a keyboard-focusable region named by the caption', async () => {
    const user = userEvent.setup();
    render(<Table caption="Hồ sơ đã nộp" columns={columns} rows={rows} />);
    const region = screen.getByRole('region', { name: 'Hồ sơ đã nộp' });
    await user.tab();
    expect(region).toHaveFocus();
  });

  it('has no sort controls without onSortChange or sortHref', () => {
    render(<Table caption="Hồ sơ" columns={columns} rows={rows} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('columnheader', { name: 'Người nộp' })).not.toHaveAttribute(
      'aria-sort',
    );
  });

  it('sorts from the keyboard, reflects the state in aria-sort and announces it', async () => {
    const user = userEvent.setup();
    render(<SortableTable />);
    const nameHeader = screen.getByRole('columnheader', { name: 'Người nộp' });
    expect(nameHeader).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByRole('status')).toHaveTextContent(/^$/);

    await user.tab(); // the scroll region
    await user.tab();
    const button = screen.getByRole('button', { name: 'Người nộp' });
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(bodyColumn(1)).toEqual(['Bế Thị Hoa', 'Dương Thị An', 'Đinh Văn Bình']);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Bảng đã được sắp xếp theo cột Người nộp, tăng dần',
    );
    expect(button).toHaveFocus();

    await user.keyboard(' ');
    expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    expect(bodyColumn(1)).toEqual(['Đinh Văn Bình', 'Dương Thị An', 'Bế Thị Hoa']);
    expect(screen.getByRole('status')).toHaveTextContent('giảm dần');
  });

  it('moves the sort to another column, resetting the first to none', async () => {
    const user = userEvent.setup();
    render(<SortableTable initial={{ column: 'applicant', direction: 'descending' }} />);
    expect(screen.getByRole('status')).toHaveTextContent(/^$/);
    await user.click(screen.getByRole('button', { name: 'Lệ phí (đồng)' }));
    expect(screen.getByRole('columnheader', { name: 'Người nộp' })).toHaveAttribute(
      'aria-sort',
      'none',
    );
    expect(screen.getByRole('columnheader', { name: 'Lệ phí (đồng)' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(bodyColumn(2)).toEqual(['8.000', '50.000', '120.000']);
  });

  it('renders sort links a server can answer, without JavaScript', () => {
    const html = renderOnServer(
      <Table
        caption="Hồ sơ đã nộp"
        columns={columns}
        rows={rows}
        sort={{ column: 'fee', direction: 'ascending' }}
        sortHref={(column, direction) => `?sap-xep=${column}&chieu=${direction}`}
      />,
    );
    expect(html).toContain('href="?sap-xep=applicant&amp;chieu=ascending"');
    expect(html).toContain('href="?sap-xep=fee&amp;chieu=descending"');
    expect(html).toContain('aria-sort="ascending"');
    expect(html).toContain('<caption');
    expect(html).not.toContain('<button');
  });

  it('with JavaScript, a sort link calls onSortChange instead of leaving the page', async () => {
    const user = userEvent.setup();
    const onSortChange = vi.fn();
    render(
      <Table
        caption="Hồ sơ"
        columns={columns}
        rows={rows}
        sortHref={(column, direction) => `?sap-xep=${column}&chieu=${direction}`}
        onSortChange={onSortChange}
      />,
    );
    await user.click(screen.getByRole('link', { name: 'Người nộp' }));
    expect(onSortChange).toHaveBeenCalledWith({ column: 'applicant', direction: 'ascending' });
  });

  it('announces in English under an English provider, or a page override', async () => {
    const user = userEvent.setup();
    const { unmount } = render(
      <I18nProvider i18n={createI18n({ lng: 'en' })}>
        <SortableTable />
      </I18nProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Người nộp' }));
    expect(screen.getByRole('status')).toHaveTextContent('Table sorted by Người nộp, ascending');
    unmount();

    function Custom() {
      const [sort, setSort] = useState<TableSort | undefined>();
      return (
        <Table
          caption="x"
          columns={columns}
          rows={rows}
          sort={sort}
          onSortChange={setSort}
          sortAnnouncement={{ ascending: 'Xếp theo {{column}} từ thấp đến cao' }}
        />
      );
    }
    render(<Custom />);
    await user.click(screen.getByRole('button', { name: 'Lệ phí (đồng)' }));
    expect(screen.getByRole('status')).toHaveTextContent('Xếp theo Lệ phí (đồng) từ thấp đến cao');
  });

  it('forwards its ref to the table and passes attributes', () => {
    const ref = { current: null as HTMLTableElement | null };
    render(<Table ref={ref} caption="x" columns={columns} rows={rows} className="extra" />);
    expect(ref.current?.tagName).toBe('TABLE');
    expect(ref.current).toHaveClass('dvc-table__table', 'extra');
  });

  it('has no axe violations, plain and sortable', async () => {
    const { container } = render(
      <main>
        <Table caption="Hồ sơ" columns={columns} rows={rows} />
        <SortableTable initial={{ column: 'fee', direction: 'descending' }} />
      </main>,
    );
    await expectNoAxeViolations(container);
  });
});
