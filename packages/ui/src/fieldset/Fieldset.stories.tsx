import type { Meta, StoryObj } from '@storybook/react-vite';
import { TextInput } from '../text-input/TextInput.js';
import { Fieldset } from './Fieldset.js';

const meta = {
  title: 'Form parts/Fieldset',
  component: Fieldset,
  args: {
    legend: 'Địa chỉ thường trú',
    children: (
      <>
        <TextInput name="fieldset-street" label="Số nhà, tên đường" autoComplete="address-line1" />
        <TextInput name="fieldset-commune" label="Xã, phường hoặc đặc khu" width={20} />
      </>
    ),
  },
  parameters: {
    docs: {
      description: {
        component:
          'Nhóm nhiều ô nhập trả lời cho một câu hỏi (địa chỉ, ngày tháng, lựa chọn). Chú thích (legend) là câu hỏi; ' +
          'khi trang chỉ có một câu hỏi, đặt isPageHeading để chú thích chứa thẻ h1. ' +
          'Đã kiểm tra: trình đọc màn hình đọc tên nhóm khi vào ô đầu tiên; axe trong cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof Fieldset>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const PageHeading: Story = { args: { isPageHeading: true, legend: 'Bạn đang sống ở đâu?' } };

export const Disabled: Story = { args: { disabled: true } };

export const LongVietnameseText: Story = {
  args: {
    legend:
      'Địa chỉ nơi thường trú của người được khai sinh theo đơn vị hành chính hai cấp sau ngày 1 tháng 7 năm 2025',
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
    legend: 'Permanent address',
    children: <TextInput name="fieldset-street-en" label="House number and street" />,
  },
  globals: { locale: 'en' },
};
