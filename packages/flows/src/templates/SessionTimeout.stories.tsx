import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { SessionTimeout } from './SessionTimeout.js';
import './templates.css';

const meta = {
  title: 'Flow templates/SessionTimeout',
  component: SessionTimeout,
  args: {
    expiresAt: Date.now() + 90_000,
    extendUrl: 'data:application/json,{}',
    signOutHref: '#dang-xuat',
    warnBeforeSeconds: 120,
  },
  parameters: {
    docs: {
      description: {
        component:
          'Cảnh báo hết phiên của luồng dịch vụ: TimeoutWarning của @dvc/ui gắn với thời điểm hết phiên. Tiếp tục gửi POST tới địa chỉ gia hạn và đếm lại; Đăng xuất là liên kết; lời nhắn cho biết hồ sơ đã được lưu. Không hiện gì khi dựng trên máy chủ. Đã kiểm tra: axe (WCAG 2.2 A/AA, độ tương phản) ở tiếng Việt và tiếng Anh, hộp thoại nhận tiêu điểm.',
      },
    },
  },
} satisfies Meta<typeof SessionTimeout>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Less time left than the warning period: the dialog is open and says the draft is kept. */
export const Warning: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('alertdialog');
    await expect(dialog).toHaveTextContent(/đã được lưu|has been saved/u);
  },
};

export const English: Story = { globals: { locale: 'en' } };
