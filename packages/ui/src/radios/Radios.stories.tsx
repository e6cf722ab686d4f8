import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { TextInput } from '../text-input/TextInput.js';
import { Radios } from './Radios.js';

const meta = {
  title: 'Form parts/Radios',
  component: Radios,
  args: {
    name: 'requester',
    legend: 'Bạn là ai của người được khai sinh?',
    items: [
      { value: 'cha', label: 'Cha' },
      { value: 'me', label: 'Mẹ' },
      { value: 'ong-ba', label: 'Ông hoặc bà', hint: 'Nội hoặc ngoại' },
      {
        value: 'khac',
        label: 'Người khác',
        conditional: (
          <TextInput name="requester-other" label="Quan hệ với người được khai sinh" width={20} />
        ),
      },
    ],
  },
  parameters: {
    docs: {
      description: {
        component:
          'Chọn một trong ít lựa chọn (nút chọn gốc trong nhóm có chú thích). Dùng khi người dùng chỉ chọn một; ' +
          'nhiều lựa chọn cùng lúc thì dùng Checkboxes, danh sách dài thì dùng Select. Không chọn sẵn đáp án. ' +
          'Câu hỏi con hiện dưới lựa chọn được chọn; không có JavaScript mọi câu hỏi con đều hiện và dùng được. ' +
          'Đã kiểm tra: phím mũi tên, gợi ý từng lựa chọn (aria-describedby), gửi biểu mẫu không cần JavaScript, axe cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof Radios>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getAllByRole('radio')[3] as HTMLElement);
    await userEvent.tab();
    await expect(canvas.getByRole('textbox')).toHaveFocus();
  },
};

export const WithHint: Story = { args: { hint: 'Người đi đăng ký phải mang theo thẻ căn cước' } };

export const WithError: Story = { args: { error: 'Chọn bạn là ai của người được khai sinh' } };

export const Filled: Story = { args: { defaultValue: 'khac' } };

export const Disabled: Story = { args: { disabled: true, defaultValue: 'me' } };

export const InlineSmall: Story = {
  args: {
    name: 'copies-needed',
    legend: 'Bạn có cần bản sao không?',
    inline: true,
    small: true,
    items: [
      { value: 'co', label: 'Có' },
      { value: 'khong', label: 'Không' },
    ],
  },
};

export const PageHeading: Story = { args: { isPageHeading: true } };

export const LongVietnameseText: Story = {
  args: {
    legend:
      'Bạn muốn nhận kết quả giải quyết thủ tục đăng ký khai sinh và các giấy tờ kèm theo bằng cách nào?',
    items: [
      {
        value: 'truc-tiep',
        label:
          'Nhận trực tiếp tại Bộ phận tiếp nhận và trả kết quả của Ủy ban nhân dân xã, phường, đặc khu',
        hint: 'Mang theo giấy biên nhận có mã hồ sơ và thẻ căn cước của người đi nhận',
      },
      {
        value: 'buu-chinh',
        label: 'Nhận qua dịch vụ bưu chính công ích tại địa chỉ thường trú hoặc nơi ở hiện tại',
        dividerBefore: true,
      },
    ],
  },
};

export const MobileWidth: Story = {
  args: { error: 'Chọn một', defaultValue: 'khac' },
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
    legend: 'How are you related to the child?',
    items: [
      { value: 'father', label: 'Father' },
      { value: 'mother', label: 'Mother' },
      { value: 'other', label: 'Someone else', dividerBefore: true },
    ],
  },
  globals: { locale: 'en' },
};
