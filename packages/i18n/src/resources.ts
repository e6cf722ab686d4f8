import enPortal from './locales/en/portal.json' with { type: 'json' };
import enUi from './locales/en/ui.json' with { type: 'json' };
import viPortal from './locales/vi/portal.json' with { type: 'json' };
import viUi from './locales/vi/ui.json' with { type: 'json' };

/** Vietnamese catalogs: the default language, the fallback, and the source of the key types. */
export const vi = { ui: viUi, portal: viPortal };

/** English catalogs: every key of `vi`, translated. */
export const en: typeof vi = { ui: enUi, portal: enPortal };

/** Every catalog by language. Adding a language is adding one folder of catalogs here. */
export const resources = { vi, en } as const;

/** A language the kit ships catalogs for. */
export type Locale = keyof typeof resources;

/** The namespaces every language provides. */
export type Namespace = keyof typeof vi;

export const locales = Object.keys(resources) as Locale[];
export const defaultLocale: Locale = 'vi';
export const namespaces = Object.keys(vi) as Namespace[];
