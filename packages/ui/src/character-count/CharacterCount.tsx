'use client';
import { forwardRef, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useUiTranslation } from '../i18n/use-ui-translation.js';
import { joinIds, useFieldIds } from '../form-field/FormField.js';
import { useHydrated } from '../form-field/use-hydrated.js';
import { Textarea, type TextareaProps } from '../textarea/Textarea.js';

export interface CharacterCountProps extends Omit<TextareaProps, 'maxLength'> {
  /** The most characters allowed, counted as NFC code points (not UTF-16 units); typing past it is allowed and shown. */
  maxLength: number;
  /** Milliseconds of pause in typing before screen readers hear the count. */
  announceDelay?: number;
  /** Overrides the static limit text ("Bạn có thể nhập tối đa N ký tự"). */
  limitText?: (limit: number) => string;
  /** Overrides the remaining text ("Bạn còn N ký tự"). */
  remainingText?: (remaining: number) => string;
  /** Overrides the over-limit text ("Bạn đã nhập quá N ký tự"). */
  overText?: (over: number) => string;
}

/** Characters as a person counts them: NFC code points, so "ễ" is one and an emoji is one. */
export function countCharacters(value: string): number {
  // Spreading a string walks code points, not UTF-16 units.
  return [...value.normalize('NFC')].length;
}

/**
 * A textarea with a character limit. Without JavaScript a static hint states the limit; with it
 * the remaining count updates as you type and is announced politely once typing pauses.
 */
export const CharacterCount = forwardRef<HTMLTextAreaElement, CharacterCountProps>(
  function CharacterCount(
    {
      maxLength,
      announceDelay = 1000,
      limitText,
      remainingText,
      overText,
      id,
      name,
      value,
      defaultValue,
      onChange,
      className,
      error,
      'aria-describedby': describedBy,
      ...rest
    },
    ref,
  ) {
    const { t } = useUiTranslation();
    const ids = useFieldIds(id, name);
    const infoId = `${ids.id}-info`;
    const hydrated = useHydrated();
    const [uncontrolled, setUncontrolled] = useState(() =>
      typeof defaultValue === 'string' ? defaultValue : '',
    );
    const current = typeof value === 'string' ? value : uncontrolled;
    const count = countCharacters(current);
    const remaining = maxLength - count;
    const over = remaining < 0;
    const status = over
      ? (overText?.(-remaining) ?? t('characterCount.over', { count: -remaining }))
      : (remainingText?.(remaining) ?? t('characterCount.remaining', { count: remaining }));

    const typed = useRef(false);
    const [announcement, setAnnouncement] = useState('');
    useEffect(() => {
      if (!typed.current) return undefined;
      const timer = setTimeout(() => {
        setAnnouncement(status);
      }, announceDelay);
      return () => {
        clearTimeout(timer);
      };
    }, [status, announceDelay]);

    function handleChange(event: ChangeEvent<HTMLTextAreaElement>) {
      typed.current = true;
      setUncontrolled(event.currentTarget.value);
      onChange?.(event);
    }

    return (
      <div className="dvc-character-count">
        <Textarea
          ref={ref}
          id={ids.id}
          name={name}
          value={value}
          defaultValue={defaultValue}
          onChange={handleChange}
          error={error}
          formGroupClassName="dvc-character-count__group"
          className={[over && 'dvc-input--error', className].filter(Boolean).join(' ')}
          aria-describedby={joinIds(infoId, describedBy)}
          {...rest}
        />
        <div
          id={infoId}
          className={hydrated ? 'dvc-visually-hidden' : 'dvc-hint dvc-character-count__message'}
        >
          {limitText?.(maxLength) ?? t('characterCount.limit', { count: maxLength })}
        </div>
        {hydrated && (
          <>
            <div
              className={[
                'dvc-hint',
                'dvc-character-count__message',
                'dvc-character-count__status',
                over && 'dvc-character-count__status--over',
              ]
                .filter(Boolean)
                .join(' ')}
              aria-hidden="true"
            >
              {status}
            </div>
            <div className="dvc-visually-hidden" aria-live="polite">
              {announcement}
            </div>
          </>
        )}
      </div>
    );
  },
);
