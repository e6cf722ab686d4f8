import type { Meta, StoryObj } from '@storybook/react-vite';
import { DeclarationPage } from '@dvc/flows/templates';
import type { ReactNode } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { getService } from '../index.js';
import '@dvc/flows/templates.css';

const khaiSinh = getService('dang-ky-khai-sinh');

const meta = {
  title: 'Flow templates/DeclarationPage',
  component: DeclarationPage,
  args: { definition: khaiSinh, action: '#', backHref: '#' },
  parameters: {
    docs: {
      description: {
        component:
          'Trang cam kết và đồng ý xử lý dữ liệu cá nhân: thông báo mục đích, dữ liệu, bên nhận và thời gian lưu hiện trước; mỗi mục đích một ô đánh dấu, không ô nào được đánh dấu sẵn, người dân phải tự đánh dấu. Thiếu ô bắt buộc thì máy chủ (`acceptDeclaration`) trả lại trang với tóm tắt lỗi. Đã kiểm tra: axe (WCAG 2.2 A/AA, độ tương phản) ở tiếng Việt và tiếng Anh, bàn phím (Space đánh dấu).',
      },
    },
  },
} satisfies Meta<typeof DeclarationPage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing is ticked at first; Space ticks a box from the keyboard. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const boxes = within(canvasElement).getAllByRole('checkbox');
    for (const box of boxes) await expect(box).not.toBeChecked();
    (boxes[0] as HTMLElement).focus();
    await userEvent.keyboard(' ');
    await expect(boxes[0]).toBeChecked();
  },
};

/** A post without a required consent: the error summary links to its box. */
export const MissingConsent: Story = {
  args: {
    missing: khaiSinh.declaration.purposes.filter((p) => p.required).map((p) => p.id),
  },
};

export const JudicialRecord: Story = {
  args: { definition: getService('cap-phieu-ly-lich-tu-phap') },
};

export const MobileWidth: Story = {
  decorators: [(Story: () => ReactNode) => <div style={{ maxInlineSize: 360 }}>{Story()}</div>],
};

export const English: Story = { globals: { locale: 'en' } };
