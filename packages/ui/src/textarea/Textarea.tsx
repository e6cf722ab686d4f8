'use client';
import { forwardRef, type ChangeEvent, type TextareaHTMLAttributes } from 'react';
import { FormField, joinIds, useFieldIds, type FieldTextProps } from '../form-field/FormField.js';
import { useBlurFormat } from '../form-field/use-blur-format.js';

export interface TextareaProps extends FieldTextProps, TextareaHTMLAttributes<HTMLTextAreaElement> {
  /** The control's `name`; also its id when `id` is not given, so error-summary links reach it. */
  name: string;
  /** Called with the value on every change and when blur normalises it. */
  onValueChange?: (value: string) => void;
}

/** A native multi-line `<textarea>` with label, hint and error; NFC-normalised on blur, never while typing. */
export const Textarea = forwardRef<HTMLTextAreaElement, TextareaProps>(function Textarea(
  {
    label,
    hint,
    error,
    isPageHeading,
    labelSize,
    formGroupClassName,
    id,
    name,
    rows = 5,
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
  const blur = useBlurFormat<HTMLTextAreaElement>({
    onValueChange,
    onBlur,
    onCompositionStart,
    onCompositionEnd,
  });

  function handleChange(event: ChangeEvent<HTMLTextAreaElement>) {
    onChange?.(event);
    onValueChange?.(event.currentTarget.value);
  }

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
      <textarea
        ref={ref}
        id={ids.id}
        name={name}
        rows={rows}
        className={['dvc-textarea', error != null && 'dvc-textarea--error', className]
          .filter(Boolean)
          .join(' ')}
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
    </FormField>
  );
});
