import type { Meta, StoryObj } from '@storybook/react-vite';
import { Label } from './Label.js';

const meta = {
  title: 'Form parts/Label',
  component: Label,
  args: { htmlFor: 'label-demo', children: 'Họ, chữ đệm và tên' },
  decorators: [
    (Story) => (
      <div>
        <Story />
        <input id="label-demo" className="dvc-input" />
      </div>
    ),
  ],
  parameters: {
    docs: {
      description: {
        component:
          'Nhãn của một ô nhập. Thường không dùng trực tiếp: TextInput, Textarea, Select… đã có sẵn nhãn. ' +
          'Khi trang chỉ hỏi một câu, đặt isPageHeading để nhãn nằm trong thẻ h1. ' +
          'Đã kiểm tra: nhãn đặt tên cho ô nhập (for/id), axe trong cả tiếng Việt và tiếng Anh.',
      },
    },
  },
} satisfies Meta<typeof Label>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const PageHeading: Story = {
  args: { isPageHeading: true, children: 'Họ và tên của bạn là gì?' },
};

export const LongVietnameseText: Story = {
  args: {
    children:
      'Họ, chữ đệm và tên của người đứng tên đăng ký thường trú theo giấy khai sinh hoặc thẻ căn cước',
  },
};

export const MobileWidth: Story = {
  args: { children: 'Nơi đăng ký khai sinh (xã, phường, đặc khu; tỉnh, thành phố)' },
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 360 }}>
        <Story />
      </div>
    ),
  ],
};

export const English: Story = { args: { children: 'Full name' }, globals: { locale: 'en' } };
