export {
  FormField,
  joinIds,
  useFieldIds,
  type FieldTextProps,
  type FormFieldProps,
} from './FormField.js';
export { useBlurFormat, type BlurFormatOptions } from './use-blur-format.js';
export { useHydrated } from './use-hydrated.js';
