'use client';
import { forwardRef, type FieldsetHTMLAttributes, type ReactNode } from 'react';
import { ErrorMessage } from '../error-message/ErrorMessage.js';
import { joinIds, useFieldIds } from '../form-field/FormField.js';
import { useBlurFormat } from '../form-field/use-blur-format.js';
import { Fieldset } from '../fieldset/Fieldset.js';
import { Hint } from '../hint/Hint.js';
import { useUiTranslation } from '../i18n/use-ui-translation.js';

export type DateInputField = 'day' | 'month' | 'year';
export type DateInputPrecision = 'full' | 'month-year' | 'year';
export type DateInputValue = Partial<Record<DateInputField, string>>;

export interface DateInputProps extends Omit<
  FieldsetHTMLAttributes<HTMLFieldSetElement>,
  'defaultValue' | 'onChange'
> {
  /** Base name; the fields post as `${name}-day`, `${name}-month` and `${name}-year`. */
  name: string;
  /** Base id (defaults to `name`); the fields get `${id}-day`, `${id}-month`, `${id}-year`. */
  id?: string;
  /** The question, rendered as the fieldset's `<legend>`. */
  legend: ReactNode;
  /** Help under the legend, e.g. "Ví dụ: 27 3 2007"; describes the whole group. */
  hint?: ReactNode;
  /** The error to fix; describes the group and highlights `errorFields` (all fields if empty). */
  error?: ReactNode;
  /** Which fields the error is about; only these are highlighted and marked invalid. */
  errorFields?: DateInputField[];
  /** Which fields to ask for: a full date, month and year, or year only. */
  precision?: DateInputPrecision;
  /** Wraps the legend in an `<h1>` when the question is the only one on the page. */
  isPageHeading?: boolean;
  /** Initial values of the fields, as typed (uncontrolled). */
  defaultValue?: DateInputValue;
  /** Current values of the fields (controlled); pair with `onValueChange`. */
  value?: DateInputValue;
  /** Called with all field values when one changes. */
  onValueChange?: (value: DateInputValue) => void;
  /** Adds `bday-day`, `bday-month`, `bday-year` autocomplete for the person's own date of birth. */
  autoCompleteBirthday?: boolean;
  /** Overrides the field labels ("Ngày", "Tháng", "Năm"). */
  fieldLabels?: Partial<Record<DateInputField, string>>;
}

const fieldsFor: Record<DateInputPrecision, DateInputField[]> = {
  full: ['day', 'month', 'year'],
  'month-year': ['month', 'year'],
  year: ['year'],
};

/** The id of the field an error-summary link should point at: the first field in error. */
export function dateInputFieldId(
  id: string,
  errorFields: DateInputField[] = [],
  precision: DateInputPrecision = 'full',
): string {
  const fields = fieldsFor[precision];
  const first = fields.find((field) => errorFields.includes(field)) ?? fields[0] ?? 'year';
  return `${id}-${first}`;
}

function DateField({
  field,
  id,
  name,
  label,
  invalid,
  value,
  defaultValue,
  autoComplete,
  onChange,
}: {
  field: DateInputField;
  id: string;
  name: string;
  label: string;
  invalid: boolean;
  value: string | undefined;
  defaultValue: string | undefined;
  autoComplete: string | undefined;
  onChange: ((value: string) => void) | undefined;
}) {
  const blur = useBlurFormat<HTMLInputElement>({
    format: (v) => v.trim(),
    onValueChange: onChange,
  });
  return (
    <div className="dvc-date-input__item">
      <label className="dvc-date-input__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="text"
        inputMode="numeric"
        spellCheck={false}
        autoComplete={autoComplete}
        className={[
          'dvc-input',
          'dvc-date-input__input',
          `dvc-input--width-${field === 'year' ? '4' : '2'}`,
          invalid && 'dvc-input--error',
        ]
          .filter(Boolean)
          .join(' ')}
        aria-invalid={invalid || undefined}
        value={value}
        defaultValue={defaultValue}
        onChange={(event) => onChange?.(event.currentTarget.value)}
        {...blur}
      />
    </div>
  );
}

/**
 * A date as three text fields (day, month, year), never `<input type="date">`, which shows the
 * browser's locale. Each field has its own label; an error can highlight only the wrong fields.
 */
export const DateInput = forwardRef<HTMLFieldSetElement, DateInputProps>(function DateInput(
  {
    name,
    id,
    legend,
    hint,
    error,
    errorFields = [],
    precision = 'full',
    isPageHeading,
    defaultValue,
    value,
    onValueChange,
    autoCompleteBirthday = false,
    fieldLabels,
    className,
    'aria-describedby': describedBy,
    ...rest
  },
  ref,
) {
  const { t } = useUiTranslation();
  const ids = useFieldIds(id, name);
  const fields = fieldsFor[precision];
  const labels: Record<DateInputField, string> = {
    day: fieldLabels?.day ?? t('dateInput.day'),
    month: fieldLabels?.month ?? t('dateInput.month'),
    year: fieldLabels?.year ?? t('dateInput.year'),
  };
  const highlighted = (field: DateInputField) =>
    error != null && (errorFields.length === 0 || errorFields.includes(field));

  return (
    <div
      className={['dvc-form-group', error != null && 'dvc-form-group--error']
        .filter(Boolean)
        .join(' ')}
    >
      <Fieldset
        ref={ref}
        legend={legend}
        isPageHeading={isPageHeading}
        className={['dvc-date-input__fieldset', className].filter(Boolean).join(' ')}
        aria-describedby={joinIds(
          hint != null && ids.hintId,
          error != null && ids.errorId,
          describedBy,
        )}
        {...rest}
      >
        {hint != null && <Hint id={ids.hintId}>{hint}</Hint>}
        {error != null && <ErrorMessage id={ids.errorId}>{error}</ErrorMessage>}
        <div className="dvc-date-input">
          {fields.map((field) => (
            <DateField
              key={field}
              field={field}
              id={`${ids.id}-${field}`}
              name={`${name}-${field}`}
              label={labels[field]}
              invalid={highlighted(field)}
              value={value ? (value[field] ?? '') : undefined}
              defaultValue={value ? undefined : defaultValue?.[field]}
              autoComplete={autoCompleteBirthday ? `bday-${field}` : undefined}
              onChange={
                onValueChange
                  ? (next) => {
                      onValueChange({ ...(value ?? defaultValue), [field]: next });
                    }
                  : undefined
              }
            />
          ))}
        </div>
      </Fieldset>
    </div>
  );
});
