import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Footer } from './Footer.js';

const meta = {
  title: 'Page frame/Footer',
  component: Footer,
  args: {
    links: [
      { label: 'Hướng dẫn sử dụng', href: '#huong-dan' },
      { label: 'Tuyên bố về khả năng tiếp cận', href: '#tiep-can' },
      { label: 'Chính sách bảo vệ dữ liệu cá nhân', href: '#du-lieu' },
      { label: 'Liên hệ', href: '#lien-he' },
    ],
    operator: 'UBND tỉnh Thái Nguyên',
    owner: 'Văn phòng UBND tỉnh Thái Nguyên',
  },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Phần cuối của mọi trang: liên kết hỗ trợ (hướng dẫn, tuyên bố về khả năng tiếp cận, chính sách dữ liệu cá nhân, liên hệ), cơ quan vận hành hệ thống, giấy phép nội dung và dòng bản quyền. ' +
          'Không đặt ở đây thông tin người dùng cần để làm xong việc: đặt trong nội dung trang. ' +
          'Đã kiểm tra: là vùng contentinfo, các liên kết có một tiêu đề cấp 2 ẩn để trình đọc màn hình nhảy tới, vùng bấm cao 44 px, tự xuống dòng ở khung 360 px, axe không có lỗi ở cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof Footer>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    const link = within(canvasElement).getByRole('link', { name: 'Hướng dẫn sử dụng' });
    await expect(link).toHaveFocus();
    await expect(link.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
  },
};

export const WithHotline: Story = {
  args: { children: <p>Đường dây nóng hỗ trợ dịch vụ công: 0208 3855 xxx (giờ hành chính)</p> },
};

export const LongVietnameseText: Story = {
  args: {
    operator:
      'Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên, thuộc Văn phòng Ủy ban nhân dân tỉnh',
    owner:
      'Ủy ban nhân dân tỉnh Thái Nguyên. Giấy phép số 123/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch cấp',
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
    links: [
      { label: 'Help', href: '#huong-dan' },
      { label: 'Accessibility statement', href: '#tiep-can' },
      { label: 'Privacy notice', href: '#du-lieu' },
    ],
    operator: "Thai Nguyen Provincial People's Committee",
    owner: "Office of the Thai Nguyen Provincial People's Committee",
  },
  globals: { locale: 'en' },
};
