import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Accordion } from './Accordion.js';

const meta = {
  title: 'Page frame/Accordion',
  component: Accordion,
  args: {
    headingLevel: 2,
    sections: [
      {
        heading: 'Giấy tờ cần chuẩn bị',
        summary: 'Bản chính hoặc bản điện tử',
        content: (
          <ul>
            <li>Giấy chứng sinh (bản chính).</li>
            <li>Thẻ căn cước của cha hoặc mẹ.</li>
            <li>Giấy chứng nhận kết hôn, nếu cha mẹ đã đăng ký kết hôn.</li>
          </ul>
        ),
      },
      { heading: 'Lệ phí', content: <p>Miễn lệ phí khi đăng ký khai sinh đúng hạn (60 ngày).</p> },
      {
        heading: 'Thời hạn giải quyết',
        content: (
          <p>Ngay trong ngày làm việc; nhận hồ sơ sau 15 giờ thì trả kết quả ngày hôm sau.</p>
        ),
      },
    ],
  },
  parameters: {
    docs: {
      description: {
        component:
          'Dùng khi một trang có nhiều mục thông tin mà người dùng chỉ cần đọc một vài mục (ví dụ các phần của một thủ tục: giấy tờ, lệ phí, thời hạn). ' +
          'Không dùng cho nội dung mọi người đều phải đọc, không dùng cho các bước của biểu mẫu; một mục trợ giúp đơn lẻ thì dùng Details. ' +
          'Khi tắt JavaScript (và trong HTML máy chủ) mọi mục đều mở dưới tiêu đề thường, không có nút nào; sau khi hydrate các tiêu đề thành nút có aria-expanded, aria-controls và các mục đóng lại. ' +
          'Đã kiểm tra: Enter và Space mở/đóng một mục, mọi nút nằm trong thứ tự Tab, mũi tên lên/xuống, Home, End di chuyển giữa các tiêu đề (mẫu accordion của ARIA APG), ' +
          'nút "Mở tất cả / Đóng tất cả", trạng thái được viết bằng chữ (Mở/Đóng) bên cạnh mũi tên, hydrate không lệch HTML máy chủ, vùng bấm cao 44 px, axe không có lỗi ở cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof Accordion>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const KeyboardOpensAndCloses: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.tab();
    const first = canvas.getByRole('button', { name: /^Giấy tờ cần chuẩn bị/ });
    await expect(first).toHaveFocus();
    await expect(first.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    await userEvent.keyboard('{Enter}');
    await expect(first).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByText('Giấy chứng sinh (bản chính).')).toBeVisible();
    await userEvent.keyboard(' ');
    await expect(first).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('button', { name: /^Lệ phí/ })).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('button', { name: /^Thời hạn/ })).toHaveFocus();
  },
};

export const AllOpen: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /^(Mở tất cả|Show all sections)$/ }));
    await expect(
      canvas.getByRole('button', { name: /^(Đóng tất cả|Hide all sections)$/ }),
    ).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByText(/Ngay trong ngày làm việc/)).toBeVisible();
  },
};

export const OneOpenByDefault: Story = {
  args: {
    sections: meta.args.sections.map((section, index) => ({
      ...section,
      defaultOpen: index === 0,
    })),
  },
};

export const LongVietnameseText: Story = {
  args: {
    headingLevel: 3,
    sections: [
      {
        heading:
          'Trường hợp cha, mẹ là người dân tộc thiểu số, tên có dấu nháy hoặc gạch nối và giấy tờ còn ghi địa chỉ cấp huyện cũ',
        summary:
          'Khai đúng như trên thẻ căn cước; địa chỉ cũ sẽ được chuyển sang xã, phường mới sau ngày 1 tháng 7 năm 2025',
        content: (
          <p>
            Ví dụ: SÙNG A TỦA, H&apos;Hen Niê. Nếu không biết xã, phường mới, hãy dùng công cụ tra
            địa chỉ cũ sang mới ở bước khai địa chỉ.
          </p>
        ),
        defaultOpen: true,
      },
      { heading: 'Lệ phí', content: <p>Miễn lệ phí.</p> },
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
      { heading: 'Documents you need', content: <p>The original birth certificate.</p> },
      { heading: 'Fees', content: <p>No fee when you register within 60 days.</p> },
    ],
  },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('button', { name: /^Fees\s*,\s*Show this section$/ }),
    ).toHaveAttribute('aria-expanded', 'false');
  },
};
