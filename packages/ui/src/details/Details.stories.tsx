import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Details } from './Details.js';

const meta = {
  title: 'Page frame/Details',
  component: Details,
  args: {
    summary: 'Tôi không có thẻ căn cước',
    children: (
      <p>
        Bạn có thể dùng hộ chiếu Việt Nam còn hạn. Nếu không có giấy tờ nào, hãy đến bộ phận một cửa
        của xã để được hướng dẫn.
      </p>
    ),
  },
  parameters: {
    docs: {
      description: {
        component:
          'Dùng để giấu phần giải thích mà phần lớn người dùng không cần, ví dụ "Tôi không có thẻ căn cước". ' +
          'Không dùng cho thông tin mọi người đều phải đọc, và không lồng nhiều hộp trong nhau; nhiều mục liên quan thì dùng Accordion. ' +
          'Dựng trên <details>/<summary> gốc của trình duyệt nên chạy được khi tắt JavaScript. ' +
          'Đã kiểm tra: tới được bằng phím Tab, mở và đóng bằng Enter và Space (hành vi gốc của trình duyệt), trạng thái mở/đóng được trình đọc màn hình đọc, viền tiêu điểm rõ, vùng bấm cao 44 px, ' +
          'hình tam giác không phải cách duy nhất báo trạng thái, axe không có lỗi ở cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof Details>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Open: Story = { args: { open: true } };

// Enter and Space on <summary> are the browser's own behaviour, which simulated key events
// cannot trigger; this checks the keyboard stop, the visible focus and the toggle.
export const KeyboardFocus: Story = {
  play: async ({ canvasElement }) => {
    const details = canvasElement.querySelector('details');
    const summary = canvasElement.querySelector('summary');
    await userEvent.tab();
    await expect(summary).toHaveFocus();
    await expect(getComputedStyle(summary as HTMLElement).backgroundColor).toBe(
      'rgb(255, 191, 71)',
    );
    await userEvent.click(summary as HTMLElement);
    await expect(details).toHaveAttribute('open');
    await expect(within(canvasElement).getByText(/hộ chiếu Việt Nam/)).toBeVisible();
    await userEvent.click(summary as HTMLElement);
    await expect(details).not.toHaveAttribute('open');
  },
};

export const LongVietnameseText: Story = {
  args: {
    open: true,
    summary:
      'Tôi là người dân tộc thiểu số, tên có dấu nháy hoặc gạch nối và giấy tờ cũ còn ghi địa chỉ cấp huyện',
    children: (
      <p>
        Hãy khai tên đúng như trên thẻ căn cước, kể cả dấu nháy (ví dụ H&apos;Hen Niê) và gạch nối.
        Địa chỉ cũ có cấp huyện sẽ được chuyển sang xã, phường mới sau ngày 1 tháng 7 năm 2025.
      </p>
    ),
  },
};

export const MobileWidth: Story = {
  args: { open: true },
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
    summary: 'I do not have a citizen ID card',
    children: <p>You can use a valid Vietnamese passport instead.</p>,
  },
  globals: { locale: 'en' },
};
