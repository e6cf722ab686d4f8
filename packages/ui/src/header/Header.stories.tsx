import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { LanguageSwitcher } from '../language-switcher/LanguageSwitcher.js';
import { Header } from './Header.js';

/** A stand-in emblem for the stories: decorative, the organisation name is written beside it. */
function Emblem() {
  return (
    <svg viewBox="0 0 40 40" width="40" height="40" aria-hidden="true" focusable="false">
      <circle cx="20" cy="20" r="19" fill="#ffbf47" stroke="#fff" strokeWidth="2" />
      <polygon
        points="20,7 23.5,16.5 33.5,16.5 25.5,22.5 28.5,32 20,26 11.5,32 14.5,22.5 6.5,16.5 16.5,16.5"
        fill="#a3161a"
      />
    </svg>
  );
}

const languages = (current: string) => (
  <LanguageSwitcher
    current={current}
    languages={[
      { code: 'vi', label: 'Tiếng Việt', href: '?lang=vi' },
      { code: 'en', label: 'English', href: '?lang=en' },
    ]}
  />
);

const meta = {
  title: 'Page frame/Header',
  component: Header,
  args: {
    emblem: <Emblem />,
    organisationName: 'Cổng Dịch vụ công tỉnh Thái Nguyên',
    organisationHref: '#trang-chu',
    serviceName: 'Đăng ký khai sinh',
    serviceHref: '#khai-sinh',
    languageSwitcher: languages('vi'),
    navigation: [
      { label: 'Thủ tục hành chính', href: '#thu-tuc', current: true },
      { label: 'Tra cứu hồ sơ', href: '#tra-cuu' },
      { label: 'Thanh toán trực tuyến', href: '#thanh-toan' },
      { label: 'Hỏi đáp', href: '#hoi-dap' },
    ],
  },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Phần đầu của mọi trang: cơ quan vận hành (quốc huy hoặc biểu trưng và tên), tên dịch vụ dẫn về trang bắt đầu, chỗ cho bộ chọn ngôn ngữ và người dùng đã đăng nhập, và danh mục chính. ' +
          'Đặt sau SkipLink và trước <main>. Trên màn hình hẹp các phần tự xuống dòng, không có nút menu cần JavaScript và không ẩn mục nào. ' +
          'Hình quốc huy chỉ để trang trí (alt=""), tên cơ quan luôn được viết ra. ' +
          'Đã kiểm tra: là vùng banner, danh mục có tên "Danh mục chính" và mục hiện tại có aria-current="page" (gạch đậm bên dưới, không chỉ khác màu), ' +
          'phím Tab đi theo thứ tự nhìn thấy, vùng bấm cao 44 px, viền tiêu điểm rõ trên nền đỏ, HTML máy chủ không có nút nào, axe không có lỗi ở cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof Header>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    const home = canvas.getByRole('link', { name: 'Cổng Dịch vụ công tỉnh Thái Nguyên' });
    await expect(home).toHaveFocus();
    await expect(home.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
  },
};

export const SignedIn: Story = {
  args: {
    user: (
      <>
        <span>Nguyễn Thị Hoà</span>
        <a href="#dang-xuat">Đăng xuất</a>
      </>
    ),
  },
};

export const Minimal: Story = {
  args: {
    emblem: undefined,
    organisationName: undefined,
    organisationHref: undefined,
    languageSwitcher: undefined,
    navigation: undefined,
  },
};

export const LongVietnameseText: Story = {
  args: {
    organisationName: 'Cổng Dịch vụ công Ủy ban nhân dân tỉnh Thái Nguyên',
    serviceName:
      'Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi',
    user: (
      <>
        <span>Hoàng Thị Huyền Trang</span>
        <a href="#dang-xuat">Đăng xuất</a>
      </>
    ),
  },
};

export const MobileWidth: Story = {
  args: {
    user: (
      <>
        <span>Nguyễn Thị Hoà</span>
        <a href="#dang-xuat">Đăng xuất</a>
      </>
    ),
  },
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 360 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const header = within(canvasElement).getByRole('banner');
    await expect(header.scrollWidth).toBeLessThanOrEqual(360);
  },
};

export const English: Story = {
  args: {
    organisationName: 'Thai Nguyen Province Public Services Portal',
    serviceName: 'Birth registration',
    languageSwitcher: languages('en'),
    navigation: [
      { label: 'Public services', href: '#thu-tuc', current: true },
      { label: 'Track an application', href: '#tra-cuu' },
    ],
  },
  globals: { locale: 'en' },
};
