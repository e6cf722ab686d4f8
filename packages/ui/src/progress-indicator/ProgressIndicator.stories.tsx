import type { Meta, StoryObj } from '@storybook/react-vite';
import { ProgressIndicator } from './ProgressIndicator.js';

const meta = {
  title: 'Feedback and content/ProgressIndicator',
  component: ProgressIndicator,
  args: { current: 2, total: 5 },
  decorators: [
    (Story) => (
      <div>
        <Story />
        <h1 style={{ marginBlockStart: 0 }}>Thông tin người yêu cầu</h1>
      </div>
    ),
  ],
  parameters: {
    docs: {
      description: {
        component:
          'Dòng chữ "Bước 2 trên 5" đặt ngay trên tiêu đề trang trong một biểu mẫu nhiều bước, có thể kèm tên bước. ' +
          'Chỉ dùng khi số bước cố định và ngắn; không dùng khi đường đi thay đổi theo câu trả lời (số bước sẽ sai), khi đó hãy bỏ đi. ' +
          'Đây là chữ thường, không phải thanh tiến trình ARIA, để trình đọc màn hình đọc theo thứ tự mà không thông báo chen ngang. ' +
          'Đã kiểm tra: nội dung đọc được, dựng trên máy chủ, axe và độ tương phản trong Chromium, cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof ProgressIndicator>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithStepName: Story = { args: { stepName: 'Thông tin người yêu cầu' } };

export const LongVietnameseText: Story = {
  args: {
    current: 4,
    total: 7,
    stepName: 'Thông tin cha, mẹ hoặc người giám hộ của trẻ được đăng ký khai sinh',
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

export const English: Story = {
  args: { stepName: 'About the applicant' },
  globals: { locale: 'en' },
};
