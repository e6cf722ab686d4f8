import { act, render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../form-field/parse-html.js';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { checkFile } from './file-checks.js';
import { FileUpload } from './FileUpload.js';

const pdf = (name = 'giay-chung-sinh.pdf') =>
  new File(['%PDF-1.7\n%âãÏÓ\n'], name, { type: 'application/pdf' });
const png = () =>
  new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])], 'anh.png', {
    type: 'image/png',
  });
const accept = '.pdf,.jpg,.jpeg,.png';

function liveRegion() {
  return document.querySelector('[aria-live="polite"]');
}

describe('checkFile', () => {
  it('checks the extension, the first bytes and the size', async () => {
    expect(await checkFile(pdf(), { accept })).toBeUndefined();
    expect(await checkFile(png(), { accept })).toBeUndefined();
    expect(await checkFile(new File(['MZ...'], 'virus.exe'), { accept })).toBe('wrongType');
    expect(await checkFile(new File(['not a pdf'], 'doi-ten.pdf'), { accept })).toBe(
      'contentMismatch',
    );
    expect(await checkFile(new File([], 'rong.pdf'), { accept })).toBe('empty');
    expect(await checkFile(pdf(), { accept, maxSize: 4 })).toBe('tooLarge');
    expect(await checkFile(png(), { accept: 'image/*' })).toBeUndefined();
  });
});

describe('FileUpload', () => {
  it('is a plain labelled file input in the server HTML, with accept and multiple', () => {
    const host = parseHtml(
      renderOnServer(
        <FileUpload
          name="docs"
          label="Giấy tờ đính kèm"
          hint="PDF, JPG hoặc PNG"
          accept={accept}
          multiple
        />,
      ),
    );
    const input = host.querySelector('input[type="file"][name="docs"]');
    expect(input).toHaveAttribute('accept', accept);
    expect(input).toHaveAttribute('multiple');
    expect(input).toHaveAttribute('aria-describedby', 'docs-hint');
    expect(host.querySelector('label[for="docs"]')).toHaveTextContent('Giấy tờ đính kèm');
    expect(host.querySelector('ul')).toBeNull();
  });

  it('refuses a renamed or oversized file with a clear message per file, and lists good ones', async () => {
    const user = userEvent.setup({ applyAccept: false });
    render(<FileUpload name="docs" label="Giấy tờ" accept={accept} multiple maxSize={1024} />);
    const input = screen.getByLabelText('Giấy tờ');
    await user.upload(input, [
      pdf(),
      new File(['not a pdf'], 'doi-ten.pdf'),
      new File(['x'], 'bang-tinh.xlsx'),
      new File([new Uint8Array(2048)], 'lon.png'),
    ]);
    await screen.findByRole('list');
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('listitem')).toHaveTextContent('giay-chung-sinh.pdf');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(
      [
        'Lỗi: Nội dung tệp doi-ten.pdf không khớp với đuôi tệp. Hãy chọn lại tệp gốc.',
        'Lỗi: Tệp bang-tinh.xlsx không đúng loại. Hãy chọn tệp PDF, JPG, JPEG, PNG.',
        'Lỗi: Tệp lon.png lớn hơn 1 KB. Hãy chọn tệp nhỏ hơn.',
      ].join(' '),
    );
    expect(liveRegion()).toHaveTextContent('Đã thêm tệp giay-chung-sinh.pdf');
  });

  it('removes a file from the keyboard, announces it and returns focus to the input', async () => {
    const user = userEvent.setup();
    render(<FileUpload name="docs" label="Giấy tờ" accept={accept} multiple />);
    const input = screen.getByLabelText('Giấy tờ');
    await user.upload(input, [pdf('mot.pdf'), pdf('hai.pdf')]);
    await screen.findByRole('button', { name: 'Xoá tệp hai.pdf' });
    input.focus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Xoá tệp mot.pdf' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('button', { name: 'Xoá tệp mot.pdf' })).toBeNull();
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(liveRegion()).toHaveTextContent('Đã xoá tệp mot.pdf');
    expect(input).toHaveFocus();
  });

  it('shows a progress bar per file while uploading and announces the result', async () => {
    const user = userEvent.setup();
    let report: (fraction: number) => void = () => undefined;
    let finish: () => void = () => undefined;
    const upload = (_file: File, onProgress: (fraction: number) => void) =>
      new Promise<void>((resolve) => {
        report = onProgress;
        finish = resolve;
      });
    render(<FileUpload name="docs" label="Giấy tờ" accept={accept} upload={upload} />);
    await user.upload(screen.getByLabelText('Giấy tờ'), pdf());
    const bar = await screen.findByRole('progressbar', {
      name: 'Tiến độ tải lên giay-chung-sinh.pdf',
    });
    act(() => {
      report(0.5);
    });
    expect(bar).toHaveAttribute('value', '0.5');
    await act(async () => {
      finish();
      await Promise.resolve();
    });
    await waitFor(() => {
      expect(liveRegion()).toHaveTextContent('Đã tải lên giay-chung-sinh.pdf');
    });
    expect(bar).toHaveAttribute('value', '1');
  });

  it('has no axe violations in any state', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <div>
        <FileUpload
          name="a"
          label="Giấy chứng sinh"
          hint="PDF, JPG hoặc PNG"
          accept={accept}
          multiple
        />
        <FileUpload name="b" label="Ảnh chân dung" error="Chọn ảnh chân dung" accept="image/*" />
        <FileUpload name="c" label="Không dùng" disabled />
      </div>,
    );
    await user.upload(screen.getByLabelText('Giấy chứng sinh'), pdf());
    await screen.findByRole('list');
    await expectNoAxeViolations(container);
  });
});
