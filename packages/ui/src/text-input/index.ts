export { TextInput, type TextInputProps, type TextInputWidth } from './TextInput.js';
