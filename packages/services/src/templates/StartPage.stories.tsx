import type { Meta, StoryObj } from '@storybook/react-vite';
import { StartPage } from '@dvc/flows/templates';
import type { ReactNode } from 'react';
import { getService } from '../index.js';
import '@dvc/flows/templates.css';

const meta = {
  title: 'Flow templates/StartPage',
  component: StartPage,
  args: { definition: getService('dang-ky-khai-sinh'), startHref: '#' },
  parameters: {
    docs: {
      description: {
        component:
          'Trang bắt đầu của một dịch vụ, viết bằng lời dễ hiểu từ định nghĩa dịch vụ: ai dùng được, giấy tờ cần chuẩn bị, lệ phí, thời gian giải quyết theo ngày làm việc, mức trực tuyến. Nút Bắt đầu là một liên kết trông như nút, dẫn tới câu hỏi điều kiện trước tiên; không cần JavaScript. Đã kiểm tra: axe (WCAG 2.2 A/AA, độ tương phản) ở tiếng Việt và tiếng Anh, thứ tự tiêu đề.',
      },
    },
  },
} satisfies Meta<typeof StartPage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A free service handled in one working day. */
export const BirthRegistration: Story = {};

/** A service with a fee, and a saved draft to resume. */
export const PermanentResidence: Story = {
  args: { definition: getService('dang-ky-thuong-tru'), resumeHref: '#' },
};

export const JudicialRecord: Story = {
  args: { definition: getService('cap-phieu-ly-lich-tu-phap') },
};

export const MobileWidth: Story = {
  decorators: [(Story: () => ReactNode) => <div style={{ maxInlineSize: 360 }}>{Story()}</div>],
};

export const English: Story = { globals: { locale: 'en' } };
