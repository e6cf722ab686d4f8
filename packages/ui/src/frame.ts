// Components of the frame family; each is exported here as it is added.
export * from './skip-link/index.js';
export * from './header/index.js';
export * from './footer/index.js';
export * from './language-switcher/index.js';
export * from './breadcrumbs/index.js';
export * from './phase-banner/index.js';
export * from './back-link/index.js';
export * from './pagination/index.js';
export * from './details/index.js';
export * from './accordion/index.js';
