export * from './button/index.js';
export * from './visually-hidden/index.js';
export * from './frame.js';
export * from './form.js';
export * from './choice.js';
export * from './feedback.js';
export * from './dialog.js';
