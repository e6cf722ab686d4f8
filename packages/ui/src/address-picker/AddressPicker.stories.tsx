import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { AddressPicker, type OldAddressQuery } from './AddressPicker.js';

/**
 * Stands in for the portal's server endpoint (which calls `mapOldAddress` from
 * `@dvc/vn/places-full`): the full ward mapping never reaches the browser. Knows one example.
 */
function demoLookup(old: OldAddressQuery) {
  const known = /b[aắ]c [kc][aạ]n/iu.test(old.province) && /ba b[eể]/iu.test(old.district);
  return Promise.resolve(known ? [{ code: '01906', provinceCode: '19' }] : []);
}

const meta = {
  title: 'Search and choice/AddressPicker',
  component: AddressPicker,
  args: { name: 'address', mapOldAddress: demoLookup },
  parameters: {
    docs: {
      description: {
        component:
          'Nhập địa chỉ theo đơn vị hành chính hai cấp từ 1/7/2025: tỉnh, thành phố (34) rồi xã, phường, đặc khu của tỉnh đó, rồi "Số nhà, tên đường, thôn/xóm". Không có cấp huyện. ' +
          'Dùng cho nơi cư trú, địa chỉ liên hệ. Không dùng cho quê quán hay nơi sinh ghi theo giấy tờ cũ: hãy dùng ô văn bản. ' +
          'Mục "Địa chỉ trên giấy tờ cũ?" (thẻ details) cho phép nhập tỉnh, huyện, xã trước 2025 và điền sẵn xã, phường mới; việc tra cứu dùng hàm `mapOldAddress` truyền vào (trong cổng, gọi tới máy chủ) nên dữ liệu chuyển đổi đầy đủ không tải về trình duyệt. ' +
          'Biểu mẫu gửi `<name>.province`, `<name>.commune`, `<name>.street` (mã tỉnh, mã xã). ' +
          'Không có JavaScript: tỉnh và xã là hai <select> gốc; máy chủ hiển thị danh sách xã theo `value.province`. Nút "Chọn" (submit, name `<name>.action`, value "reload", formnovalidate) gửi biểu mẫu để máy chủ hiển thị lại trang với danh sách xã của tỉnh vừa chọn. ' +
          'Nút "Tìm địa chỉ mới" khi đó cũng là nút submit (value "map-old"), máy chủ tra cứu và hiển thị lại với địa chỉ đã điền. Sau khi hydrate, hai select thành combobox có tìm kiếm không dấu và nút "Chọn" ẩn đi. ' +
          'Đã kiểm tra: HTML từ máy chủ và FormData, chọn bằng bàn phím, đổi tỉnh thì xoá xã, tra địa chỉ cũ (Testing Library); axe trên Chromium ở hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof AddressPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithHint: Story = {
  args: { hint: 'Nơi bạn đang sinh sống, theo đơn vị hành chính mới từ ngày 1/7/2025.' },
};

export const WithError: Story = {
  args: {
    defaultValue: { province: '19' },
    errors: {
      commune: 'Hãy chọn xã, phường, đặc khu.',
      street: 'Hãy nhập số nhà, tên đường hoặc thôn, xóm.',
    },
  },
};

export const Filled: Story = {
  args: {
    defaultValue: { province: '19', commune: '01843', street: 'Số 12, tổ 5, đường Trường Chinh' },
  },
};

export const OldAddressMapped: Story = {
  play: async ({ canvasElement }) => {
    // Locale-neutral queries: the story runs in Vietnamese and in English.
    const summary = canvasElement.querySelector('summary');
    if (!summary) throw new Error('no old-address helper');
    await userEvent.click(summary);
    const details = within(summary.parentElement as HTMLElement);
    const [province, district, ward] = details.getAllByRole('textbox');
    if (!province || !district || !ward) throw new Error('old address fields missing');
    await userEvent.type(province, 'Bắc Kạn');
    await userEvent.type(district, 'Ba Bể');
    await userEvent.type(ward, 'Thượng Giáo');
    await userEvent.click(details.getByRole('button'));
    await expect(await details.findByText(/Xã Ba Bể, Thái Nguyên/u)).toBeVisible();
  },
};

export const LongVietnameseText: Story = {
  args: {
    legend: 'Nơi cư trú hiện tại của người được đăng ký khai sinh (theo đơn vị hành chính mới)',
    defaultValue: {
      province: '19',
      commune: '01906',
      street:
        'Thôn Bản Vài, gần trường Tiểu học và Trung học cơ sở Thượng Giáo, cách chợ phiên 2 km',
    },
  },
};

export const MobileWidth: Story = {
  args: { defaultValue: { province: '19', commune: '01843' } },
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 360 }}>
        <Story />
      </div>
    ),
  ],
};

export const English: Story = { globals: { locale: 'en' } };
