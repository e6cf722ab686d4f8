// Components of the feedback and content family; each is exported here as it is added.
export * from './tag/index.js';
export * from './status-tag/index.js';
export * from './alert/index.js';
export * from './summary-list/index.js';
export * from './table/index.js';
export * from './panel/index.js';
export * from './progress-indicator/index.js';
export * from './task-list/index.js';
export * from './spinner/index.js';
export * from './progress-bar/index.js';
