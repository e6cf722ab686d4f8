import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { Panel } from './Panel.js';

const meta = {
  title: 'Feedback and content/Panel',
  component: Panel,
  args: {
    code: 'HS-19-2026-000123',
    children: <p>Chúng tôi đã gửi mã hồ sơ đến số điện thoại và thư điện tử của bạn.</p>,
  },
  parameters: {
    docs: {
      description: {
        component:
          'Khung xác nhận trên trang "Đã gửi hồ sơ": tiêu đề (thẻ h1 của trang) và mã hồ sơ chữ lớn để người dân ghi lại hoặc sao chép. ' +
          'Chỉ dùng trên trang xác nhận sau khi hoàn tất một thủ tục, không dùng cho thông báo khác (hãy dùng Alert). ' +
          'Nút sao chép chỉ hiện khi có JavaScript; khi trình duyệt không cho sao chép, mã được chọn sẵn để bấm Ctrl+C, kết quả được đọc qua vùng thông báo lịch sự. Khi in, khung có viền đen, nền trắng, không in nút. ' +
          'Nền khung là màu thành công của @dvc/tokens, nên mỗi chủ đề tự áp dụng. ' +
          'Đã kiểm tra: bàn phím, thông báo, HTML máy chủ không có nút, axe và độ tương phản trong Chromium, cả hai ngôn ngữ, chủ đề mặc định, tương phản cao và Thái Nguyên.',
      },
    },
  },
} satisfies Meta<typeof Panel>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithoutCopy: Story = { args: { copyable: false } };

export const LongVietnameseText: Story = {
  args: {
    title: 'Đã gửi hồ sơ liên thông đăng ký khai sinh, đăng ký thường trú và cấp thẻ bảo hiểm y tế',
    code: 'HS-19-2026-LT-000000123456',
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

/** In the high-contrast theme, whose success colour is darker. */
export const HighContrastTheme: Story = {
  globals: { theme: 'high-contrast' },
  play: async ({ canvasElement }) => {
    // The theme's own success colour (#004d26).
    const panel = canvasElement.querySelector('.dvc-panel');
    await expect(panel).not.toBeNull();
    await expect(getComputedStyle(panel as Element).backgroundColor).toBe('rgb(0, 77, 38)');
  },
};

/** In a provincial theme. */
export const ThaiNguyenTheme: Story = { globals: { theme: 'thai-nguyen' } };

export const English: Story = {
  args: { children: <p>We have sent the reference to your phone and email.</p> },
  globals: { locale: 'en' },
};
