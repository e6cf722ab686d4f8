import { fireEvent, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../form-field/parse-html.js';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { Textarea } from './Textarea.js';

describe('Textarea', () => {
  it('is a labelled native textarea whose id defaults to its name', () => {
    render(<Textarea name="reason" label="Lý do đề nghị" />);
    const box = screen.getByRole('textbox', { name: 'Lý do đề nghị' });
    expect(box.tagName).toBe('TEXTAREA');
    expect(box).toHaveAttribute('id', 'reason');
    expect(box).toHaveAttribute('rows', '5');
  });

  it('in error, is invalid and described by the hint then the error', () => {
    render(<Textarea name="reason" label="Lý do" hint="Viết ngắn gọn" error="Nhập lý do" />);
    const box = screen.getByRole('textbox');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAttribute('aria-describedby', 'reason-hint reason-error');
    expect(box).toHaveAccessibleDescription('Viết ngắn gọn Lỗi: Nhập lý do');
  });

  it('accepts new lines from the keyboard and posts them in a plain form', async () => {
    const user = userEvent.setup();
    render(
      <form aria-label="f">
        <Textarea name="note" label="Ghi chú" />
      </form>,
    );
    await user.type(screen.getByRole('textbox'), 'Dòng một{Enter}Dòng hai');
    const data = new FormData(screen.getByRole<HTMLFormElement>('form'));
    expect(data.get('note')).toBe('Dòng một\nDòng hai');
  });

  it('NFC-normalises on blur', () => {
    render(<Textarea name="n" label="Ghi chú" />);
    const box = screen.getByRole<HTMLTextAreaElement>('textbox');
    fireEvent.change(box, { target: { value: 'Thuỷ'.normalize('NFD') } });
    fireEvent.blur(box);
    expect(box.value).toBe('Thuỷ'.normalize('NFC'));
  });

  it('is a working native textarea in the server HTML alone', () => {
    const host = parseHtml(
      renderOnServer(<Textarea name="note" label="Ghi chú" defaultValue="Có" />),
    );
    const box = host.querySelector('textarea[name="note"]');
    expect(box?.textContent).toBe('Có');
    expect(host.querySelector('label[for="note"]')).toHaveTextContent('Ghi chú');
  });

  it('forwards its ref', () => {
    const ref = { current: null as HTMLTextAreaElement | null };
    render(<Textarea ref={ref} name="n" label="Ghi chú" />);
    expect(ref.current).toBe(screen.getByRole('textbox'));
  });

  it('has no axe violations in any state', async () => {
    const { container } = render(
      <div>
        <Textarea name="a" label="Ghi chú" />
        <Textarea name="b" label="Lý do" hint="Viết ngắn gọn" error="Nhập lý do" />
        <Textarea name="c" label="Không sửa được" disabled />
      </div>,
    );
    await expectNoAxeViolations(container);
  });
});
