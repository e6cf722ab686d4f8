import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { FileUpload } from './FileUpload.js';

const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]);

const meta = {
  title: 'Form parts/FileUpload',
  component: FileUpload,
  args: {
    name: 'attachments',
    label: 'Giấy chứng sinh',
    hint: 'Tệp PDF, JPG hoặc PNG, tối đa 5 MB',
    accept: '.pdf,.jpg,.jpeg,.png',
    multiple: true,
    maxSize: 5 * 1024 * 1024,
  },
  parameters: {
    docs: {
      description: {
        component:
          'Tải giấy tờ đính kèm. Không có JavaScript: ô chọn tệp gốc nằm trong biểu mẫu và gửi cùng biểu mẫu. ' +
          'Có JavaScript: kiểm tra loại tệp (đuôi tệp và các byte đầu: PDF, JPEG, PNG) và dung lượng trước khi tải, báo lỗi rõ cho từng tệp, ' +
          'liệt kê tệp đã chọn với nút "Xoá" cho từng tệp, thanh tiến độ khi có hàm upload, và thông báo nhẹ nhàng khi thêm hoặc xoá tệp. ' +
          'Tên tệp được chuẩn hoá NFC. Đã kiểm tra: bàn phím (Tab, Enter trên nút Xoá, tiêu điểm trở về ô chọn tệp), aria-live, axe cả hai ngôn ngữ.',
      },
    },
  },
} satisfies Meta<typeof FileUpload>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithError: Story = { args: { error: 'Chọn tệp giấy chứng sinh' } };

/** Chooses files the way a browser does, so the native input really holds them (a form post sends them). */
function choose(input: HTMLInputElement, files: File[]) {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export const Filled: Story = {
  decorators: [
    (Story) => (
      <form aria-label="Hồ sơ">
        <Story />
      </form>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByLabelText<HTMLInputElement>('Giấy chứng sinh');
    choose(input, [
      new File([pdf], 'giay-chung-sinh.pdf', { type: 'application/pdf' }),
      new File([pdf], 'ket-hon.pdf', { type: 'application/pdf' }),
      new File(['không phải pdf'], 'doi-ten.pdf', { type: 'application/pdf' }),
    ]);
    const remove = await canvas.findByRole('button', { name: /ket-hon\.pdf/ });
    await expect(canvas.getAllByRole('listitem')).toHaveLength(2);
    const form = canvasElement.querySelector('form') as HTMLFormElement;
    // Only the files that passed the checks are posted.
    await expect(new FormData(form).getAll('attachments').map((f) => (f as File).name)).toEqual([
      'giay-chung-sinh.pdf',
      'ket-hon.pdf',
    ]);
    await userEvent.click(remove);
    await expect(input).toHaveFocus();
    await expect(new FormData(form).getAll('attachments').map((f) => (f as File).name)).toEqual([
      'giay-chung-sinh.pdf',
    ]);
  },
};

export const WithProgress: Story = {
  args: {
    multiple: false,
    upload: (_file: File, onProgress: (fraction: number) => void) =>
      new Promise<void>(() => {
        onProgress(0.4);
      }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    choose(canvas.getByLabelText<HTMLInputElement>('Giấy chứng sinh'), [
      new File([pdf], 'giay-chung-sinh.pdf', { type: 'application/pdf' }),
    ]);
    await expect(await canvas.findByRole('progressbar')).toBeInTheDocument();
  },
};

export const Disabled: Story = { args: { disabled: true } };

export const LongVietnameseText: Story = {
  args: {
    label:
      'Bản chụp giấy chứng nhận kết hôn của cha mẹ, hoặc văn bản xác nhận của cơ sở y tế nơi trẻ sinh ra',
    hint: 'Chụp rõ cả bốn góc, không bị loá; mỗi tệp PDF, JPG hoặc PNG không quá 5 MB',
  },
};

export const MobileWidth: Story = {
  args: { error: 'Chọn tệp' },
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 360 }}>
        <Story />
      </div>
    ),
  ],
};

export const English: Story = {
  args: { label: 'Birth certificate', hint: 'PDF, JPG or PNG, up to 5 MB' },
  globals: { locale: 'en' },
};
