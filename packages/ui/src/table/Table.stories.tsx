import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { StatusTag } from '../status-tag/StatusTag.js';
import { sortRows, type TableSort } from './sort-rows.js';
import { Table, type TableColumn } from './Table.js';

interface Application {
  code: string;
  service: string;
  submitted: string;
  submittedOn: number;
  fee: number;
  status: number;
}

const rows: Application[] = [
  {
    code: 'HS-19-2026-000123',
    service: 'Đăng ký khai sinh',
    submitted: '02/11/2026',
    submittedOn: 20261102,
    fee: 0,
    status: 4,
  },
  {
    code: 'HS-19-2026-000087',
    service: 'Đăng ký thường trú',
    submitted: '28/10/2026',
    submittedOn: 20261028,
    fee: 15000,
    status: 5,
  },
  {
    code: 'HS-19-2026-000042',
    service: 'Cấp phiếu lý lịch tư pháp',
    submitted: '15/10/2026',
    submittedOn: 20261015,
    fee: 200000,
    status: 10,
  },
];

const columns: TableColumn<Application>[] = [
  { key: 'code', header: 'Mã hồ sơ', rowHeader: true },
  { key: 'service', header: 'Thủ tục', sortable: true },
  {
    key: 'submitted',
    header: 'Ngày nộp',
    sortable: true,
    numeric: true,
    sortValue: (r) => r.submittedOn,
  },
  {
    key: 'fee',
    header: 'Lệ phí (đồng)',
    sortable: true,
    numeric: true,
    cell: (r) => r.fee.toLocaleString('vi-VN'),
  },
  { key: 'status', header: 'Trạng thái', cell: (r) => <StatusTag status={r.status} /> },
];

const meta = {
  title: 'Feedback and content/Table',
  component: Table<Application>,
  args: { caption: 'Hồ sơ của bạn', columns, rows },
  parameters: {
    docs: {
      description: {
        component:
          'Bảng dữ liệu có tiêu đề bảng (caption, bắt buộc), ô tiêu đề có scope, cột số căn lề cuối. Trên màn hình hẹp, bảng cuộn ngang trong một vùng có nhãn nhận được tiêu điểm bàn phím (Tab rồi phím mũi tên). ' +
          'Cột có thể sắp xếp: bằng nút (có JavaScript, trạng thái do trang giữ qua sort và onSortChange) hoặc bằng liên kết sortHref để máy chủ sắp xếp khi không có JavaScript. Ô tiêu đề mang aria-sort, và thay đổi được đọc qua một vùng thông báo lịch sự. ' +
          'Không dùng bảng để dàn trang, và không dùng cho danh sách câu hỏi và câu trả lời (hãy dùng SummaryList). ' +
          'Đã kiểm tra: bàn phím, aria-sort, thông báo, dựng trên máy chủ với liên kết sắp xếp, axe và độ tương phản trong Chromium, cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof Table<Application>>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

function SortableDemo() {
  const [sort, setSort] = useState<TableSort | undefined>({
    column: 'submitted',
    direction: 'descending',
  });
  return (
    <Table
      caption="Hồ sơ của bạn"
      columns={columns}
      rows={sortRows(rows, columns, sort)}
      rowKey={(r) => r.code}
      sort={sort}
      onSortChange={setSort}
    />
  );
}

export const Sortable: Story = {
  render: () => <SortableDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Lệ phí (đồng)' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('columnheader', { name: 'Lệ phí (đồng)' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await expect(canvas.getByRole('status')).toHaveTextContent('Lệ phí (đồng)');
    await expect(button).toHaveFocus();
  },
};

export const SortLinksWithoutJavaScript: Story = {
  args: {
    sort: { column: 'fee', direction: 'ascending' },
    rows: sortRows(rows, columns, { column: 'fee', direction: 'ascending' }),
    sortHref: (column, direction) => `?sap-xep=${column}&chieu=${direction}`,
  },
};

export const LongVietnameseText: Story = {
  args: {
    rows: [
      ...rows,
      {
        code: 'HS-19-2026-000201',
        service:
          'Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
        submitted: '20/11/2026',
        submittedOn: 20261120,
        fee: 0,
        status: 6,
      },
    ],
  },
};

export const MobileWidth: Story = {
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 360 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const region = within(canvasElement).getByRole('region');
    await userEvent.tab();
    await expect(region).toHaveFocus();
  },
};

export const English: Story = {
  args: {
    caption: 'Your applications',
    columns: [
      { key: 'code', header: 'Reference', rowHeader: true },
      { key: 'service', header: 'Service' },
      { key: 'fee', header: 'Fee (VND)', numeric: true, cell: (r) => r.fee.toLocaleString('en') },
      { key: 'status', header: 'Status', cell: (r) => <StatusTag status={r.status} /> },
    ],
  },
  globals: { locale: 'en' },
};
