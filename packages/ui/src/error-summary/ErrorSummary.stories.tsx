import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { TextInput } from '../text-input/TextInput.js';
import { ErrorSummary } from './ErrorSummary.js';

const meta = {
  title: 'Form parts/ErrorSummary',
  component: ErrorSummary,
  args: {
    errors: [
      { fieldId: 'summary-full-name', text: 'Nhập họ, chữ đệm và tên' },
      {
        fieldId: 'summary-phone',
        text: 'Nhập số điện thoại di động gồm 10 chữ số, ví dụ 0912 345 678',
      },
    ],
  },
  render: (args) => (
    <>
      <ErrorSummary {...args} />
      <TextInput name="summary-full-name" label="Họ, chữ đệm và tên" error={args.errors[0]?.text} />
      <TextInput
        name="summary-phone"
        label="Số điện thoại di động"
        type="tel"
        width={20}
        error={args.errors[1]?.text}
      />
    </>
  ),
  parameters: {
    docs: {
      description: {
        component:
          'Đặt ở đầu trang khi gửi biểu mẫu có lỗi: tiêu đề "Có lỗi cần sửa" và một liên kết tới từng ô có lỗi, cùng lời với lỗi ở ô. ' +
          'Khi trang tải, hộp này nhận tiêu điểm để trình đọc màn hình đọc ngay; chỉ dùng role="alert" khi hộp xuất hiện sau khi trang đã tải. ' +
          'Bấm liên kết đưa tiêu điểm vào ô và cuộn nhãn hoặc câu hỏi vào tầm nhìn; không có JavaScript, liên kết #id vẫn hoạt động. ' +
          'Đã kiểm tra: bàn phím (Tab, Enter), tiêu điểm, hiển thị trên máy chủ, axe trong cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof ErrorSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('link', { name: 'Nhập họ, chữ đệm và tên' }));
    await expect(canvas.getByRole('textbox', { name: /Họ, chữ đệm và tên/ })).toHaveFocus();
  },
};

export const WithDescription: Story = {
  args: { description: 'Hồ sơ chưa được gửi. Hãy sửa các lỗi dưới đây rồi gửi lại.' },
};

export const LongVietnameseText: Story = {
  args: {
    errors: [
      {
        fieldId: 'summary-full-name',
        text: 'Họ, chữ đệm và tên của người được khai sinh chỉ được chứa chữ cái, dấu cách, dấu nháy đơn và dấu gạch nối',
      },
      {
        fieldId: 'summary-phone',
        text: 'Số điện thoại di động phải gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09, hoặc +84 và 9 chữ số',
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
};

export const English: Story = {
  args: {
    errors: [
      { fieldId: 'summary-full-name', text: 'Enter your full name' },
      { fieldId: 'summary-phone', text: 'Enter a 10-digit mobile number, like 0912 345 678' },
    ],
  },
  globals: { locale: 'en' },
};
