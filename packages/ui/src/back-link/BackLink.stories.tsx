import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { BackLink } from './BackLink.js';

const meta = {
  title: 'Page frame/BackLink',
  component: BackLink,
  args: { href: '#buoc-truoc' },
  parameters: {
    docs: {
      description: {
        component:
          'Dùng ở đầu các trang trong một quy trình nhiều bước để người dùng quay lại bước trước. Đặt phía trên tiêu đề trang. ' +
          'Luôn truyền địa chỉ thật của bước trước (href bắt buộc), không dùng history.back(), nên liên kết chạy được khi tắt JavaScript. ' +
          'Không dùng trên trang xác nhận cuối cùng hay trang không nằm trong một quy trình. ' +
          'Đã kiểm tra: tới được bằng phím Tab, viền tiêu điểm rõ, vùng bấm cao 44 px, mũi tên chỉ là trang trí (nhãn là chữ), axe không có lỗi ở cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof BackLink>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Focused: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    const link = within(canvasElement).getByRole('link');
    await expect(link).toHaveFocus();
    await expect(link.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
  },
};

export const LongVietnameseText: Story = {
  args: { children: 'Quay lại bước khai báo thông tin người yêu cầu đăng ký khai sinh' },
};

export const MobileWidth: Story = {
  args: { children: 'Quay lại bước khai báo thông tin người yêu cầu đăng ký khai sinh' },
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 360 }}>
        <Story />
      </div>
    ),
  ],
};

export const English: Story = { globals: { locale: 'en' } };
