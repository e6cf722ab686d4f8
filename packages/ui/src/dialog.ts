// Components of the dialog family; each is exported here as it is added.
export * from './dialog/index.js';
export * from './confirm-dialog/index.js';
export * from './timeout-warning/index.js';
