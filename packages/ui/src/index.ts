export * from './button/index.js';
export * from './visually-hidden/index.js';
