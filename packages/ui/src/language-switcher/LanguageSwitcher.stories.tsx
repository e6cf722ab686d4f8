import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { LanguageSwitcher } from './LanguageSwitcher.js';

const meta = {
  title: 'Page frame/LanguageSwitcher',
  component: LanguageSwitcher,
  args: {
    current: 'vi',
    languages: [
      { code: 'vi', label: 'Tiếng Việt', href: '?lang=vi' },
      { code: 'en', label: 'English', href: '?lang=en' },
    ],
  },
  parameters: {
    docs: {
      description: {
        component:
          'Đặt trong phần đầu trang (prop languageSwitcher của Header) khi trang có nhiều ngôn ngữ. Mỗi ngôn ngữ là một liên kết thường tới cùng trang ở ngôn ngữ đó, ' +
          'nên đổi được ngôn ngữ khi tắt JavaScript. Tên ngôn ngữ viết bằng chính ngôn ngữ đó và có thuộc tính lang, hrefLang để trình đọc màn hình đọc đúng giọng. ' +
          'Ngôn ngữ đang dùng không phải liên kết, được đánh dấu aria-current và in đậm (không chỉ khác màu). Không dùng cờ quốc gia thay cho tên ngôn ngữ. ' +
          'Đã kiểm tra: phím Tab chỉ dừng ở các ngôn ngữ khác, vùng bấm 44 px, viền tiêu điểm rõ, axe không có lỗi ở cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof LanguageSwitcher>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    const link = canvas.getByRole('link', { name: 'English' });
    await expect(link).toHaveFocus();
    await expect(link.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    await expect(canvas.getByText('Tiếng Việt')).toHaveAttribute('aria-current', 'true');
  },
};

export const ThreeLanguages: Story = {
  args: {
    languages: [
      { code: 'vi', label: 'Tiếng Việt', href: '?lang=vi' },
      { code: 'en', label: 'English', href: '?lang=en' },
      { code: 'tyz', label: 'Tày', href: '?lang=tyz' },
    ],
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
  args: { current: 'en' },
  globals: { locale: 'en' },
};
