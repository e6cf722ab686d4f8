import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { TaskList, type TaskListSection } from './TaskList.js';

const sections: TaskListSection[] = [
  {
    title: 'Thông tin hồ sơ',
    items: [
      { id: 'nguoi-yeu-cau', title: 'Người yêu cầu', href: '#nguoi-yeu-cau', status: 'completed' },
      {
        id: 'tre',
        title: 'Thông tin của trẻ',
        href: '#tre',
        hint: 'Họ, chữ đệm và tên, ngày sinh, nơi sinh',
        status: 'inProgress',
      },
      { id: 'cha-me', title: 'Cha và mẹ', href: '#cha-me', status: 'notStarted' },
      { id: 'giay-to', title: 'Giấy tờ đính kèm', href: '#giay-to', status: 'notStarted' },
    ],
  },
  {
    title: 'Gửi hồ sơ',
    items: [{ id: 'gui', title: 'Kiểm tra và gửi hồ sơ', href: '#gui', status: 'cannotStart' }],
  },
];

const meta = {
  title: 'Feedback and content/TaskList',
  component: TaskList,
  args: { sections },
  parameters: {
    docs: {
      description: {
        component:
          'Danh sách việc cần làm của một hồ sơ dài, chia theo nhóm, mỗi việc có trạng thái: Chưa bắt đầu, Đang làm, Đã xong, Chưa thể bắt đầu. Người dùng làm theo thứ tự tuỳ ý và quay lại sau. ' +
          'Không dùng cho thủ tục ngắn đi theo một chiều (hãy dùng các trang một câu hỏi với ProgressIndicator). ' +
          'Liên kết của mỗi việc được mô tả bằng gợi ý và trạng thái (aria-describedby); việc chưa thể bắt đầu là chữ thường, không phải liên kết. Cả dòng là vùng bấm. ' +
          'Đã kiểm tra: thứ tự Tab, mô tả liên kết, dựng trên máy chủ, axe và độ tương phản trong Chromium, cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof TaskList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Người yêu cầu' })).toHaveFocus();
  },
};

export const AllDone: Story = {
  args: {
    sections: [
      {
        items: sections[0]?.items.map((item) => ({ ...item, status: 'completed' as const })) ?? [],
      },
    ],
  },
};

export const LongVietnameseText: Story = {
  args: {
    sections: [
      {
        title: 'Thông tin về nơi cư trú trước đây và các thành viên hộ gia đình thay đổi cùng',
        items: [
          {
            id: 'cu-tru',
            title: 'Quá trình cư trú từ đủ 14 tuổi đến nay, kể cả thời gian ở nước ngoài',
            hint: 'Ghi theo địa chỉ cũ nếu giấy tờ còn ghi cấp huyện; hệ thống sẽ đổi sang xã, phường mới',
            href: '#cu-tru',
            status: 'inProgress',
          },
        ],
      },
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
  args: {
    sections: [
      {
        title: 'About the application',
        items: [
          { id: 'a', title: 'Applicant', href: '#a', status: 'completed' },
          { id: 'b', title: 'The child', href: '#b', status: 'inProgress' },
          { id: 'c', title: 'Parents', href: '#c', status: 'notStarted' },
          { id: 'd', title: 'Check and send', status: 'cannotStart' },
        ],
      },
    ],
  },
  globals: { locale: 'en' },
};
