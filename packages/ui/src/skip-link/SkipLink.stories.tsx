import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SkipLink } from './SkipLink.js';

const meta = {
  title: 'Page frame/SkipLink',
  component: SkipLink,
  decorators: [
    (Story) => (
      <div>
        <Story />
        <p>Nhấn phím Tab để thấy liên kết bỏ qua.</p>
        <nav aria-label="Danh mục chính">
          <a href="#trang-chu">Trang chủ</a>
        </nav>
        <main id="noi-dung" tabIndex={-1}>
          <h1>Đăng ký khai sinh</h1>
          <p>Nội dung chính của trang.</p>
        </main>
      </div>
    ),
  ],
  parameters: {
    docs: {
      description: {
        component:
          'Đặt làm liên kết đầu tiên trong <body> của mọi trang, trước phần đầu trang. Liên kết ẩn cho đến khi nhận tiêu điểm bằng bàn phím, ' +
          'rồi đưa người dùng qua phần đầu trang đến nội dung chính. Phần tử đích cần có id="noi-dung" (hoặc giá trị href khác) và tabIndex={-1}. ' +
          'Không dùng để nhảy giữa các phần trong một trang dài: dùng mục lục. ' +
          'Đã kiểm tra: là điểm dừng đầu tiên khi nhấn Tab, hiện rõ khi nhận tiêu điểm, ' +
          'nhấn Enter là điều hướng theo mảnh (#noi-dung) của chính trình duyệt, nên tiêu điểm chuyển đến nội dung chính mà không cần JavaScript (chưa tự động hoá trong Storybook vì điều hướng làm đứt phiên chạy thử); là liên kết thường trong HTML máy chủ nên chạy được khi tắt JavaScript, axe không có lỗi ở cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof SkipLink>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Focused: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    const link = canvas.getByRole('link', { name: /nội dung chính|main content/ });
    await expect(link).toHaveFocus();
    await expect(link.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
  },
};

export const LongVietnameseText: Story = {
  args: { children: 'Bỏ qua phần đầu trang và danh mục, đến thẳng biểu mẫu đăng ký khai sinh' },
  play: async () => {
    await userEvent.tab();
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
  play: async () => {
    await userEvent.tab();
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(
      within(canvasElement).getByRole('link', { name: 'Skip to main content' }),
    ).toHaveFocus();
  },
};
