import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { CharacterCount } from './CharacterCount.js';

const meta = {
  title: 'Form parts/CharacterCount',
  component: CharacterCount,
  args: { name: 'purpose', label: 'Mục đích sử dụng phiếu lý lịch tư pháp', maxLength: 200 },
  parameters: {
    docs: {
      description: {
        component:
          'Ô nhập nhiều dòng có giới hạn số ký tự, đếm theo ký tự người đọc thấy (điểm mã NFC, "ễ" là một ký tự). ' +
          'Chỉ dùng khi có giới hạn thật (ví dụ trường của hệ thống một cửa). Không chặn gõ quá giới hạn: báo số ký tự vượt quá. ' +
          'Không có JavaScript: một gợi ý tĩnh nêu giới hạn. Có JavaScript: số ký tự còn lại cập nhật khi gõ, trình đọc màn hình ' +
          'được báo nhẹ nhàng (aria-live="polite") khi ngừng gõ, không phải mỗi phím. ' +
          'Đã kiểm tra: đếm chữ tổ hợp (NFD), báo trễ, số nhiều trong tiếng Anh, axe trong cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof CharacterCount>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox'), 'Xin việc');
    await expect(canvasElement.querySelector('.dvc-character-count__status')).toHaveTextContent(
      /192/,
    );
  },
};

export const WithHint: Story = { args: { hint: 'Ví dụ: bổ sung hồ sơ xin việc' } };

export const WithError: Story = { args: { error: 'Nhập mục đích sử dụng phiếu' } };

export const Filled: Story = { args: { defaultValue: 'Bổ sung hồ sơ xin việc tại Sở Nội vụ' } };

export const OverLimit: Story = {
  args: { maxLength: 20, defaultValue: 'Bổ sung hồ sơ xin việc tại Sở Nội vụ tỉnh Thái Nguyên' },
};

export const Disabled: Story = { args: { disabled: true, defaultValue: 'Không sửa được' } };

export const LongVietnameseText: Story = {
  args: {
    label:
      'Trình bày lý do đề nghị cấp phiếu lý lịch tư pháp số 2 và cơ quan, tổ chức yêu cầu nộp phiếu (nếu có)',
    hint: 'Phiếu số 2 ghi đầy đủ án tích, kể cả án tích đã được xoá; chỉ cấp cho chính người có yêu cầu.',
    defaultValue:
      'Theo yêu cầu của Sở Tư pháp tỉnh Thái Nguyên để hoàn thiện hồ sơ bổ nhiệm công chứng viên.',
  },
};

export const MobileWidth: Story = {
  args: { maxLength: 20, defaultValue: 'Bổ sung hồ sơ xin việc tại Sở Nội vụ' },
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 360 }}>
        <Story />
      </div>
    ),
  ],
};

export const English: Story = {
  args: { label: 'What do you need the certificate for?', maxLength: 20, defaultValue: 'A job' },
  globals: { locale: 'en' },
};
