import { useRef, type ChangeEvent, type CompositionEvent, type FocusEvent } from 'react';

type Field = HTMLInputElement | HTMLTextAreaElement;

export interface BlurFormatOptions<E extends Field> {
  /** Turns the NFC-normalised value into its display form; runs on blur only. */
  format?: (value: string) => string;
  /** Called with the new value when blur reformats it (for controlled fields). */
  onValueChange?: (value: string) => void;
  onBlur?: (event: FocusEvent<E>) => void;
  onCompositionStart?: (event: CompositionEvent<E>) => void;
  onCompositionEnd?: (event: CompositionEvent<E>) => void;
}

/**
 * Formats a field's value when it loses focus, never while typing and never during an IME
 * composition: Vietnamese IMEs (Unikey, EVKey) type by sending backspaces and replacements, so
 * rewriting the value on each key breaks them. The value is NFC-normalised as it is formatted.
 */
export function useBlurFormat<E extends Field>({
  format,
  onValueChange,
  onBlur,
  onCompositionStart,
  onCompositionEnd,
}: BlurFormatOptions<E>) {
  const composing = useRef(false);
  return {
    onCompositionStart(event: CompositionEvent<E>) {
      composing.current = true;
      onCompositionStart?.(event);
    },
    onCompositionEnd(event: CompositionEvent<E>) {
      composing.current = false;
      onCompositionEnd?.(event);
    },
    onBlur(event: FocusEvent<E>) {
      if (!composing.current) {
        const element = event.currentTarget;
        const normalised = element.value.normalize('NFC');
        const formatted = format ? format(normalised) : normalised;
        if (formatted !== element.value) {
          element.value = formatted;
          onValueChange?.(formatted);
        }
      }
      onBlur?.(event);
    },
  };
}

/** The event props of a text control that `useTextEntry` takes over. */
export interface TextEntryProps<E extends Field> {
  /** Called with the value on every change and when blur reformats it. */
  onValueChange?: (value: string) => void;
  onChange?: (event: ChangeEvent<E>) => void;
  onBlur?: (event: FocusEvent<E>) => void;
  onCompositionStart?: (event: CompositionEvent<E>) => void;
  onCompositionEnd?: (event: CompositionEvent<E>) => void;
}

/**
 * For a text control's props: takes its event props out of `props` and returns `handlers` that
 * report every change to `onValueChange` and format on blur (see `useBlurFormat`), and `rest`,
 * the props left to spread on the control.
 */
export function useTextEntry<E extends Field, P extends TextEntryProps<E>>(
  props: P,
  format?: (value: string) => string,
) {
  const { onValueChange, onChange, onBlur, onCompositionStart, onCompositionEnd, ...rest } = props;
  const blur = useBlurFormat<E>({
    format,
    onValueChange,
    onBlur,
    onCompositionStart,
    onCompositionEnd,
  });
  const handlers = {
    onChange(event: ChangeEvent<E>) {
      onChange?.(event);
      onValueChange?.(event.currentTarget.value);
    },
    ...blur,
  };
  return { handlers, rest };
}
