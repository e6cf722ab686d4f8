import './types.js';

export { createI18n, isLocale, type CreateI18nOptions } from './create-i18n.js';
export {
  defaultLocale,
  en,
  locales,
  namespaces,
  resources,
  vi,
  type Locale,
  type Namespace,
} from './resources.js';
