import { forwardRef, type SelectHTMLAttributes } from 'react';
import { FormField, joinIds, useFieldIds, type FieldTextProps } from '../form-field/FormField.js';

export interface SelectOption {
  /** The value posted with the form. */
  value: string;
  /** The text shown. */
  text: string;
  /** Greys the option out. */
  disabled?: boolean;
}

export interface SelectProps extends FieldTextProps, SelectHTMLAttributes<HTMLSelectElement> {
  /** The control's `name`; also its id when `id` is not given, so error-summary links reach it. */
  name: string;
  /** The options, in order; add a first `{ value: '', text: 'Chọn…' }` when nothing should be preselected. */
  options: SelectOption[];
}

/** A native `<select>` with label, hint and error; use radios instead when there are few options. */
export const Select = forwardRef<HTMLSelectElement, SelectProps>(function Select(
  {
    label,
    hint,
    error,
    isPageHeading,
    labelSize,
    formGroupClassName,
    id,
    name,
    options,
    className,
    'aria-describedby': describedBy,
    ...rest
  },
  ref,
) {
  const ids = useFieldIds(id, name);
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
      <select
        ref={ref}
        id={ids.id}
        name={name}
        className={['dvc-select', error != null && 'dvc-select--error', className]
          .filter(Boolean)
          .join(' ')}
        aria-invalid={error != null || undefined}
        aria-describedby={joinIds(
          hint != null && ids.hintId,
          error != null && ids.errorId,
          describedBy,
        )}
        {...rest}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.text}
          </option>
        ))}
      </select>
    </FormField>
  );
});
