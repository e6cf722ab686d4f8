import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { TextInput } from '../text-input/TextInput.js';
import { Checkboxes } from './Checkboxes.js';

const meta = {
  title: 'Form parts/Checkboxes',
  component: Checkboxes,
  args: {
    name: 'documents',
    legend: 'Bạn có những giấy tờ nào?',
    hint: 'Chọn tất cả giấy tờ bạn có',
    items: [
      { value: 'chung-sinh', label: 'Giấy chứng sinh' },
      {
        value: 'ket-hon',
        label: 'Giấy chứng nhận kết hôn của cha mẹ',
        hint: 'Nếu cha mẹ đã đăng ký kết hôn',
      },
      {
        value: 'khac',
        label: 'Giấy tờ khác',
        conditional: <TextInput name="documents-other" label="Tên giấy tờ" />,
      },
      { value: 'khong', label: 'Tôi không có giấy tờ nào', exclusive: true },
    ],
  },
  parameters: {
    docs: {
      description: {
        component:
          'Chọn nhiều lựa chọn (ô đánh dấu gốc trong nhóm có chú thích), hoặc một ô đồng ý riêng. Không đánh dấu sẵn ô đồng ý ' +
          '(Luật Bảo vệ dữ liệu cá nhân đòi hỏi hành động chủ động). Lựa chọn "không có" (exclusive) nằm sau chữ "hoặc" và bỏ chọn các ô khác. ' +
          'Câu hỏi con hiện khi ô được chọn; không có JavaScript mọi câu hỏi con vẫn hiện và dùng được. ' +
          'Đã kiểm tra: phím Space, gửi biểu mẫu nhiều giá trị, lựa chọn loại trừ, axe cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof Checkboxes>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const boxes = canvas.getAllByRole('checkbox');
    await userEvent.click(boxes[0] as HTMLElement);
    await userEvent.click(boxes[3] as HTMLElement);
    await expect(boxes[0]).not.toBeChecked();
    await expect(boxes[3]).toBeChecked();
  },
};

export const WithError: Story = {
  args: { error: 'Chọn giấy tờ bạn có, hoặc chọn "Tôi không có giấy tờ nào"' },
};

export const Filled: Story = { args: { defaultValue: ['chung-sinh', 'khac'] } };

export const Disabled: Story = { args: { disabled: true, defaultValue: ['chung-sinh'] } };

export const Small: Story = { args: { small: true } };

export const Consent: Story = {
  args: {
    name: 'consent',
    legend: 'Đồng ý xử lý dữ liệu cá nhân',
    hint: undefined,
    items: [
      {
        value: 'dong-y',
        label:
          'Tôi đồng ý cho Ủy ban nhân dân xã xử lý dữ liệu cá nhân trong hồ sơ này để giải quyết thủ tục',
      },
    ],
  },
};

export const LongVietnameseText: Story = {
  args: {
    legend:
      'Những thành viên nào trong hộ gia đình cùng thay đổi nơi thường trú với người đứng tên đăng ký thường trú?',
    items: [
      {
        value: 'vo-chong',
        label: 'Vợ hoặc chồng của người đăng ký, đã có tên trong cơ sở dữ liệu về cư trú',
      },
      {
        value: 'con',
        label: 'Con đẻ, con nuôi chưa thành niên hoặc đã thành niên mất năng lực hành vi dân sự',
      },
      {
        value: 'khong-ai',
        label: 'Không có thành viên nào cùng thay đổi nơi thường trú',
        exclusive: true,
      },
    ],
  },
};

export const MobileWidth: Story = {
  args: { error: 'Chọn ít nhất một', defaultValue: ['khac'] },
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
    legend: 'Which documents do you have?',
    hint: 'Select all that apply',
    items: [
      { value: 'birth', label: 'Birth certificate from the hospital' },
      { value: 'none', label: 'I have none of these', exclusive: true },
    ],
  },
  globals: { locale: 'en' },
};
