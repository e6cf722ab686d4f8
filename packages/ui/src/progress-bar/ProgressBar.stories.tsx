import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from '../button/Button.js';
import { ProgressBar } from './ProgressBar.js';

const meta = {
  title: 'Feedback and content/ProgressBar',
  component: ProgressBar,
  args: { label: 'Tải lên giấy chứng sinh', value: 45 },
  parameters: {
    docs: {
      description: {
        component:
          'Thanh tiến độ cho việc đo được (tải tệp lên, xử lý nhiều hồ sơ): phần tử <progress> gốc có nhãn và phần trăm bên cạnh. ' +
          'Phần trăm chỉ được đọc lịch sự khi vượt qua mỗi mốc (mặc định 10 %) và khi xong, không đọc mỗi lần thay đổi. ' +
          'Không dùng cho các bước của biểu mẫu (hãy dùng ProgressIndicator) hay khi không đo được tiến độ (hãy dùng Spinner). ' +
          'Đã kiểm tra: nhãn, giá trị, thông báo theo mốc, dựng trên máy chủ, axe và độ tương phản trong Chromium, cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof ProgressBar>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Indeterminate: Story = { args: { value: undefined, label: 'Đang chuẩn bị tệp' } };

export const Complete: Story = { args: { value: 100 } };

function UploadDemo() {
  const [value, setValue] = useState(0);
  return (
    <div>
      <ProgressBar label="Tải lên giấy chứng sinh" value={value} />
      <Button
        type="button"
        variant="secondary"
        onClick={() => setValue((v) => Math.min(v + 15, 100))}
      >
        Tải thêm
      </Button>
    </div>
  );
}

export const AnnouncedAtSteps: Story = {
  render: () => <UploadDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const live = canvasElement.querySelector('[aria-live="polite"]');
    await userEvent.click(canvas.getByRole('button', { name: 'Tải thêm' }));
    await expect(live).toHaveTextContent('10');
    await userEvent.click(canvas.getByRole('button', { name: 'Tải thêm' }));
    await expect(live).toHaveTextContent('30');
  },
};

export const LongVietnameseText: Story = {
  args: {
    label:
      'Tải lên bản sao giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất',
    value: 72,
  },
};

export const MobileWidth: Story = {
  args: LongVietnameseText.args,
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 360 }}>
        <Story />
      </div>
    ),
  ],
};

export const English: Story = {
  args: { label: 'Uploading birth certificate', value: 45 },
  globals: { locale: 'en' },
};
