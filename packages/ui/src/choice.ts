// Components of the choice family; each is exported here as it is added.
export * from './combobox/index.js';
export * from './address-picker/index.js';
