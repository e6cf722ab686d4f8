import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { CitizenIdInput } from './CitizenIdInput.js';

const meta = {
  title: 'Form parts/CitizenIdInput',
  component: CitizenIdInput,
  args: { name: 'citizen-id', label: 'Số định danh cá nhân' },
  parameters: {
    docs: {
      description: {
        component:
          'Số định danh cá nhân 12 chữ số (in trên thẻ căn cước). Bàn phím số, tắt tự điền; nhóm 4-4-4 khi rời ô, không định dạng khi đang gõ. ' +
          'Giá trị gửi đi có thể có dấu cách: máy chủ chuẩn hoá bằng validateCitizenId(...).value (chỉ còn chữ số), kể cả khi tắt JavaScript. ' +
          'Không kiểm tra "số kiểm tra" (số định danh không có). Khi giới tính hoặc năm sinh đã nhập khác với số định danh, hiện lưu ý nhẹ, không chặn gửi. ' +
          'Không đưa số định danh vào URL hay nhật ký. Đã kiểm tra: định dạng khi rời ô, lưu ý đọc qua aria-describedby và aria-live, axe cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof CitizenIdInput>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox');
    await userEvent.type(input, '001085012345');
    await expect(input).toHaveValue('001085012345');
    await userEvent.tab();
    await expect(input).toHaveValue('0010 8501 2345');
  },
};

export const WithError: Story = { args: { error: 'Nhập số định danh cá nhân gồm 12 chữ số' } };

export const Filled: Story = { args: { defaultValue: '0010 8501 2345' } };

export const SoftWarning: Story = {
  args: { defaultValue: '0010 8501 2345', sex: 'female', birthYear: 1990 },
};

export const Disabled: Story = { args: { disabled: true, defaultValue: '0010 8501 2345' } };

export const LongVietnameseText: Story = {
  args: {
    label:
      'Số định danh cá nhân của người yêu cầu cấp phiếu lý lịch tư pháp (in trên thẻ căn cước)',
    hint: 'Nếu bạn chỉ có chứng minh nhân dân 9 số cũ, hãy nhập ở câu hỏi "Số chứng minh nhân dân cũ" phía dưới',
    defaultValue: '0010 8501 2345',
    sex: 'female',
  },
};

export const MobileWidth: Story = {
  args: { defaultValue: '0010 8501 2345', birthYear: 1990 },
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 360 }}>
        <Story />
      </div>
    ),
  ],
};

export const English: Story = {
  args: { label: 'Personal ID number', defaultValue: '0010 8501 2345', sex: 'female' },
  globals: { locale: 'en' },
};
