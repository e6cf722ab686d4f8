import i18next, { type i18n } from 'i18next';
import { defaultLocale, locales, namespaces, resources, type Locale } from './resources.js';

export interface CreateI18nOptions {
  /** The language to start in; unknown languages fall back to Vietnamese. */
  lng?: string;
}

/** True when the kit ships catalogs for `lng`. */
export function isLocale(lng: unknown): lng is Locale {
  return typeof lng === 'string' && (locales as string[]).includes(lng);
}

/**
 * A new, fully initialised i18next instance. Each server request gets its own, so one
 * citizen's language never leaks into another's page.
 */
export function createI18n({ lng }: CreateI18nOptions = {}): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: isLocale(lng) ? lng : defaultLocale,
    fallbackLng: defaultLocale,
    supportedLngs: locales,
    ns: namespaces,
    defaultNS: 'ui',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
