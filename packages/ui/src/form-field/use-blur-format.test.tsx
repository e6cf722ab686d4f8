import { fireEvent, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { InputHTMLAttributes } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  useBlurFormat,
  useTextEntry,
  type BlurFormatOptions,
  type TextEntryProps,
} from './use-blur-format.js';

function Field(options: BlurFormatOptions<HTMLInputElement>) {
  const handlers = useBlurFormat(options);
  return <input aria-label="Họ và tên" {...handlers} />;
}

function Entry({
  format,
  ...props
}: TextEntryProps<HTMLInputElement> &
  Omit<InputHTMLAttributes<HTMLInputElement>, keyof TextEntryProps<HTMLInputElement>> & {
    format?: (value: string) => string;
  }) {
  const { handlers, rest } = useTextEntry<HTMLInputElement, typeof props>(props, format);
  return <input aria-label="Tên" {...handlers} {...rest} />;
}

const upper = (value: string) => value.toUpperCase();

describe('useBlurFormat', () => {
  it('leaves the value alone while typing and formats it when focus leaves', async () => {
    const user = userEvent.setup();
    const format = vi.fn(upper);
    render(
      <>
        <Field format={format} />
        <button type="button">Tiếp</button>
      </>,
    );
    const input = screen.getByRole<HTMLInputElement>('textbox');
    await user.type(input, 'lò văn páo');
    expect(input.value).toBe('lò văn páo');
    expect(format).not.toHaveBeenCalled();
    await user.tab();
    expect(input.value).toBe('LÒ VĂN PÁO');
    expect(format).toHaveBeenCalledTimes(1);
  });

  it('never reformats during an IME composition, even when focus leaves mid-word', () => {
    const format = vi.fn(upper);
    const onValueChange = vi.fn();
    render(<Field format={format} onValueChange={onValueChange} />);
    const input = screen.getByRole<HTMLInputElement>('textbox');
    // Telex "nguyeenx": the IME holds an unfinished syllable in a composition.
    fireEvent.compositionStart(input);
    fireEvent.change(input, { target: { value: 'nguyê' } });
    fireEvent.blur(input);
    expect(input.value).toBe('nguyê');
    expect(format).not.toHaveBeenCalled();
    expect(onValueChange).not.toHaveBeenCalled();
    // The composition ends, but formatting still waits for the next blur.
    fireEvent.compositionEnd(input);
    fireEvent.change(input, { target: { value: 'nguyễn' } });
    expect(input.value).toBe('nguyễn');
    fireEvent.blur(input);
    expect(input.value).toBe('NGUYỄN');
    expect(onValueChange).toHaveBeenCalledWith('NGUYỄN');
  });

  it('passes the format the NFC form and stores the result, also without a format', () => {
    const format = vi.fn((value: string) => value);
    const { unmount } = render(<Field format={format} />);
    let input = screen.getByRole<HTMLInputElement>('textbox');
    const decomposed = 'Nguyễn Thị Ánh'.normalize('NFD');
    fireEvent.change(input, { target: { value: decomposed } });
    fireEvent.blur(input);
    expect(format).toHaveBeenCalledWith('Nguyễn Thị Ánh');
    expect(input.value).toBe('Nguyễn Thị Ánh');
    unmount();

    const onValueChange = vi.fn();
    render(<Field onValueChange={onValueChange} />);
    input = screen.getByRole<HTMLInputElement>('textbox');
    fireEvent.change(input, { target: { value: decomposed } });
    fireEvent.blur(input);
    expect(input.value).toBe('Nguyễn Thị Ánh');
    expect(input.value).not.toBe(decomposed);
    expect(onValueChange).toHaveBeenCalledWith('Nguyễn Thị Ánh');
  });

  it('reports a change only when blur really changed the value', () => {
    const onValueChange = vi.fn();
    render(<Field format={upper} onValueChange={onValueChange} />);
    const input = screen.getByRole<HTMLInputElement>('textbox');
    fireEvent.change(input, { target: { value: 'ABC' } });
    fireEvent.blur(input);
    expect(onValueChange).not.toHaveBeenCalled();
  });

  it('still calls the caller’s blur and composition handlers', () => {
    const onBlur = vi.fn();
    const onCompositionStart = vi.fn();
    const onCompositionEnd = vi.fn();
    render(
      <Field
        format={upper}
        onBlur={onBlur}
        onCompositionStart={onCompositionStart}
        onCompositionEnd={onCompositionEnd}
      />,
    );
    const input = screen.getByRole('textbox');
    fireEvent.compositionStart(input);
    fireEvent.blur(input);
    fireEvent.compositionEnd(input);
    fireEvent.blur(input);
    expect(onCompositionStart).toHaveBeenCalledTimes(1);
    expect(onCompositionEnd).toHaveBeenCalledTimes(1);
    expect(onBlur).toHaveBeenCalledTimes(2);
  });
});

describe('useTextEntry', () => {
  it('reports every change to onChange and onValueChange, and formats on blur', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const onValueChange = vi.fn();
    render(
      <>
        <Entry format={upper} onChange={onChange} onValueChange={onValueChange} />
        <button type="button">Tiếp</button>
      </>,
    );
    const input = screen.getByRole<HTMLInputElement>('textbox');
    await user.type(input, 'ba');
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(onValueChange.mock.calls.map(([value]) => value as string)).toEqual(['b', 'ba']);
    await user.tab();
    expect(input.value).toBe('BA');
    expect(onValueChange).toHaveBeenLastCalledWith('BA');
  });

  it('keeps its handlers off the rest and passes the other props through', () => {
    render(<Entry onValueChange={vi.fn()} placeholder="Ví dụ: Lan" maxLength={5} />);
    const input = screen.getByRole('textbox');
    expect(input).toHaveAttribute('placeholder', 'Ví dụ: Lan');
    expect(input).toHaveAttribute('maxlength', '5');
    expect(input).not.toHaveAttribute('onvaluechange');
  });
});
