import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Pagination } from './Pagination.js';

const meta = {
  title: 'Page frame/Pagination',
  component: Pagination,
  args: { page: 5, pageCount: 12, hrefFor: (p: number) => `#trang-${String(p)}` },
  parameters: {
    docs: {
      description: {
        component:
          'Dùng dưới một danh sách dài chia thành nhiều trang (danh sách hồ sơ, kết quả tìm kiếm thủ tục). Không dùng để chia các bước của một biểu mẫu. ' +
          'Mọi nút là liên kết thường tạo từ hrefFor(trang), nên chạy được khi tắt JavaScript; luôn hiện trang đầu, trang cuối, trang hiện tại và hai trang bên cạnh, phần còn lại là dấu "…". ' +
          'Trang hiện tại có aria-current="page", nền đặc và chữ đậm (không chỉ khác màu); mỗi số có tên "Trang N" cho trình đọc màn hình. ' +
          'Đã kiểm tra: vùng điều hướng tên "Phân trang", phím Tab đi theo thứ tự trước - số - sau, vùng bấm 44 x 44 px, tự xuống dòng ở khung 360 px, axe không có lỗi ở cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof Pagination>;

export default meta;
type Story = StoryObj<typeof meta>;

export const MiddlePage: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: /Trang trước|Previous/ })).toHaveFocus();
    const current = canvas.getByRole('link', { name: /^(Trang|Page) 5$/ });
    await expect(current).toHaveAttribute('aria-current', 'page');
    const box = current.getBoundingClientRect();
    await expect(box.width).toBeGreaterThanOrEqual(44);
    await expect(box.height).toBeGreaterThanOrEqual(44);
  },
};

export const FirstPage: Story = { args: { page: 1 } };

export const LastPage: Story = { args: { page: 12 } };

export const FewPages: Story = { args: { page: 2, pageCount: 3 } };

export const ManyPages: Story = { args: { page: 1234, pageCount: 2500 } };

export const MobileWidth: Story = {
  args: { page: 1234, pageCount: 2500 },
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 360 }}>
        <Story />
      </div>
    ),
  ],
};

export const English: Story = { globals: { locale: 'en' } };
