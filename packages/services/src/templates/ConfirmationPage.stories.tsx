import type { Meta, StoryObj } from '@storybook/react-vite';
import { ConfirmationPage } from '@dvc/flows/templates';
import type { ReactNode } from 'react';
import { expect, within } from 'storybook/test';
import { examples, getService } from '../index.js';
import '@dvc/flows/templates.css';

const meta = {
  title: 'Flow templates/ConfirmationPage',
  component: ConfirmationPage,
  args: {
    definition: getService('dang-ky-khai-sinh'),
    code: 'KS-2026-000123',
    submittedAt: new Date('2026-01-23T03:00:00Z'),
    lookupHref: '#',
    answers: examples[0]?.answers ?? {},
  },
  parameters: {
    docs: {
      description: {
        component:
          'Trang xác nhận đã gửi hồ sơ: khung mã hồ sơ, việc tiếp theo và ngày hẹn trả kết quả (tính theo ngày làm việc, bỏ thứ Bảy, Chủ nhật), biên nhận in riêng được nhờ bảng in trong templates.css. Nút In biên nhận chỉ hiện khi có JavaScript; không có JavaScript vẫn in bằng trình duyệt. Đã kiểm tra: axe (WCAG 2.2 A/AA, độ tương phản) ở tiếng Việt và tiếng Anh.',
      },
    },
  },
} satisfies Meta<typeof ConfirmationPage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** With JavaScript the print button is there. */
export const BirthRegistration: Story = {
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('button', { name: /biên nhận|receipt/iu }),
    ).toBeVisible();
  },
};

/** Ten working days: the due date skips the weekends. */
export const JudicialRecord: Story = {
  args: {
    definition: getService('cap-phieu-ly-lich-tu-phap'),
    code: 'LLTP-2026-004567',
    answers: examples[2]?.answers ?? {},
  },
};

export const MobileWidth: Story = {
  decorators: [(Story: () => ReactNode) => <div style={{ maxInlineSize: 360 }}>{Story()}</div>],
};

export const English: Story = { globals: { locale: 'en' } };
