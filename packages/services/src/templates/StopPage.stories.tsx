import type { Meta, StoryObj } from '@storybook/react-vite';
import { type Stop } from '@dvc/flows';
import { StopPage } from '@dvc/flows/templates';
import { findService } from '../index.js';
import '@dvc/flows/templates.css';

function stopOf(id: string): Stop {
  const stop = findService(id)
    ?.eligibility.flatMap((q) => q.options)
    .find((o) => o.stop)?.stop;
  if (!stop) throw new Error(`no stop in ${id}`);
  return stop;
}

const meta = {
  title: 'Flow templates/StopPage',
  component: StopPage,
  args: { stop: stopOf('dang-ky-khai-sinh'), backHref: '#' },
  parameters: {
    docs: {
      description: {
        component:
          'Trang dừng sau câu hỏi điều kiện: nói rõ vì sao dịch vụ này không phù hợp và nên đến đâu, theo định nghĩa dịch vụ. Không có biểu mẫu; Quay lại để đổi câu trả lời. Đã kiểm tra: axe (WCAG 2.2 A/AA, độ tương phản) ở tiếng Việt và tiếng Anh.',
      },
    },
  },
} satisfies Meta<typeof StopPage>;
export default meta;
type Story = StoryObj<typeof meta>;

export const BirthRegistration: Story = {};

export const PermanentResidence: Story = { args: { stop: stopOf('dang-ky-thuong-tru') } };

export const English: Story = { globals: { locale: 'en' } };
