'use client';
import { formatPhone } from '@dvc/vn';
import { forwardRef } from 'react';
import { TextInput, type TextInputProps } from '../text-input/TextInput.js';

export type PhoneInputProps = Omit<TextInputProps, 'type' | 'formatOnBlur'>;

/**
 * A Vietnamese phone number: `type="tel"`, tel keypad and autocomplete. Spaces, dots and +84 are
 * accepted; on blur only, a valid number is grouped for reading ("0912 345 678"). The server
 * normalises the posted text with `validatePhone(...).value` (works with JavaScript off).
 */
export const PhoneInput = forwardRef<HTMLInputElement, PhoneInputProps>(function PhoneInput(
  { width = 20, inputMode = 'tel', autoComplete = 'tel', spellCheck = false, ...rest },
  ref,
) {
  return (
    <TextInput
      ref={ref}
      type="tel"
      width={width}
      inputMode={inputMode}
      autoComplete={autoComplete}
      spellCheck={spellCheck}
      formatOnBlur={formatPhone}
      {...rest}
    />
  );
});
