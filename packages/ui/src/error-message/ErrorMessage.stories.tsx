import type { Meta, StoryObj } from '@storybook/react-vite';
import { ErrorMessage } from './ErrorMessage.js';

const meta = {
  title: 'Form parts/ErrorMessage',
  component: ErrorMessage,
  args: { children: 'Nhập họ, chữ đệm và tên' },
  parameters: {
    docs: {
      description: {
        component:
          'Lỗi của một ô nhập, đặt dưới nhãn và gợi ý. Nói rõ cần làm gì ("Nhập ngày sinh"), không đổ lỗi cho người dùng. ' +
          'Trình đọc màn hình đọc tiền tố ẩn "Lỗi:" nên lỗi không chỉ được thể hiện bằng màu. Đã kiểm tra axe trong cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof ErrorMessage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const LongVietnameseText: Story = {
  args: {
    children:
      'Ngày sinh phải là một ngày trong quá khứ và không sớm hơn ngày cấp giấy chứng sinh; hãy kiểm tra lại ngày, tháng, năm',
  },
};

export const MobileWidth: Story = {
  args: { children: 'Số định danh cá nhân phải gồm đúng 12 chữ số' },
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 360 }}>
        <Story />
      </div>
    ),
  ],
};

export const English: Story = {
  args: { children: 'Enter your full name' },
  globals: { locale: 'en' },
};
