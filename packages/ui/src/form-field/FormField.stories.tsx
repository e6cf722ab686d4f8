import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { FormField, useFormField, type FieldControlProps } from './FormField.js';

/** A bare native input wired the way TextInput, Textarea, Select and FileUpload wire theirs. */
function WiredInput(props: FieldControlProps) {
  const { field, control, rest } = useFormField(props);
  return (
    <FormField {...field}>
      <input type="text" {...control} {...rest} />
    </FormField>
  );
}

const meta = {
  title: 'Form parts/Internals/FormField',
  component: WiredInput,
  args: { name: 'ho-ten', label: 'Họ, chữ đệm và tên' },
  parameters: {
    docs: {
      description: {
        component:
          'Phần dùng chung (không xuất ra ngoài @dvc/ui) gắn nhãn, gợi ý và lỗi cho mọi ô nhập của bộ công cụ: ' +
          'nhãn trỏ tới ô (for), ô được mô tả bởi gợi ý rồi đến lỗi (aria-describedby), aria-invalid chỉ khi có lỗi, ' +
          'và lớp .dvc-input chung cho khung ô. Nhà thiết kế xem ở đây cách ba phần xếp với nhau; ' +
          'cách dùng cụ thể xem TextInput, Textarea, Select, FileUpload.',
      },
    },
  },
} satisfies Meta<typeof WiredInput>;

export default meta;
type Story = StoryObj<typeof meta>;

export const LabelOnly: Story = {};

export const WithHint: Story = {
  args: { hint: 'Nhập đúng như trên thẻ căn cước, kể cả dấu thanh' },
};

export const WithError: Story = {
  args: { hint: 'Nhập đúng như trên thẻ căn cước', error: 'Nhập họ, chữ đệm và tên' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAttribute('aria-describedby', 'ho-ten-hint ho-ten-error');
    await expect(input).toHaveClass('dvc-input', 'dvc-input--error');
  },
};

export const PageHeading: Story = {
  args: { isPageHeading: true, labelSize: 'l', hint: 'Một câu hỏi trên một trang' },
};

export const LongVietnameseText: Story = {
  args: {
    label: 'Họ, chữ đệm và tên của người đi đăng ký khai sinh thay cho cha hoặc mẹ của trẻ',
    hint: 'Ghi đầy đủ, có dấu, đúng như trên giấy tờ tùy thân; nếu có tên gọi khác thì ghi ở phần ghi chú phía sau',
    error: 'Họ, chữ đệm và tên chỉ gồm chữ cái, dấu cách và dấu gạch nối; vui lòng gõ lại',
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
