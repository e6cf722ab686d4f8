export { Checkboxes, type CheckboxesItem, type CheckboxesProps } from './Checkboxes.js';
