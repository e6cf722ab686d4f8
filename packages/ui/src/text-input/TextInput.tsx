'use client';
import { forwardRef, type InputHTMLAttributes, type ReactNode } from 'react';
import { FormField, useFormField, type FieldTextProps } from '../form-field/FormField.js';
import { useTextEntry } from '../form-field/use-blur-format.js';

export type TextInputWidth = 2 | 3 | 4 | 5 | 10 | 20 | 'full';

export interface TextInputProps
  extends FieldTextProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'prefix' | 'width' | 'size'> {
  /** The control's `name`; also its id when `id` is not given, so error-summary links reach it. */
  name: string;
  /** Width in characters (2, 3, 4, 5, 10, 20) or `full`; fit it to the expected answer. */
  width?: TextInputWidth;
  /** Text shown before the input, e.g. "+84"; hidden from screen readers, so say it in the label too. */
  prefix?: ReactNode;
  /** Text shown after the input, e.g. "₫"; hidden from screen readers, so say it in the label too. */
  suffix?: ReactNode;
  /** Turns the value into its display form when the field loses focus (never while typing). */
  formatOnBlur?: (value: string) => string;
  /** Called with the value on every change and when blur reformats it. */
  onValueChange?: (value: string) => void;
}

/**
 * A native text `<input>` with label, hint and error. It never masks or reformats while typing
 * (Vietnamese IMEs send backspaces and replacements); `formatOnBlur` runs when focus leaves.
 */
export const TextInput = forwardRef<HTMLInputElement, TextInputProps>(
  function TextInput(props, ref) {
    const { width = 'full', ...fieldProps } = props;
    const {
      field,
      control,
      rest: { prefix, suffix, type = 'text', formatOnBlur, ...controlProps },
    } = useFormField(fieldProps, {
      controlClass: `dvc-text-input dvc-input--width-${String(width)}`,
    });
    const { handlers, rest } = useTextEntry<HTMLInputElement, typeof controlProps>(
      controlProps,
      formatOnBlur,
    );

    const input = <input ref={ref} {...control} type={type} {...handlers} {...rest} />;

    return (
      <FormField {...field}>
        {prefix != null || suffix != null ? (
          <div className="dvc-input__wrapper">
            {prefix != null && (
              <div className="dvc-input__prefix" aria-hidden="true">
                {prefix}
              </div>
            )}
            {input}
            {suffix != null && (
              <div className="dvc-input__suffix" aria-hidden="true">
                {suffix}
              </div>
            )}
          </div>
        ) : (
          input
        )}
      </FormField>
    );
  },
);
