import type { Meta, StoryObj } from '@storybook/react-vite';
import { Button } from './Button.js';

const meta = {
  title: 'Form parts/Button',
  component: Button,
  args: { children: 'Tiếp tục' },
  parameters: {
    docs: {
      description: {
        component:
          'Dùng cho hành động chính của trang (một nút chính mỗi trang). Không dùng để điều hướng sang trang khác: hãy dùng liên kết. ' +
          'Trạng thái bận giữ nguyên nhãn và tiêu điểm, đọc thêm "Đang xử lý" cho trình đọc màn hình.',
      },
    },
  },
} satisfies Meta<typeof Button>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Primary: Story = {};

export const Secondary: Story = { args: { variant: 'secondary', children: 'Lưu bản nháp' } };

export const Warning: Story = { args: { variant: 'warning', children: 'Xoá hồ sơ' } };

export const Disabled: Story = { args: { disabled: true } };

export const Busy: Story = { args: { busy: true, children: 'Gửi hồ sơ' } };

export const LongVietnameseText: Story = {
  args: {
    children:
      'Xác nhận và gửi hồ sơ đăng ký khai sinh kèm đăng ký thường trú, cấp thẻ bảo hiểm y tế',
  },
};

export const English: Story = {
  args: { children: 'Continue', busy: true },
  globals: { locale: 'en' },
};
