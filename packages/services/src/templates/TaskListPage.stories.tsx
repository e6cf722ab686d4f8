import type { Meta, StoryObj } from '@storybook/react-vite';
import { TaskListPage } from '@dvc/flows/templates';
import type { ReactNode } from 'react';
import { examples, getService } from '../index.js';
import '@dvc/flows/templates.css';

const lyLich = getService('cap-phieu-ly-lich-tu-phap');
const answers = examples.find((e) => e.serviceId === lyLich.id)?.answers ?? {};
const partly = Object.fromEntries(
  Object.entries(answers).filter(([id]) => id !== 'qua-trinh-cu-tru' && id !== 'so-ban'),
);

const meta = {
  title: 'Flow templates/TaskListPage',
  component: TaskListPage,
  args: {
    definition: lyLich,
    answers: partly,
    stepHref: (id: string) => `#${id}`,
    checkAnswersHref: '#kiem-tra',
    validation: { today: new Date(2026, 0, 20) },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Danh sách các bước cho dịch vụ dài: các bước trên lộ trình của người dân, nhóm theo phần, mỗi bước có trạng thái bằng chữ (màu chỉ nhắc lại). Bước Kiểm tra lại thông tin chỉ mở khi mọi bước đã xong. Đã kiểm tra: axe (WCAG 2.2 A/AA, độ tương phản) ở tiếng Việt và tiếng Anh; trạng thái gắn với liên kết bằng aria-describedby.',
      },
    },
  },
} satisfies Meta<typeof TaskListPage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Some steps done, the residence history still to do. */
export const InProgress: Story = {};

/** Nothing answered yet. */
export const NotStarted: Story = { args: { answers: {} } };

/** Everything answered: check-your-answers opens. */
export const Complete: Story = { args: { answers } };

/** After a definition change, a step to answer again. */
export const Reask: Story = { args: { answers: partly, reask: ['ho-ten-cha'] } };

export const MobileWidth: Story = {
  decorators: [(Story: () => ReactNode) => <div style={{ maxInlineSize: 360 }}>{Story()}</div>],
};

export const English: Story = { globals: { locale: 'en' } };
