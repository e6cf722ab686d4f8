'use client';
import { forwardRef, type TextareaHTMLAttributes } from 'react';
import { FormField, useFormField, type FieldTextProps } from '../form-field/FormField.js';
import { useTextEntry } from '../form-field/use-blur-format.js';

export interface TextareaProps extends FieldTextProps, TextareaHTMLAttributes<HTMLTextAreaElement> {
  /** The control's `name`; also its id when `id` is not given, so error-summary links reach it. */
  name: string;
  /** Called with the value on every change and when blur normalises it. */
  onValueChange?: (value: string) => void;
}

/** A native multi-line `<textarea>` with label, hint and error; NFC-normalised on blur, never while typing. */
export const Textarea = forwardRef<HTMLTextAreaElement, TextareaProps>(
  function Textarea(props, ref) {
    const {
      field,
      control,
      rest: { rows = 5, ...controlProps },
    } = useFormField(props, { controlClass: 'dvc-textarea' });
    const { handlers, rest } = useTextEntry<HTMLTextAreaElement, typeof controlProps>(controlProps);

    return (
      <FormField {...field}>
        <textarea ref={ref} {...control} rows={rows} {...handlers} {...rest} />
      </FormField>
    );
  },
);
