import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Breadcrumbs } from './Breadcrumbs.js';

const meta = {
  title: 'Page frame/Breadcrumbs',
  component: Breadcrumbs,
  args: {
    items: [
      { label: 'Trang chủ', href: '#trang-chu' },
      { label: 'Thủ tục hành chính', href: '#thu-tuc' },
      { label: 'Hộ tịch', href: '#ho-tich' },
      { label: 'Đăng ký khai sinh' },
    ],
  },
  parameters: {
    docs: {
      description: {
        component:
          'Dùng trên các trang nằm sâu trong cây trang (danh mục thủ tục, trang thông tin) để người dùng biết mình đang ở đâu và đi lên cấp trên. ' +
          'Không dùng trong các bước của một biểu mẫu: ở đó dùng BackLink. Mục cuối là trang hiện tại, không phải liên kết, có aria-current="page". ' +
          'Trên khung hẹp (dưới 30rem, theo container query) chỉ giữ mục đầu, trang cấp trên và trang hiện tại; tắt bằng collapseOnMobile={false}. ' +
          'Đã kiểm tra: là vùng điều hướng có tên "Đường dẫn", danh sách có thứ tự, phím Tab đi qua các liên kết theo thứ tự, vùng bấm cao 44 px, ' +
          'dấu phân cách là hình vẽ bằng CSS nên không bị đọc, axe không có lỗi ở cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof Breadcrumbs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const LongVietnameseText: Story = {
  args: {
    items: [
      { label: 'Trang chủ', href: '#trang-chu' },
      { label: 'Thủ tục hành chính thuộc thẩm quyền của Ủy ban nhân dân cấp xã', href: '#thu-tuc' },
      { label: 'Lĩnh vực hộ tịch, quốc tịch và chứng thực', href: '#ho-tich' },
      {
        label:
          'Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi',
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
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('link', { name: 'Thủ tục hành chính' })).toBeNull();
    await expect(canvas.getByRole('link', { name: 'Hộ tịch' })).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Trang chủ' })).toBeVisible();
  },
};

export const MobileWidthNotCollapsed: Story = {
  args: { collapseOnMobile: false },
  decorators: MobileWidth.decorators,
};

export const English: Story = {
  args: {
    items: [
      { label: 'Home', href: '#trang-chu' },
      { label: 'Public services', href: '#thu-tuc' },
      { label: 'Civil status', href: '#ho-tich' },
      { label: 'Birth registration' },
    ],
  },
  globals: { locale: 'en' },
};
