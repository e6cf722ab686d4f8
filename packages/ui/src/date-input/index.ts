export {
  DateInput,
  dateInputFieldId,
  type DateInputField,
  type DateInputPrecision,
  type DateInputProps,
  type DateInputValue,
} from './DateInput.js';
