import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Button } from '../button/Button.js';
import { Dialog, DialogClose } from './Dialog.js';

const meta = {
  title: 'Dialogs/Dialog',
  component: Dialog,
  args: {
    title: 'Lưu bản nháp hồ sơ',
    description: 'Bản nháp được giữ trong 30 ngày. Bạn có thể quay lại tiếp tục bất cứ lúc nào.',
    defaultOpen: true,
    trigger: (
      <Button type="button" variant="secondary">
        Lưu bản nháp
      </Button>
    ),
    actions: (
      <DialogClose asChild>
        <Button type="button">Đã hiểu</Button>
      </DialogClose>
    ),
  },
  parameters: {
    docs: {
      description: {
        component:
          'Hộp thoại chặn (modal) dùng cho một việc ngắn cần người dùng chú ý ngay: xác nhận, cảnh báo hết phiên, thông tin bổ sung ngắn. ' +
          'Không dùng cho nội dung dài hay một bước của biểu mẫu: hãy dùng một trang riêng (không cần JavaScript, dễ quay lại). ' +
          'Luôn có tiêu đề (đặt tên cho hộp thoại), nút "Đóng" có chữ, Escape để đóng. Khi mở, tiêu điểm vào hộp thoại (đọc tiêu đề và mô tả trước), ' +
          'Tab chỉ đi vòng trong hộp thoại, phần trang phía sau bị ẩn với trình đọc màn hình; khi đóng, tiêu điểm trở về nút đã mở. ' +
          'Máy chủ luôn hiển thị hộp thoại ở trạng thái đóng. Dưới 40rem hộp thoại chiếm hết chiều ngang và cuộn bên trong (kiểm tra ở mức phóng to 200 % và 400 %). ' +
          'Đã kiểm tra: bàn phím (Tab, Shift+Tab, Escape, trả tiêu điểm) bằng Testing Library và play function; axe (WCAG 2.2 AA, gồm tương phản) trên Chromium ở cả tiếng Việt và tiếng Anh.',
      },
    },
  },
} satisfies Meta<typeof Dialog>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Open: Story = {};

export const WithContent: Story = {
  args: {
    title: 'Giấy tờ cần chuẩn bị',
    description: undefined,
    children: (
      <ul>
        <li>Giấy chứng sinh bản chính</li>
        <li>Căn cước của cha hoặc mẹ</li>
        <li>Giấy chứng nhận kết hôn (nếu có)</li>
      </ul>
    ),
  },
};

export const Closed: Story = {
  args: { defaultOpen: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: 'Lưu bản nháp' });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const page = within(canvasElement.ownerDocument.body);
    const dialog = await page.findByRole('dialog', { name: 'Lưu bản nháp hồ sơ' });
    await waitFor(() => expect(dialog).toHaveFocus());
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(trigger).toHaveFocus());
    await expect(page.queryByRole('dialog')).toBeNull();
  },
};

export const LongVietnameseText: Story = {
  args: {
    title:
      'Xác nhận thông tin người yêu cầu đăng ký khai sinh kết hợp đăng ký thường trú và cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
    description:
      'Thông tin của người yêu cầu (họ, chữ đệm và tên; số định danh cá nhân; quan hệ với người được khai sinh) sẽ được dùng cho cả ba thủ tục liên thông. Hãy kiểm tra kỹ trước khi tiếp tục vì sau khi gửi hồ sơ bạn không thể tự sửa các thông tin này.',
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
    title: 'Save your draft',
    description: 'Drafts are kept for 30 days. You can come back at any time.',
    trigger: (
      <Button type="button" variant="secondary">
        Save draft
      </Button>
    ),
    actions: (
      <DialogClose asChild>
        <Button type="button">Got it</Button>
      </DialogClose>
    ),
  },
  globals: { locale: 'en' },
};
