import type { Meta, StoryObj } from '@storybook/react-vite';
import { normalizeAnswers, type ServiceDefinition } from '@dvc/flows';
import { CheckAnswersPage } from '@dvc/flows/templates';
import type { ReactNode } from 'react';
import { examples, findService } from '../index.js';
import '@dvc/flows/templates.css';

function story(id: string) {
  const definition: ServiceDefinition | undefined = findService(id);
  const example = examples.find((e) => e.serviceId === id);
  if (!definition || !example) throw new Error(`no service ${id}`);
  const answers = normalizeAnswers(definition, {
    ...example.answers,
    'ho-ten': example.profile.fullName ?? '',
    'so-dinh-danh': example.profile.citizenId ?? '',
  });
  return { definition, answers };
}

const meta = {
  title: 'Flow templates/CheckAnswersPage',
  component: CheckAnswersPage,
  args: {
    ...story('dang-ky-khai-sinh'),
    action: '#',
    backHref: '#',
    changeHref: (c) => `#${c.pageId}-${c.fieldId}`,
  },
  parameters: {
    docs: {
      description: {
        component:
          'Trang kiểm tra lại thông tin: mọi câu trả lời sẽ được gửi, theo thứ tự trang, mỗi dòng có liên kết Thay đổi nêu rõ câu hỏi (phần ẩn cho trình đọc màn hình) và quay lại trang này sau khi sửa. Không cần JavaScript. Đã kiểm tra: axe (WCAG 2.2 A/AA, độ tương phản) ở tiếng Việt và tiếng Anh, tên liên kết không trùng nhau.',
      },
    },
  },
} satisfies Meta<typeof CheckAnswersPage>;
export default meta;
type Story = StoryObj<typeof meta>;

export const BirthRegistration: Story = {};

/** With the household members moving in, one line per member. */
export const PermanentResidence: Story = { args: story('dang-ky-thuong-tru') };

/** With the residence history since age 14. */
export const JudicialRecord: Story = { args: story('cap-phieu-ly-lich-tu-phap') };

export const MobileWidth: Story = {
  decorators: [(Story: () => ReactNode) => <div style={{ maxInlineSize: 360 }}>{Story()}</div>],
};

export const English: Story = { globals: { locale: 'en' } };
