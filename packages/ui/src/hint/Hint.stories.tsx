import type { Meta, StoryObj } from '@storybook/react-vite';
import { Hint } from './Hint.js';

const meta = {
  title: 'Form parts/Hint',
  component: Hint,
  args: { children: 'Ví dụ: 27/3/2007' },
  parameters: {
    docs: {
      description: {
        component:
          'Gợi ý ngắn dưới nhãn: định dạng cần nhập, hoặc nơi tìm thông tin. Không dùng cho thông tin dài: hãy viết trên trang. ' +
          'Ô nhập trỏ tới gợi ý bằng aria-describedby để trình đọc màn hình đọc sau nhãn. Đã kiểm tra axe trong cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof Hint>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const LongVietnameseText: Story = {
  args: {
    children:
      'Nhập đúng như trên giấy khai sinh hoặc thẻ căn cước, kể cả dấu thanh; người dân tộc thiểu số có thể có tên như "SÙNG A TỦA" hoặc "H\'Hen Niê".',
  },
};

export const MobileWidth: Story = {
  args: { children: 'Số định danh cá nhân gồm 12 chữ số, in trên thẻ căn cước' },
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 360 }}>
        <Story />
      </div>
    ),
  ],
};

export const English: Story = {
  args: { children: 'For example, 27 3 2007' },
  globals: { locale: 'en' },
};
