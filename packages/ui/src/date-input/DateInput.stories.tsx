import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { DateInput } from './DateInput.js';

const meta = {
  title: 'Form parts/DateInput',
  component: DateInput,
  args: { name: 'dob', legend: 'Ngày sinh', hint: 'Ví dụ: 27 3 2007' },
  parameters: {
    docs: {
      description: {
        component:
          'Ngày tháng nhập bằng ba ô (ngày, tháng, năm), không dùng <input type="date"> vì trình duyệt hiển thị theo ngôn ngữ máy. ' +
          'Dùng cho ngày người dùng biết (ngày sinh, ngày cấp). Có thể chỉ hỏi tháng/năm hoặc năm (precision). ' +
          'Lỗi chỉ tô các ô sai (errorFields); liên kết trong ErrorSummary trỏ tới ô sai đầu tiên (dateInputFieldId). ' +
          'Tên gửi đi: name-day, name-month, name-year. Đã kiểm tra: nhóm có chú thích, từng ô có nhãn, bàn phím, ' +
          'gửi biểu mẫu không cần JavaScript, axe trong cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof DateInput>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const fields = canvas.getAllByRole('textbox');
    await userEvent.click(fields[0] as HTMLElement);
    await userEvent.keyboard('27');
    await userEvent.tab();
    await expect(fields[1]).toHaveFocus();
  },
};

export const WithoutHint: Story = { args: { hint: undefined } };

export const WithError: Story = {
  args: {
    error: 'Ngày sinh phải có tháng',
    errorFields: ['month'],
    defaultValue: { day: '27', year: '2007' },
  },
};

export const WithErrorOnAllFields: Story = { args: { error: 'Nhập ngày sinh' } };

export const Filled: Story = { args: { defaultValue: { day: '27', month: '3', year: '2007' } } };

export const Disabled: Story = {
  args: { disabled: true, defaultValue: { day: '27', month: '3', year: '2007' } },
};

export const MonthAndYear: Story = {
  args: {
    legend: 'Bạn bắt đầu sống ở địa chỉ này từ khi nào?',
    hint: 'Ví dụ: 7 2025',
    precision: 'month-year',
  },
};

export const YearOnly: Story = {
  args: { legend: 'Năm sinh của mẹ', hint: 'Nếu không nhớ ngày, chỉ cần năm', precision: 'year' },
};

export const PageHeading: Story = {
  args: { legend: 'Bạn sinh ngày nào?', isPageHeading: true, autoCompleteBirthday: true },
};

export const LongVietnameseText: Story = {
  args: {
    legend:
      'Ngày, tháng, năm sinh của người được đăng ký khai sinh theo giấy chứng sinh do cơ sở y tế cấp',
    hint: 'Nếu sinh ở nhà, không có giấy chứng sinh, nhập ngày theo văn bản xác nhận của người làm chứng',
    error: 'Ngày sinh không được sau ngày hôm nay; hãy kiểm tra lại năm sinh',
    errorFields: ['year'],
  },
};

export const MobileWidth: Story = {
  args: { error: 'Nhập ngày sinh' },
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
    legend: 'Date of birth',
    hint: 'For example, 27 3 2007',
    error: 'Date of birth must include a month',
    errorFields: ['month'],
  },
  globals: { locale: 'en' },
};
