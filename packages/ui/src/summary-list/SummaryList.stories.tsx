import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SummaryList, type SummaryListRow } from './SummaryList.js';

const rows: SummaryListRow[] = [
  { key: 'Họ và tên', value: 'NGUYỄN THỊ ĐOÀN', actions: [{ href: '#ho-ten' }] },
  { key: 'Ngày sinh', value: '05/03/1990', actions: [{ href: '#ngay-sinh' }] },
  {
    key: 'Địa chỉ thường trú',
    value: 'Tổ 5, phường Bắc Kạn\ntỉnh Thái Nguyên',
    actions: [{ href: '#dia-chi' }],
  },
  { key: 'Số điện thoại', value: '', actions: [{ href: '#dien-thoai' }] },
];

const meta = {
  title: 'Feedback and content/SummaryList',
  component: SummaryList,
  args: { rows },
  parameters: {
    docs: {
      description: {
        component:
          'Danh sách câu hỏi và câu trả lời, dùng cho trang "Kiểm tra thông tin trước khi gửi" và trang chi tiết hồ sơ. ' +
          'Mỗi dòng có thể có liên kết "Thay đổi" quay lại đúng câu hỏi; liên kết có phần chữ ẩn nêu tên câu hỏi (ví dụ "Thay đổi họ và tên") để người dùng trình đọc màn hình biết liên kết sửa gì. ' +
          'Không dùng cho dữ liệu dạng bảng có nhiều cột: hãy dùng Table. Giá trị trống hiện "Chưa nhập". ' +
          'Đã kiểm tra: cấu trúc <dl>, tên liên kết, thứ tự Tab, dựng trên máy chủ, axe và độ tương phản trong Chromium, cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof SummaryList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: /họ và tên$/ })).toHaveFocus();
  },
};

export const WithoutActions: Story = {
  args: { rows: rows.map(({ key, value }) => ({ key, value })) },
};

export const Card: Story = {
  args: {
    cardTitle: 'Thành viên hộ gia đình thay đổi cùng',
    cardActions: [{ href: '#xoa', label: 'Xoá', visuallyHiddenText: 'thành viên NGUYỄN VĂN AN' }],
    rows: [
      { key: 'Họ và tên', value: 'NGUYỄN VĂN AN', actions: [{ href: '#tv-ho-ten' }] },
      { key: 'Quan hệ với chủ hộ', value: 'Con', actions: [{ href: '#tv-quan-he' }] },
    ],
  },
};

export const LongVietnameseText: Story = {
  args: {
    rows: [
      {
        key: 'Nơi đăng ký khai sinh trước đây (theo giấy tờ cũ, còn ghi cấp huyện)',
        value:
          'Ủy ban nhân dân xã Nông Thượng, thành phố Bắc Kạn, tỉnh Bắc Kạn (nay là phường Bắc Kạn, tỉnh Thái Nguyên)',
        actions: [{ href: '#noi-dang-ky' }],
      },
      {
        key: 'Giấy tờ đính kèm',
        value: 'giay-chung-sinh-nguyen-thi-doan.pdf\ngiay-chung-nhan-ket-hon-cua-cha-me.pdf',
        actions: [
          { href: '#doi-tep', label: 'Đổi tệp' },
          { href: '#xoa-tep', label: 'Xoá' },
        ],
      },
    ],
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
    cardTitle: 'Applicant',
    rows: [
      { key: 'Full name', value: 'NGUYỄN THỊ ĐOÀN', actions: [{ href: '#name' }] },
      { key: 'Phone number', value: '', actions: [{ href: '#phone' }] },
    ],
  },
  globals: { locale: 'en' },
};
