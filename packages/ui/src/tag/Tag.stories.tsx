import type { Meta, StoryObj } from '@storybook/react-vite';
import { Tag } from './Tag.js';

const meta = {
  title: 'Feedback and content/Tag',
  component: Tag,
  args: { children: 'Đang xử lý', variant: 'info' },
  parameters: {
    docs: {
      description: {
        component:
          'Nhãn ngắn cho biết trạng thái của một mục (ví dụ trạng thái hồ sơ). Không dùng nhãn làm nút hay liên kết, và không dùng để nhấn mạnh một câu bình thường. ' +
          'Nhãn luôn có chữ: màu (và biểu tượng, nếu có) chỉ nhắc lại điều chữ đã nói. Biểu tượng được ẩn khỏi trình đọc màn hình. ' +
          'Đã kiểm tra: độ tương phản chữ trên nền của cả năm màu (axe trong Chromium, cả tiếng Việt và tiếng Anh), chế độ tương phản cao của Windows (có viền).',
      },
    },
  },
} satisfies Meta<typeof Tag>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Neutral: Story = { args: { variant: 'neutral', children: 'Bản nháp' } };
export const Info: Story = {};
export const Success: Story = { args: { variant: 'success', children: 'Đã duyệt' } };
export const Warning: Story = { args: { variant: 'warning', children: 'Cần bổ sung' } };
export const ErrorVariant: Story = {
  name: 'Error',
  args: { variant: 'error', children: 'Bị từ chối' },
};

export const AllVariants: Story = {
  render: () => (
    <p style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
      <Tag>Bản nháp</Tag>
      <Tag variant="info">Đang xử lý</Tag>
      <Tag variant="success">Đã duyệt</Tag>
      <Tag variant="warning">Cần bổ sung</Tag>
      <Tag variant="error">Bị từ chối</Tag>
    </p>
  ),
};

export const LongVietnameseText: Story = {
  args: {
    variant: 'warning',
    children: 'Yêu cầu bổ sung giấy chứng sinh và giấy xác nhận tình trạng hôn nhân của cha mẹ',
  },
};

export const MobileWidth: Story = {
  ...LongVietnameseText,
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 360 }}>
        <Story />
      </div>
    ),
  ],
};

export const English: Story = {
  args: { variant: 'success', children: 'Approved' },
  globals: { locale: 'en' },
};
