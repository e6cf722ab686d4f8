import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { PhaseBanner } from './PhaseBanner.js';

const meta = {
  title: 'Page frame/PhaseBanner',
  component: PhaseBanner,
  args: { phase: 'beta', feedbackHref: '#gop-y' },
  parameters: {
    docs: {
      description: {
        component:
          'Đặt ngay dưới phần đầu trang khi dịch vụ còn mới (thử nghiệm, beta) hoặc là bản trình diễn, để người dùng biết và gửi góp ý. ' +
          'Không dùng cho thông báo tạm thời (mất điện, bảo trì): dùng Alert. Giai đoạn được viết bằng chữ trong nhãn, không chỉ bằng màu. ' +
          'Đã kiểm tra: liên kết góp ý tới được bằng phím Tab, viền tiêu điểm rõ, tương phản màu đạt AA, axe không có lỗi ở cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof PhaseBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Beta: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('link')).toHaveFocus();
  },
};

export const Alpha: Story = { args: { phase: 'alpha' } };

export const Demo: Story = {
  args: { phase: 'demo' },
};

export const DemoWithOwnText: Story = {
  args: {
    phase: 'demo',
    children:
      'Đây là bản trình diễn: đăng nhập VNeID là giả lập và hồ sơ gửi ở đây không được cơ quan nào xử lý.',
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

export const English: Story = { globals: { locale: 'en' } };
