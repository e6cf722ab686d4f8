import type { Meta, StoryObj } from '@storybook/react-vite';
import { Textarea } from './Textarea.js';

const meta = {
  title: 'Form parts/Textarea',
  component: Textarea,
  args: { name: 'reason', label: 'Lý do đề nghị cấp lại' },
  parameters: {
    docs: {
      description: {
        component:
          'Ô nhập nhiều dòng cho câu trả lời dài (lý do, mô tả). Không dùng khi câu trả lời chỉ một dòng (dùng TextInput). ' +
          'Nếu có giới hạn số ký tự, dùng CharacterCount. Chuẩn hoá NFC khi rời ô, không định dạng khi đang gõ. ' +
          'Đã kiểm tra: nhãn, gợi ý, lỗi theo thứ tự aria-describedby, gửi biểu mẫu không cần JavaScript, axe trong cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof Textarea>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithHint: Story = {
  args: { hint: 'Ví dụ: thẻ bị mất, bị hỏng hoặc thay đổi thông tin' },
};

export const WithError: Story = {
  args: { hint: 'Ví dụ: thẻ bị mất', error: 'Nhập lý do đề nghị cấp lại' },
};

export const Filled: Story = {
  args: { defaultValue: 'Tôi bị mất thẻ căn cước khi đi chợ phiên ở xã Ba Bể ngày 12/10/2026.' },
};

export const Disabled: Story = { args: { disabled: true, defaultValue: 'Không sửa được nữa' } };

export const LongVietnameseText: Story = {
  args: {
    label:
      'Mô tả chi tiết hoàn cảnh gia đình và lý do đề nghị được miễn, giảm lệ phí đăng ký thường trú theo chính sách hỗ trợ',
    hint: 'Nêu rõ số người trong hộ, thu nhập bình quân, giấy tờ chứng minh hộ nghèo hoặc cận nghèo nếu có',
    error: 'Nhập mô tả hoàn cảnh gia đình',
  },
};

export const MobileWidth: Story = {
  args: { hint: 'Ví dụ: thẻ bị mất', error: 'Nhập lý do' },
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 360 }}>
        <Story />
      </div>
    ),
  ],
};

export const English: Story = {
  args: { label: 'Why do you need a new card?', hint: 'For example, it was lost' },
  globals: { locale: 'en' },
};
