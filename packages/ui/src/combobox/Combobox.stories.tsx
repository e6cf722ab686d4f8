import { communes, communesOf, provinces } from '@dvc/vn/places';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Combobox } from './Combobox.js';

const provinceOptions = provinces.map((p) => ({ value: p.code, label: p.name }));
const thaiNguyen = communesOf('19').map((c) => ({ value: c.code, label: c.name }));
const allCommunes = communes.map((c) => ({
  value: c.code,
  label: `${c.name}, ${c.provinceName}`,
}));

const meta = {
  title: 'Search and choice/Combobox',
  component: Combobox,
  args: { label: 'Tỉnh, thành phố', name: 'province', options: provinceOptions },
  parameters: {
    docs: {
      description: {
        component:
          'Ô chọn có tìm kiếm (mẫu combobox ARIA 1.2, danh sách gợi ý) cho danh sách dài: tỉnh, thành phố (34), xã, phường (đến 3.321), dân tộc, quốc tịch. ' +
          'Với danh sách ngắn (dưới khoảng 10 mục) hãy dùng nút chọn (radio) hoặc Select thường. ' +
          'Gõ để lọc, không cần dấu: "thai nguyen" tìm ra "Thái Nguyên", "bac can" tìm ra "Bắc Kạn" (tìm kiếm của @dvc/vn, bỏ qua dấu, hoa thường, cách đặt dấu, tên cũ). ' +
          'Phím: Mũi tên xuống mở danh sách và đi tới mục sau, Mũi tên lên đi tới mục trước (vòng lại ở hai đầu), Home/End tới mục đầu/cuối khi đang ở trong danh sách (nếu không, di chuyển con trỏ trong ô), ' +
          'Enter chọn mục đang đánh dấu (không có mục nào thì gửi biểu mẫu), Escape đóng danh sách, bấm lần nữa thì xoá ô. ' +
          'Số kết quả được đọc nhẹ nhàng (aria-live="polite"); chỉ hiển thị tối đa 50 mục, gõ thêm để thu hẹp. Khi đang gõ bằng bộ gõ (IME, ví dụ Telex trên điện thoại), việc tìm chờ gõ xong âm tiết, ô nhập không bị sửa giữa chừng. ' +
          'Không có JavaScript: máy chủ hiển thị <select> gốc với mọi mục (hoặc ô nhập + datalist với `fallback="datalist"`); sau khi hydrate được thay bằng combobox, giữ nguyên lựa chọn đã có. Cả hai cách đều gửi mã (value) của mục, bằng ô ẩn khi đã nâng cấp. ' +
          'Đã kiểm tra: các phím theo APG, aria-activedescendant, thông báo số kết quả, HTML từ máy chủ và FormData, hydrate (Testing Library); axe trên Chromium ở hai ngôn ngữ, cả lúc danh sách đang mở.',
      },
    },
  },
} satisfies Meta<typeof Combobox>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithHint: Story = {
  args: { hint: 'Nơi bạn đang sinh sống. Gõ tên không dấu cũng được, ví dụ "thai nguyen".' },
};

export const WithError: Story = {
  args: { error: 'Hãy chọn tỉnh, thành phố nơi bạn đang sinh sống.', required: true },
};

export const Filled: Story = { args: { defaultValue: '19' } };

export const Disabled: Story = { args: { defaultValue: '19', disabled: true } };

export const OpenWithResults: Story = {
  args: { label: 'Xã, phường, đặc khu', name: 'commune', options: thaiNguyen },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('combobox');
    await userEvent.type(input, 'bac can');
    await userEvent.keyboard('{ArrowDown}');
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getAllByRole('option')[0]).toHaveTextContent('Phường Bắc Kạn');
  },
};

export const AllCommunes: Story = {
  args: {
    label: 'Xã, phường, đặc khu (cả nước)',
    name: 'commune',
    options: allCommunes,
    fallback: 'datalist',
    hint: 'Gõ tên xã, phường và tên tỉnh, ví dụ "ba be thai nguyen".',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('combobox'));
    await expect(canvas.getAllByRole('option')).toHaveLength(50);
  },
};

export const LongVietnameseText: Story = {
  args: {
    label: 'Nơi đăng ký khai sinh (Ủy ban nhân dân xã, phường, đặc khu nơi cư trú của cha hoặc mẹ)',
    name: 'commune',
    options: thaiNguyen,
    defaultValue: '01843',
    hint: 'Nếu cha và mẹ cư trú ở hai nơi khác nhau, bạn có thể chọn nơi cư trú của một trong hai người.',
  },
};

export const MobileWidth: Story = {
  args: { defaultValue: '19' },
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 360 }}>
        <Story />
      </div>
    ),
  ],
};

export const English: Story = {
  args: { label: 'Province or city', hint: 'Where you live.' },
  globals: { locale: 'en' },
};
