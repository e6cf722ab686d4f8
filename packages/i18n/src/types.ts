import type { vi } from './resources.js';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: typeof vi;
  }
}
