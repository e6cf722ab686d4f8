import { forwardRef, type SelectHTMLAttributes } from 'react';
import { FormField, useFormField, type FieldTextProps } from '../form-field/FormField.js';

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
export const Select = forwardRef<HTMLSelectElement, SelectProps>(function Select(props, ref) {
  const {
    field,
    control,
    rest: { options, ...rest },
  } = useFormField(props, { controlClass: 'dvc-select' });
  return (
    <FormField {...field}>
      <select ref={ref} {...control} {...rest}>
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.text}
          </option>
        ))}
      </select>
    </FormField>
  );
});
