import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ConfirmDialog } from './ConfirmDialog.js';

const meta = {
  title: 'Dialogs/ConfirmDialog',
  component: ConfirmDialog,
  args: {
    question: 'Xoá bản nháp này?',
    description: 'Bản nháp đã xoá thì không khôi phục được.',
    triggerLabel: 'Xoá bản nháp',
    confirmLabel: 'Xoá bản nháp',
    confirmVariant: 'warning',
    fallbackHref: '/ho-so/ban-nhap/123/xoa',
    defaultOpen: true,
    onConfirm: fn(),
  },
  parameters: {
    docs: {
      description: {
        component:
          'Hỏi lại trước một hành động khó hoàn tác (xoá bản nháp, rút hồ sơ, gửi hồ sơ). Không dùng cho hành động thường ngày: hỏi quá nhiều khiến người dùng bấm "Đồng ý" theo thói quen. ' +
          'Nút xác nhận nên nói rõ việc sẽ làm ("Xoá bản nháp", không chỉ "Đồng ý"); hành động phá huỷ dùng `confirmVariant="warning"` và tiêu điểm bắt đầu ở nút "Huỷ". ' +
          '`onConfirm` có thể trả về promise: nút xác nhận ở trạng thái bận (giữ nhãn, đọc "Đang xử lý") cho đến khi xong, Escape và "Huỷ" tạm thời không dùng được; nếu lỗi, hộp thoại giữ nguyên và báo lỗi (role="alert"). ' +
          'Không có JavaScript: truyền `fallbackHref` tới một trang xác nhận do máy chủ hiển thị (câu hỏi + biểu mẫu POST với nút xác nhận và liên kết quay lại). Máy chủ và lúc đang hydrate hiển thị nút mở là liên kết tới trang đó; sau khi hydrate, liên kết được thay bằng nút mở hộp thoại. ' +
          'Đã kiểm tra: tiêu điểm vào/ra, Escape, trạng thái bận, lỗi, HTML từ máy chủ (liên kết) và hydrate (Testing Library); axe trên Chromium ở hai ngôn ngữ, kể cả trạng thái bận và lỗi.',
      },
    },
  },
} satisfies Meta<typeof ConfirmDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Destructive: Story = {};

export const NotDestructive: Story = {
  args: {
    question: 'Gửi hồ sơ đăng ký khai sinh?',
    description: 'Sau khi gửi, bạn không thể sửa hồ sơ cho đến khi cơ quan tiếp nhận phản hồi.',
    triggerLabel: 'Gửi hồ sơ',
    triggerVariant: 'primary',
    confirmLabel: 'Gửi hồ sơ',
    confirmVariant: 'primary',
  },
};

export const Busy: Story = {
  args: { onConfirm: fn(() => new Promise<void>(() => undefined)) },
  play: async ({ canvasElement }) => {
    const page = within(canvasElement.ownerDocument.body);
    const dialog = await page.findByRole('alertdialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Xoá bản nháp' }));
    await waitFor(() =>
      expect(within(dialog).getAllByRole('button')[1]).toHaveAttribute('aria-disabled', 'true'),
    );
  },
};

export const Failed: Story = {
  args: { onConfirm: fn(() => Promise.reject(new Error('Mất kết nối'))) },
  play: async ({ canvasElement }) => {
    const page = within(canvasElement.ownerDocument.body);
    const dialog = await page.findByRole('alertdialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Xoá bản nháp' }));
    await expect(await within(dialog).findByRole('alert')).toBeVisible();
  },
};

export const Closed: Story = {
  args: { defaultOpen: false },
  play: async ({ canvasElement, args }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'Xoá bản nháp' });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const page = within(canvasElement.ownerDocument.body);
    const dialog = await page.findByRole('alertdialog');
    // A destructive question starts on the safe choice: Enter cancels.
    await waitFor(() => expect(within(dialog).getAllByRole('button').at(-1)).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(trigger).toHaveFocus());
    await expect(args.onConfirm).not.toHaveBeenCalled();
  },
};

export const LongVietnameseText: Story = {
  args: {
    question: 'Rút hồ sơ đăng ký khai sinh kết hợp đăng ký thường trú và cấp thẻ bảo hiểm y tế?',
    description:
      'Hồ sơ đã rút sẽ không được cơ quan tiếp nhận xử lý tiếp. Lệ phí đã nộp (nếu có) được hoàn theo quy định. Bạn vẫn có thể nộp lại hồ sơ mới bất cứ lúc nào.',
    triggerLabel: 'Rút hồ sơ',
    confirmLabel: 'Rút hồ sơ và nhận lại lệ phí đã nộp',
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
    question: 'Delete this draft?',
    description: 'A deleted draft cannot be recovered.',
    triggerLabel: 'Delete draft',
    confirmLabel: 'Delete draft',
  },
  globals: { locale: 'en' },
};
