import type { Meta, StoryObj } from '@storybook/react-vite';
import { Select } from './Select.js';

const options = [
  { value: '', text: 'Chọn cách nhận kết quả' },
  { value: 'truc-tiep', text: 'Nhận trực tiếp tại bộ phận một cửa' },
  { value: 'buu-dien', text: 'Nhận qua dịch vụ bưu chính công ích' },
  { value: 'dien-tu', text: 'Nhận bản điện tử qua tài khoản định danh' },
];

const meta = {
  title: 'Form parts/Select',
  component: Select,
  args: { name: 'delivery', label: 'Bạn muốn nhận kết quả bằng cách nào?', options },
  parameters: {
    docs: {
      description: {
        component:
          'Danh sách thả xuống gốc (<select>). Chỉ dùng khi có nhiều lựa chọn và người dùng biết mình cần chọn gì; ' +
          'với ít lựa chọn (dưới khoảng 7) hãy dùng Radios để thấy hết. Không tự gửi biểu mẫu khi đổi lựa chọn. ' +
          'Đã kiểm tra: nhãn, gợi ý, lỗi theo thứ tự aria-describedby, bàn phím, gửi biểu mẫu không cần JavaScript, axe cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof Select>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithHint: Story = {
  args: { hint: 'Nhận qua bưu chính có thể mất thêm 2 ngày làm việc' },
};

export const WithError: Story = { args: { error: 'Chọn cách nhận kết quả' } };

export const Filled: Story = { args: { defaultValue: 'buu-dien' } };

export const Disabled: Story = { args: { disabled: true } };

export const LongVietnameseText: Story = {
  args: {
    label:
      'Bạn muốn nhận kết quả giải quyết thủ tục hành chính và bản sao giấy khai sinh bằng cách nào?',
    hint: 'Nếu nhận trực tiếp, hãy mang theo thẻ căn cước và giấy biên nhận hồ sơ có mã hồ sơ',
    error: 'Chọn một cách nhận kết quả trong danh sách',
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
    label: 'How do you want to receive the result?',
    options: [
      { value: '', text: 'Choose how to receive it' },
      { value: 'in-person', text: 'In person at the one-stop desk' },
      { value: 'post', text: 'By post' },
    ],
  },
  globals: { locale: 'en' },
};
