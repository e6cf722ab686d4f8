import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import { fireEvent, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { parseHtml } from '../form-field/parse-html.js';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { renderOnServer } from '../test-utils/render-on-server.js';
import { TextInput } from './TextInput.js';

const upper = (value: string) => value.toUpperCase();

describe('TextInput', () => {
  it('is a labelled native text input whose id defaults to its name', () => {
    render(<TextInput name="full-name" label="Họ và tên" />);
    const input = screen.getByRole('textbox', { name: 'Họ và tên' });
    expect(input.tagName).toBe('INPUT');
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveAttribute('id', 'full-name');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('in error, is invalid and described by the hint then the error, in that order', () => {
    render(
      <TextInput
        name="email"
        label="Email"
        hint="Chúng tôi gửi biên nhận tới địa chỉ này"
        error="Nhập địa chỉ email đúng dạng, ví dụ ten@vi-du.vn"
        aria-describedby="extra"
      />,
    );
    const input = screen.getByRole('textbox', { name: 'Email' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAttribute('aria-describedby', 'email-hint email-error extra');
    expect(input).toHaveAccessibleDescription(
      'Chúng tôi gửi biên nhận tới địa chỉ này Lỗi: Nhập địa chỉ email đúng dạng, ví dụ ten@vi-du.vn',
    );
    expect(input.closest('.dvc-form-group')).toHaveClass('dvc-form-group--error');
  });

  it('passes inputMode, autoComplete and spellCheck through and applies the width', () => {
    render(
      <TextInput
        name="amount"
        label="Số tiền"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        width={10}
        suffix="₫"
      />,
    );
    const input = screen.getByRole('textbox', { name: 'Số tiền' });
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveAttribute('autocomplete', 'off');
    expect(input).toHaveAttribute('spellcheck', 'false');
    expect(input).toHaveClass('dvc-input--width-10');
    expect(screen.getByText('₫')).toHaveAttribute('aria-hidden', 'true');
  });

  it('never reformats while typing, only when focus leaves', async () => {
    const user = userEvent.setup();
    render(
      <>
        <TextInput name="name" label="Họ và tên" formatOnBlur={upper} />
        <button type="button">Tiếp</button>
      </>,
    );
    const input = screen.getByRole('textbox');
    await user.type(input, 'sùng a tủa');
    expect(input).toHaveValue('sùng a tủa');
    await user.tab();
    expect(input).toHaveValue('SÙNG A TỦA');
  });

  it('does not format a blur during an IME composition, and NFC-normalises on blur', () => {
    render(<TextInput name="name" label="Họ và tên" formatOnBlur={upper} />);
    const input = screen.getByRole<HTMLInputElement>('textbox');
    fireEvent.compositionStart(input);
    fireEvent.change(input, { target: { value: 'nguyê' } });
    fireEvent.blur(input);
    expect(input.value).toBe('nguyê');
    fireEvent.compositionEnd(input);
    fireEvent.change(input, { target: { value: 'Nguyễn'.normalize('NFD') } });
    fireEvent.blur(input);
    expect(input.value).toBe('NGUYỄN');
    expect(input.value).toBe(input.value.normalize('NFC'));
  });

  it('reports formatted values to a controlled owner', async () => {
    const user = userEvent.setup();
    const seen = vi.fn();
    function Controlled() {
      const [value, setValue] = useState('');
      return (
        <TextInput
          name="x"
          label="Tên"
          value={value}
          formatOnBlur={upper}
          onValueChange={(v) => {
            seen(v);
            setValue(v);
          }}
        />
      );
    }
    render(<Controlled />);
    await user.type(screen.getByRole('textbox'), 'ab');
    await user.tab();
    expect(seen.mock.calls.map((c) => c[0] as string)).toEqual(['a', 'ab', 'AB']);
    expect(screen.getByRole('textbox')).toHaveValue('AB');
  });

  it('posts its value under its name in a plain form', async () => {
    const user = userEvent.setup();
    render(
      <form aria-label="f">
        <TextInput name="ho-ten" label="Họ và tên" defaultValue="Nguyễn" />
      </form>,
    );
    await user.type(screen.getByRole('textbox'), ' Văn A');
    const data = new FormData(screen.getByRole<HTMLFormElement>('form'));
    expect(data.get('ho-ten')).toBe('Nguyễn Văn A');
  });

  it('is a working native input in the server HTML alone', () => {
    const html = renderOnServer(
      <TextInput
        name="so-dien-thoai"
        label="Số điện thoại"
        type="tel"
        error="Nhập số"
        hint="10 số"
      />,
    );
    const doc = parseHtml(html);
    const input = doc.querySelector('input[name="so-dien-thoai"]');
    expect(input).toHaveAttribute('type', 'tel');
    expect(input).toHaveAttribute('aria-describedby', 'so-dien-thoai-hint so-dien-thoai-error');
    expect(doc.querySelector('label[for="so-dien-thoai"]')?.textContent).toBe('Số điện thoại');
  });

  it('reads the error prefix in the provider language', () => {
    render(
      <I18nProvider i18n={createI18n({ lng: 'en' })}>
        <TextInput name="n" label="Name" error="Enter your name" />
      </I18nProvider>,
    );
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription('Error: Enter your name');
  });

  it('forwards its ref to the input', () => {
    const ref = { current: null as HTMLInputElement | null };
    render(<TextInput ref={ref} name="n" label="Tên" />);
    expect(ref.current).toBe(screen.getByRole('textbox'));
  });

  it('has no axe violations in any state', async () => {
    const { container } = render(
      <div>
        <TextInput name="a" label="Họ và tên" />
        <TextInput name="b" label="Email" hint="Ví dụ: ten@vi-du.vn" error="Nhập email" />
        <TextInput name="c" label="Số tiền (đồng)" suffix="₫" width={10} />
        <TextInput name="d" label="Mã bưu chính" disabled width={5} />
        <TextInput name="e" label="Tên của bạn là gì?" isPageHeading />
      </div>,
    );
    await expectNoAxeViolations(container);
  });
});
