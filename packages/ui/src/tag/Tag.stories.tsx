import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
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
          'Màu lấy từ mã màu trạng thái của @dvc/tokens (nền nhạt, chữ đậm, viền màu trạng thái), nên mỗi chủ đề tự áp dụng. ' +
          'Đã kiểm tra: độ tương phản chữ trên nền của cả năm màu trong chủ đề mặc định, tương phản cao và Thái Nguyên (axe trong Chromium, cả tiếng Việt và tiếng Anh), chế độ tương phản cao của Windows (có viền).',
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

const tag = (text: HTMLElement) => text.closest('.dvc-tag') ?? text;

/** Every variant in the high-contrast theme: white tints, so the status edge keeps each tag's shape. */
export const HighContrastTheme: Story = {
  render: AllVariants.render,
  globals: { theme: 'high-contrast' },
  play: async ({ canvas }) => {
    // The theme's own status colours reach the tag (#004d26 success, #5c3200 warning).
    const success = getComputedStyle(tag(canvas.getByText('Đã duyệt')));
    await expect(success.color).toBe('rgb(0, 77, 38)');
    await expect(success.borderTopColor).toBe('rgb(0, 77, 38)');
    await expect(getComputedStyle(tag(canvas.getByText('Cần bổ sung'))).color).toBe(
      'rgb(92, 50, 0)',
    );
  },
};

/** Every variant in a provincial theme, which brings its own information colours. */
export const ThaiNguyenTheme: Story = {
  render: AllVariants.render,
  globals: { theme: 'thai-nguyen' },
  play: async ({ canvas }) => {
    // Thái Nguyên's information tint (#e6f1f6) and text (#17445c).
    const info = getComputedStyle(tag(canvas.getByText('Đang xử lý')));
    await expect(info.backgroundColor).toBe('rgb(230, 241, 246)');
    await expect(info.color).toBe('rgb(23, 68, 92)');
  },
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
