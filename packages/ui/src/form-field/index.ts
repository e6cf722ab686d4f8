export {
  FormField,
  joinIds,
  useFieldIds,
  useFormField,
  type FieldControlProps,
  type FieldTextProps,
  type FormFieldOptions,
  type FormFieldProps,
} from './FormField.js';
export { useBlurFormat, type BlurFormatOptions } from './use-blur-format.js';
export { useHydrated } from './use-hydrated.js';
