import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from '../button/Button.js';
import { Alert } from './Alert.js';

const meta = {
  title: 'Feedback and content/Alert',
  component: Alert,
  args: {
    variant: 'info',
    announce: false,
    children: (
      <p>
        Hệ thống sẽ tạm dừng để bảo trì từ 22 giờ đến 23 giờ ngày 30/11/2026. Bản nháp của bạn vẫn
        được giữ.
      </p>
    ),
  },
  parameters: {
    docs: {
      description: {
        component:
          'Thông báo ngắn ở đầu trang: thông tin quan trọng, kết quả một thao tác (thành công), điều cần chú ý hoặc lỗi không thuộc về một ô nhập cụ thể. ' +
          'Không dùng cho lỗi của từng ô nhập (hãy dùng thông báo lỗi của ô và bảng tóm tắt lỗi), và không đặt nhiều thông báo cùng lúc. ' +
          'Thông báo có sẵn trong HTML từ máy chủ là một vùng có nhãn, không phải vùng thông báo trực tiếp, nên không làm gián đoạn khi trang tải. ' +
          'Thông báo xuất hiện sau khi trang đã tải thì được đọc ngay: lịch sự (role="status") cho thông tin và thành công, khẩn (role="alert") cho cần chú ý và lỗi. ' +
          'Sau khi gửi biểu mẫu, thông báo thành công có thể nhận tiêu điểm (focusOnMount). ' +
          'Màu viền và đầu thông báo là màu trạng thái của @dvc/tokens, nên mỗi chủ đề tự áp dụng. ' +
          'Đã kiểm tra: vai trò khi dựng trên máy chủ, sau khi hydrate và khi xuất hiện sau; di chuyển tiêu điểm; axe và độ tương phản trong Chromium, cả hai ngôn ngữ, chủ đề mặc định, tương phản cao và Thái Nguyên.',
      },
    },
  },
} satisfies Meta<typeof Alert>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Info: Story = {};

export const Success: Story = {
  args: {
    variant: 'success',
    title: 'Đã lưu bản nháp',
    children: <p>Bạn có thể quay lại và tiếp tục trong 30 ngày.</p>,
  },
};

export const Warning: Story = {
  args: {
    variant: 'warning',
    children: <p>Phiên làm việc của bạn sẽ hết hạn sau 5 phút nếu không có thao tác.</p>,
  },
};

export const ErrorVariant: Story = {
  name: 'Error',
  args: {
    variant: 'error',
    children: (
      <p>
        Không kết nối được với Cổng dịch vụ công quốc gia. Vui lòng thử lại sau ít phút hoặc{' '}
        <a href="#lien-he">liên hệ bộ phận hỗ trợ</a>.
      </p>
    ),
  },
};

export const FocusAfterFormPost: Story = {
  args: {
    variant: 'success',
    title: 'Đã gửi hồ sơ',
    focusOnMount: true,
    children: (
      <p>
        Mã hồ sơ của bạn là <strong>HS-19-2026-000123</strong>. <a href="#ho-so">Xem hồ sơ</a>
      </p>
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const banner = canvas.getByRole('region', { name: 'Đã gửi hồ sơ' });
    await expect(banner).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('link')).toHaveFocus();
  },
};

function SaveDemo() {
  const [saved, setSaved] = useState(false);
  return (
    <div>
      {saved && (
        <Alert variant="success" title="Đã lưu bản nháp">
          <p>Bạn có thể quay lại và tiếp tục trong 30 ngày.</p>
        </Alert>
      )}
      <Button type="button" variant="secondary" onClick={() => setSaved(true)}>
        Lưu bản nháp
      </Button>
    </div>
  );
}

export const AppearsAfterLoad: Story = {
  render: () => <SaveDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('status')).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Lưu bản nháp' }));
    const banner = await canvas.findByRole('status', { name: 'Đã lưu bản nháp' });
    await expect(banner).toHaveTextContent('30 ngày');
  },
};

export const LongVietnameseText: Story = {
  args: {
    variant: 'warning',
    title: 'Hồ sơ cần bổ sung giấy tờ trước ngày 15/12/2026 để không bị dừng xử lý',
    children: (
      <ul>
        <li>Bản sao giấy chứng sinh có chứng thực của cơ sở y tế nơi trẻ được sinh ra.</li>
        <li>Giấy chứng nhận kết hôn của cha và mẹ, hoặc văn bản xác nhận tình trạng hôn nhân.</li>
      </ul>
    ),
  },
};

export const MobileWidth: Story = {
  ...LongVietnameseText,
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 360 }}>
        <Story />
      </div>
    ),
  ],
};

function AllVariants() {
  return (
    <>
      <Alert variant="info" announce={false}>
        <p>
          Hệ thống sẽ tạm dừng để bảo trì từ 22 giờ. Xem <a href="#lich">lịch bảo trì</a>.
        </p>
      </Alert>
      <Alert variant="success" announce={false}>
        <p>Bạn có thể quay lại và tiếp tục trong 30 ngày.</p>
      </Alert>
      <Alert variant="warning" announce={false}>
        <p>Phiên làm việc của bạn sẽ hết hạn sau 5 phút nếu không có thao tác.</p>
      </Alert>
      <Alert variant="error" announce={false}>
        <p>
          Không kết nối được. Vui lòng thử lại hoặc <a href="#lien-he">liên hệ hỗ trợ</a>.
        </p>
      </Alert>
    </>
  );
}

/** The four variants in the high-contrast theme, whose status colours are darker. */
export const HighContrastTheme: Story = {
  render: () => <AllVariants />,
  globals: { theme: 'high-contrast' },
  play: async ({ canvasElement }) => {
    // The theme's own warning colour (#5c3200) is the accent, not a fixed fallback.
    const warning = canvasElement.querySelector('.dvc-alert--warning');
    await expect(warning).not.toBeNull();
    await expect(getComputedStyle(warning as Element).borderTopColor).toBe('rgb(92, 50, 0)');
  },
};

/** The four variants in a provincial theme, which brings its own information colour. */
export const ThaiNguyenTheme: Story = {
  render: () => <AllVariants />,
  globals: { theme: 'thai-nguyen' },
  play: async ({ canvasElement }) => {
    // Thái Nguyên's information colour (#1f5a7a).
    const info = canvasElement.querySelector('.dvc-alert--info');
    await expect(info).not.toBeNull();
    await expect(getComputedStyle(info as Element).borderTopColor).toBe('rgb(31, 90, 122)');
  },
};

export const English: Story = {
  args: {
    variant: 'error',
    children: <p>We could not reach the national portal. Please try again in a few minutes.</p>,
  },
  globals: { locale: 'en' },
};
