import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { PhoneInput } from './PhoneInput.js';

const meta = {
  title: 'Form parts/PhoneInput',
  component: PhoneInput,
  args: { name: 'phone', label: 'Số điện thoại di động', hint: 'Ví dụ: 0912 345 678' },
  parameters: {
    docs: {
      description: {
        component:
          'Số điện thoại Việt Nam (type="tel", bàn phím số điện thoại, tự điền tel). Nhận dấu cách, dấu chấm và +84; ' +
          'chỉ định dạng khi rời ô (0912 345 678), không định dạng khi đang gõ. Máy chủ chuẩn hoá bằng validatePhone(...).value. ' +
          'Đầu số không cho biết nhà mạng (chuyển mạng giữ số). Đã kiểm tra: định dạng khi rời ô, gửi biểu mẫu không cần JavaScript, axe cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof PhoneInput>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox');
    await userEvent.type(input, '+84912345678');
    await userEvent.tab();
    await expect(input).toHaveValue('0912 345 678');
  },
};

export const WithError: Story = {
  args: { error: 'Nhập số điện thoại gồm 10 chữ số, bắt đầu bằng số 0' },
};

export const Filled: Story = { args: { defaultValue: '0912 345 678' } };

export const Disabled: Story = { args: { disabled: true, defaultValue: '0912 345 678' } };

export const LongVietnameseText: Story = {
  args: {
    label: 'Số điện thoại để bộ phận một cửa liên hệ khi cần bổ sung giấy tờ hoặc báo kết quả',
    hint: 'Có thể nhập số cố định kèm mã vùng, ví dụ 0208 385 5123 (Thái Nguyên)',
  },
};

export const MobileWidth: Story = {
  args: { error: 'Nhập số điện thoại' },
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 360 }}>
        <Story />
      </div>
    ),
  ],
};

export const English: Story = {
  args: { label: 'Mobile phone number', hint: 'For example, 0912 345 678' },
  globals: { locale: 'en' },
};
