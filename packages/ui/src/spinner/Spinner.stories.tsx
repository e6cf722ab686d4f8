import type { Meta, StoryObj } from '@storybook/react-vite';
import { Spinner } from './Spinner.js';

const meta = {
  title: 'Feedback and content/Spinner',
  component: Spinner,
  parameters: {
    docs: {
      description: {
        component:
          'Dấu hiệu đang tải khi một phần của trang chờ dữ liệu (ví dụ tra cứu hồ sơ). Vùng trạng thái (role="status") có nhãn chữ được đọc lịch sự; vòng tròn được ẩn với trình đọc màn hình và ngừng quay khi người dùng bật giảm chuyển động. ' +
          'Không dùng cho nút đang gửi (Button đã có trạng thái bận) và không dùng cho việc có thể đo tiến độ (hãy dùng ProgressBar). ' +
          'Đã kiểm tra: nhãn được đọc, dựng trên máy chủ, axe và độ tương phản trong Chromium, cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof Spinner>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithVisibleLabel: Story = { args: { labelVisible: true } };

export const Sizes: Story = {
  render: () => (
    <div style={{ display: 'flex', gap: 24, alignItems: 'center' }}>
      <Spinner size="small" />
      <Spinner />
      <Spinner size="large" />
    </div>
  ),
};

export const LongVietnameseText: Story = {
  args: {
    labelVisible: true,
    label: 'Đang tra cứu hồ sơ trên hệ thống thông tin giải quyết thủ tục hành chính của tỉnh',
  },
};

export const MobileWidth: Story = {
  args: LongVietnameseText.args,
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 360 }}>
        <Story />
      </div>
    ),
  ],
};

export const English: Story = { args: { labelVisible: true }, globals: { locale: 'en' } };
