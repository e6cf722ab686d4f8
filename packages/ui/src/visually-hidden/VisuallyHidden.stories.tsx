import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { VisuallyHidden } from './VisuallyHidden.js';

const meta = {
  title: 'Page frame/VisuallyHidden',
  component: VisuallyHidden,
  parameters: {
    docs: {
      description: {
        component:
          'Chữ chỉ dành cho trình đọc màn hình, không hiện trên màn hình. Dùng để bổ sung ngữ cảnh cho liên kết hoặc nút ' +
          '(ví dụ "Thay đổi" + "họ và tên"). Không dùng để giấu nội dung mà người nhìn thấy cũng cần. ' +
          'Đã kiểm tra: tên truy cập của liên kết chứa phần chữ ẩn (Testing Library), axe trong Chromium ở cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof VisuallyHidden>;

export default meta;
type Story = StoryObj<typeof meta>;

export const InALink: Story = {
  render: () => (
    <a href="#ho-ten">
      Thay đổi<VisuallyHidden> họ và tên</VisuallyHidden>
    </a>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link')).toHaveAccessibleName(
      'Thay đổi họ và tên',
    );
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  render: () => (
    <a href="#full-name">
      Change<VisuallyHidden> full name</VisuallyHidden>
    </a>
  ),
};
