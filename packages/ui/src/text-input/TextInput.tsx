'use client';
import { forwardRef, type ChangeEvent, type InputHTMLAttributes, type ReactNode } from 'react';
import { FormField, joinIds, useFieldIds, type FieldTextProps } from '../form-field/FormField.js';
import { useBlurFormat } from '../form-field/use-blur-format.js';

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
export const TextInput = forwardRef<HTMLInputElement, TextInputProps>(function TextInput(
  {
    label,
    hint,
    error,
    isPageHeading,
    labelSize,
    formGroupClassName,
    id,
    name,
    width = 'full',
    prefix,
    suffix,
    type = 'text',
    formatOnBlur,
    onValueChange,
    onChange,
    onBlur,
    onCompositionStart,
    onCompositionEnd,
    className,
    'aria-describedby': describedBy,
    ...rest
  },
  ref,
) {
  const ids = useFieldIds(id, name);
  const blur = useBlurFormat<HTMLInputElement>({
    format: formatOnBlur,
    onValueChange,
    onBlur,
    onCompositionStart,
    onCompositionEnd,
  });
  const classes = [
    'dvc-input',
    `dvc-input--width-${String(width)}`,
    error != null && 'dvc-input--error',
    className,
  ]
    .filter(Boolean)
    .join(' ');

  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    onChange?.(event);
    onValueChange?.(event.currentTarget.value);
  }

  const input = (
    <input
      ref={ref}
      id={ids.id}
      name={name}
      type={type}
      className={classes}
      aria-invalid={error != null || undefined}
      aria-describedby={joinIds(
        hint != null && ids.hintId,
        error != null && ids.errorId,
        describedBy,
      )}
      onChange={handleChange}
      {...blur}
      {...rest}
    />
  );

  return (
    <FormField
      label={label}
      hint={hint}
      error={error}
      isPageHeading={isPageHeading}
      labelSize={labelSize}
      formGroupClassName={formGroupClassName}
      controlId={ids.id}
      hintId={ids.hintId}
      errorId={ids.errorId}
    >
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
});
