import { locales, namespaces, resources, type createI18n, type Locale } from '@dvc/i18n';

type I18n = ReturnType<typeof createI18n>;
import { use, useEffect } from 'react';
import { catalogElementId, serialisePayload } from './catalog-payload.js';
import { embeddedCatalogText, isLanguageLoaded, loadLanguage } from './client-resources.js';

/** Namespaces every page ships: the titles (route `meta`) and the header read `portal`. */
const alwaysShipped = ['portal'];

const used = new WeakMap<I18n, Set<string>>();

/**
 * Records which namespaces a server render touches on `instance` (every `useTranslation(ns)`
 * asks `hasLoadedNamespace`, every string read goes through the resource store), so that the
 * page ships exactly those. Returns the same instance.
 */
export function trackNamespaces(instance: I18n): I18n {
  if (typeof document !== 'undefined') return instance;
  const seen = new Set(alwaysShipped);
  used.set(instance, seen);
  const hasLoaded = instance.hasLoadedNamespace.bind(instance);
  instance.hasLoadedNamespace = (ns, options) => {
    for (const one of typeof ns === 'string' ? [ns] : ns) seen.add(one);
    return hasLoaded(ns, options);
  };
  // i18next's typings leave the store's reader out; it is public and stable since v19.
  const store = instance.services.resourceStore as unknown as {
    getResource: (lng: string, ns: string, ...rest: unknown[]) => unknown;
  };
  const getResource = store.getResource.bind(store);
  store.getResource = (lng, ns, ...rest) => {
    seen.add(ns);
    return getResource(lng, ns, ...rest);
  };
  return instance;
}

/** On the server: the namespaces the render used, in the kit's order, that exist. */
function shippedNamespaces(instance: I18n): string[] {
  const seen = used.get(instance) ?? new Set(namespaces);
  return (namespaces as string[]).filter((ns) => seen.has(ns));
}

export interface PageCatalogsProps {
  /** The layout's instance, passed through `trackNamespaces`. */
  i18n: I18n;
  locale: Locale;
  nonce?: string | undefined;
}

/**
 * The page's catalogs as a JSON data block. Render it after the page content (so the whole
 * render has been tracked) and before `<Scripts>` (so it is in the document when they run).
 * In the browser it renders back exactly the text the server wrote.
 */
export function PageCatalogs({ i18n, locale, nonce }: PageCatalogsProps) {
  let text = embeddedCatalogText;
  if (typeof document === 'undefined') {
    const shipped = shippedNamespaces(i18n);
    const language = resources[locale] as Record<string, Record<string, unknown>>;
    text = serialisePayload({
      locale,
      locales,
      namespaces,
      catalogs: Object.fromEntries(shipped.map((ns) => [ns, language[ns] ?? {}])),
    });
  }
  return (
    <script
      type="application/json"
      id={catalogElementId}
      nonce={nonce}
      suppressHydrationWarning
      // Serialised with <, > and line separators escaped: it cannot close the element.
      dangerouslySetInnerHTML={{ __html: text }}
    />
  );
}

type Tracked<T> = Promise<T> & { status?: string; value?: T; reason?: unknown };

const settled = new Map<string, Tracked<void>>();

/** A promise `use()` can read without suspending once it has settled. */
function trackedLoad(lng: string): Tracked<void> {
  let promise = settled.get(lng);
  if (!promise) {
    const loading: Tracked<void> = loadLanguage(lng);
    loading.status = 'pending';
    loading.then(
      () => {
        loading.status = 'fulfilled';
      },
      (reason: unknown) => {
        loading.status = 'rejected';
        loading.reason = reason;
        // A failed fetch is retried on the next call rather than remembered.
        settled.delete(lng);
      },
    );
    settled.set(lng, loading);
    promise = loading;
  }
  return promise;
}

/**
 * In the browser: waits (suspends) for a language whose catalogs are not in memory, which only
 * happens when the language changes without a full page load. Once hydrated, fetches the rest
 * of the page's language in the background, so later client-side pages find their strings.
 */
export function useLanguageCatalogs(locale: Locale): void {
  if (typeof document !== 'undefined' && !embeddedCatalogText.includes(`"locale":"${locale}"`)) {
    if (!isLanguageLoaded(locale)) use(trackedLoad(locale) as Promise<void>);
  }
  useEffect(() => {
    void trackedLoad(locale);
  }, [locale]);
}

/** For a client navigation: resolves once the page's language is fully in memory. */
export function languageLoaded(locale: string): Promise<void> {
  return trackedLoad(locale);
}
