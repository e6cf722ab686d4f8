import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { TextInput } from './TextInput.js';

const meta = {
  title: 'Form parts/TextInput',
  component: TextInput,
  args: { name: 'full-name', label: 'Họ, chữ đệm và tên', autoComplete: 'name', spellCheck: false },
  parameters: {
    docs: {
      description: {
        component:
          'Ô nhập một dòng chữ. Dùng cho câu trả lời ngắn (tên, email, số). Không dùng cho câu trả lời nhiều dòng (dùng Textarea) ' +
          'hay ngày tháng (dùng DateInput). Chọn độ rộng vừa với câu trả lời. Không có mặt nạ nhập và không định dạng lại khi đang gõ ' +
          '(Unikey, EVKey gửi phím xoá và ký tự thay thế): định dạng chỉ chạy khi rời ô, không chạy khi đang soạn chữ (composition). ' +
          'Đã kiểm tra: nhãn, gợi ý và lỗi được đọc theo thứ tự (aria-describedby), aria-invalid khi có lỗi, gửi biểu mẫu không cần JavaScript, ' +
          'bàn phím, axe trong cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof TextInput>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithHint: Story = {
  args: { hint: 'Nhập đúng như trên thẻ căn cước, kể cả dấu thanh' },
};

export const WithError: Story = {
  args: { hint: 'Nhập đúng như trên thẻ căn cước', error: 'Nhập họ, chữ đệm và tên' },
};

export const Filled: Story = { args: { defaultValue: 'Nguyễn Thị Đoàn' } };

export const Disabled: Story = { args: { disabled: true, defaultValue: 'Nguyễn Thị Đoàn' } };

export const Widths: Story = {
  render: () => (
    <>
      <TextInput name="w2" label="2 ký tự" width={2} />
      <TextInput name="w4" label="4 ký tự" width={4} />
      <TextInput name="w10" label="10 ký tự" width={10} />
      <TextInput name="w20" label="20 ký tự" width={20} />
      <TextInput name="wfull" label="Hết chiều rộng" />
    </>
  ),
};

export const PrefixAndSuffix: Story = {
  args: {
    name: 'fee',
    label: 'Lệ phí (đồng)',
    suffix: '₫',
    width: 10,
    inputMode: 'numeric',
    autoComplete: 'off',
  },
};

export const FormatsOnBlurOnly: Story = {
  args: {
    name: 'child-name',
    label: 'Họ và tên của trẻ (in hoa)',
    formatOnBlur: (value: string) => value.toLocaleUpperCase('vi'),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox');
    await userEvent.click(input);
    await userEvent.type(input, 'sùng a tủa');
    await expect(input).toHaveValue('sùng a tủa');
    await userEvent.tab();
    await expect(input).toHaveValue('SÙNG A TỦA');
  },
};

export const PageHeading: Story = {
  args: { isPageHeading: true, label: 'Họ và tên của bạn là gì?' },
};

export const LongVietnameseText: Story = {
  args: {
    label:
      'Họ, chữ đệm và tên của người đứng tên yêu cầu cấp phiếu lý lịch tư pháp, viết đúng như trên thẻ căn cước',
    hint: 'Người dân tộc thiểu số có thể có tên như "SÙNG A TỦA" hoặc "H\'Hen Niê"; hãy giữ nguyên dấu nháy và gạch nối.',
    error: 'Họ và tên chỉ được chứa chữ cái, dấu cách, dấu nháy đơn và dấu gạch nối',
  },
};

export const MobileWidth: Story = {
  args: { hint: 'Nhập đúng như trên thẻ căn cước', error: 'Nhập họ, chữ đệm và tên' },
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
    label: 'Full name',
    hint: 'As shown on your identity card',
    error: 'Enter your full name',
  },
  globals: { locale: 'en' },
};
