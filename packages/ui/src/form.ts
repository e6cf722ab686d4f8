// Components of the form family; each is exported here as it is added.
export * from './label/index.js';
export * from './hint/index.js';
export * from './error-message/index.js';
export * from './fieldset/index.js';
export * from './text-input/index.js';
export * from './error-summary/index.js';
export * from './textarea/index.js';
export * from './character-count/index.js';
export * from './select/index.js';
export * from './date-input/index.js';
export * from './radios/index.js';
export * from './checkboxes/index.js';
export * from './citizen-id-input/index.js';
export * from './phone-input/index.js';
export * from './file-upload/index.js';
