'use client';
import { validateCitizenId } from '@dvc/vn';
import { forwardRef, useState } from 'react';
import { useUiTranslation } from '../i18n/use-ui-translation.js';
import { joinIds, useFieldIds } from '../form-field/FormField.js';
import { TextInput, type TextInputProps } from '../text-input/TextInput.js';
import { VisuallyHidden } from '../visually-hidden/VisuallyHidden.js';

export interface CitizenIdInputProps extends Omit<
  TextInputProps,
  'width' | 'formatOnBlur' | 'prefix' | 'suffix' | 'hint'
> {
  /** Help under the label; defaults to "Gồm 12 chữ số, in trên thẻ căn cước…". Pass `null` for none. */
  hint?: TextInputProps['hint'] | null;
  /** The sex given elsewhere in the form; a soft warning shows if the number disagrees. */
  sex?: 'male' | 'female';
  /** The birth year given elsewhere in the form; a soft warning shows if the number disagrees. */
  birthYear?: number;
}

/** Groups a 12-digit number as 4-4-4 for reading; anything else is left as typed. */
export function formatCitizenId(value: string): string {
  const digits = value.normalize('NFKC').replace(/[\s.\-–—_]/gu, '');
  if (!/^\d{12}$/u.test(digits)) return value.trim();
  return `${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8)}`;
}

/**
 * The 12-digit personal ID number (số định danh cá nhân). Grouped 4-4-4 on blur only, so the
 * posted value may contain spaces: the server normalises it with `validateCitizenId(...).value`
 * (digits only), which works with JavaScript off. Disagreement with `sex` or `birthYear` shows a
 * hint-styled warning that never blocks.
 */
export const CitizenIdInput = forwardRef<HTMLInputElement, CitizenIdInputProps>(
  function CitizenIdInput(
    {
      id,
      name,
      hint,
      sex,
      birthYear,
      value,
      defaultValue,
      onValueChange,
      onBlur,
      className,
      'aria-describedby': describedBy,
      ...rest
    },
    ref,
  ) {
    const { t } = useUiTranslation();
    const ids = useFieldIds(id, name);
    const warningId = `${ids.id}-warning`;
    // The value last checked for warnings: set on load and on blur, never while typing.
    const [checked, setChecked] = useState(() =>
      typeof value === 'string' ? value : typeof defaultValue === 'string' ? defaultValue : '',
    );
    const result = checked ? validateCitizenId(checked, { sex, birthYear }) : undefined;
    const warnings = result?.ok ? result.warnings : [];
    const messages = warnings.map((warning) =>
      warning.code === 'citizenId.sexMismatch'
        ? t('citizenId.sexMismatch', { ns: 'validation' })
        : t('citizenId.birthYearMismatch', {
            ns: 'validation',
            birthYear: warning.params?.birthYear ?? '',
          }),
    );

    return (
      <div className="dvc-citizen-id-input__field">
        <TextInput
          ref={ref}
          id={ids.id}
          name={name}
          hint={hint === null ? undefined : (hint ?? t('citizenIdInput.hint'))}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          width={20}
          className={['dvc-citizen-id-input', className].filter(Boolean).join(' ')}
          value={value}
          defaultValue={defaultValue}
          formatOnBlur={formatCitizenId}
          onValueChange={onValueChange}
          onBlur={(event) => {
            setChecked(event.currentTarget.value);
            onBlur?.(event);
          }}
          aria-describedby={joinIds(messages.length > 0 && warningId, describedBy)}
          formGroupClassName="dvc-citizen-id-input__group"
          {...rest}
        />
        <div id={warningId} className="dvc-citizen-id-input__warnings" aria-live="polite">
          {messages.map((message) => (
            <p key={message} className="dvc-hint dvc-citizen-id-input__warning">
              <VisuallyHidden>{t('citizenIdInput.warningPrefix')}</VisuallyHidden> {message}
            </p>
          ))}
        </div>
      </div>
    );
  },
);
