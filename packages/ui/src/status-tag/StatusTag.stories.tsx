import type { Meta, StoryObj } from '@storybook/react-vite';
import { StatusTag } from './StatusTag.js';
import { applicationStatuses } from './statuses.js';

const meta = {
  title: 'Feedback and content/StatusTag',
  component: StatusTag,
  args: { status: 'received' },
  argTypes: {
    status: { control: 'select', options: applicationStatuses.map((s) => s.id) },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Trạng thái của một hồ sơ theo mười trạng thái mà hệ thống một cửa của tỉnh dùng (1 Mới đăng ký … 10 Đã trả kết quả). ' +
          'Dùng trong danh sách hồ sơ và trang tra cứu. Mỗi trạng thái có chữ, màu và biểu tượng riêng theo nhóm, nên không phụ thuộc vào màu. ' +
          'Danh sách trạng thái là dữ liệu (applicationStatuses), nhãn lấy từ bộ chuỗi. ' +
          'Đã kiểm tra: chữ được đọc đúng, biểu tượng ẩn với trình đọc màn hình, độ tương phản (axe trong Chromium, cả hai ngôn ngữ).',
      },
    },
  },
} satisfies Meta<typeof StatusTag>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const AllStatuses: Story = {
  render: () => (
    <ul style={{ listStyle: 'none', padding: 0, display: 'grid', gap: 8 }}>
      {applicationStatuses.map((s) => (
        <li key={s.id}>
          {s.code}. <StatusTag status={s.id} />
        </li>
      ))}
    </ul>
  ),
};

export const NeedsAction: Story = { args: { status: 'paymentRequested' } };

export const Refused: Story = { args: { status: 'notReceived' } };

export const LongVietnameseText: Story = {
  args: {
    status: 'supplementRequested',
    label: 'Yêu cầu bổ sung giấy tờ: bản sao giấy chứng sinh có chứng thực',
  },
};

export const MobileWidth: Story = {
  render: AllStatuses.render,
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 360 }}>
        <Story />
      </div>
    ),
  ],
};

export const English: Story = {
  render: AllStatuses.render,
  globals: { locale: 'en' },
};
