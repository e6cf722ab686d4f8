import { Button } from '@dvc/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

/**
 * Guards the test run itself: each project must really render its stories in its locale,
 * or "every story passes axe in both locales" would silently check one locale twice.
 */
const meta = {
  title: 'Giới thiệu/Kiểm tra ngôn ngữ',
  component: Button,
  args: { busy: true, children: 'OK' },
} satisfies Meta<typeof Button>;

export default meta;
type Story = StoryObj<typeof meta>;

const busyText = { vi: 'Đang xử lý, vui lòng chờ', en: 'Working, please wait' } as const;

export const StartsInTheProjectLocale: Story = {
  play: async ({ canvasElement }) => {
    const expected =
      (globalThis as { __DVC_STORY_LOCALE__?: string }).__DVC_STORY_LOCALE__ === 'en' ? 'en' : 'vi';
    await expect(document.documentElement.lang).toBe(expected);
    await expect(within(canvasElement).getByRole('button')).toHaveAccessibleName(
      `OK (${busyText[expected]})`,
    );
  },
};
