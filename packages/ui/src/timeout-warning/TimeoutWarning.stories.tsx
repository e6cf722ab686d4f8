import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { TimeoutWarning } from './TimeoutWarning.js';

const meta = {
  title: 'Dialogs/TimeoutWarning',
  component: TimeoutWarning,
  args: {
    remainingSeconds: 120,
    warnBeforeSeconds: 120,
    onContinue: fn(),
    onSignOut: fn(),
    onTimeout: fn(),
  },
  parameters: {
    docs: {
      description: {
        component:
          'Cảnh báo trước khi phiên làm việc hết hạn (WCAG 2.2.1: người dùng được báo trước và được gia hạn). Đặt một lần trong khung trang của người đã đăng nhập; truyền `expiresAt` (thời điểm hết phiên từ máy chủ) hoặc `remainingSeconds`. ' +
          'Hộp thoại (role="alertdialog") mở trước `warnBeforeSeconds` giây (mặc định 120), tiêu điểm đặt ở nút "Tiếp tục". Đồng hồ đếm ngược trên màn hình cập nhật mỗi giây nhưng không phải vùng thông báo; ' +
          'một vùng aria-live riêng (ẩn) chỉ đọc thời gian còn lại ở các mốc 30 giây một lần, rồi 15 và 10 giây, để trình đọc màn hình không nói liên tục. ' +
          '"Tiếp tục" gọi `onContinue` (ví dụ gọi máy chủ gia hạn; trả về promise thì nút ở trạng thái bận, lỗi thì báo và giữ hộp thoại). ' +
          'Escape được coi là "Tiếp tục": đó là lựa chọn không làm mất gì, và người vừa bấm phím rõ ràng vẫn đang ở đây. Bấm ra ngoài hộp thoại không làm gì. ' +
          '"Đăng xuất" gọi `onSignOut` hoặc là liên kết tới `signOutHref`. Khi hết giờ, `onTimeout` được gọi một lần (ví dụ chuyển tới trang "Phiên đã hết, bản nháp đã được lưu"). ' +
          'Không có JavaScript thì không có cảnh báo: máy chủ phải lưu bản nháp và đưa người dùng về trang giải thích khi phiên hết. ' +
          'Đã kiểm tra: đồng hồ giả (vi.useFakeTimers) trong 2 phút chỉ có 5 lần thông báo với nội dung đúng, tiêu điểm, Tab bị giữ trong hộp thoại, Escape, gia hạn, hết giờ; axe trên Chromium ở hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof TimeoutWarning>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Open: Story = {
  play: async ({ canvasElement }) => {
    const page = within(canvasElement.ownerDocument.body);
    const dialog = await page.findByRole('alertdialog');
    await waitFor(() => expect(within(dialog).getAllByRole('button')[0]).toHaveFocus());
  },
};

export const LastSeconds: Story = { args: { remainingSeconds: 45 } };

export const SignOutLink: Story = {
  args: { onSignOut: undefined, signOutHref: '#dang-xuat' },
};

export const ContinueFailed: Story = {
  args: { onContinue: fn(() => Promise.reject(new Error('503'))) },
  play: async ({ canvasElement }) => {
    const page = within(canvasElement.ownerDocument.body);
    const dialog = await page.findByRole('alertdialog');
    await userEvent.click(within(dialog).getAllByRole('button')[0] as HTMLElement);
    await expect(await within(dialog).findByRole('alert')).toBeVisible();
  },
};

export const LongVietnameseText: Story = {
  args: {
    title: 'Phiên làm việc trên Cổng dịch vụ công của tỉnh sắp kết thúc',
    body: 'Để bảo vệ thông tin cá nhân của bạn, phiên làm việc sẽ tự kết thúc nếu bạn không thao tác trong một thời gian. Hồ sơ đăng ký khai sinh kết hợp đăng ký thường trú và cấp thẻ bảo hiểm y tế bạn đang khai đã được lưu thành bản nháp; bạn có thể đăng nhập lại để tiếp tục.',
    continueLabel: 'Tiếp tục khai hồ sơ',
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
