import { locales, namespaces, resources, type createI18n, type Locale } from '@dvc/i18n';

type I18n = ReturnType<typeof createI18n>;
import { use, useEffect } from 'react';
import { catalogElementId, serialisePayload, type CatalogPayload } from './catalog-payload.js';
import { embeddedCatalogText, isLanguageLoaded, loadLanguage } from './client-resources.js';

/**
 * Namespaces shipped by top-level group: `portal` is one namespace for every area of the portal
 * (each area owns its own groups), so a citizen's page need not carry the officers' strings.
 * The components' namespaces go whole: a check in the browser or a dialog may need any of
 * their strings before the rest of the language has arrived.
 */
const byGroup: ReadonlySet<string> = new Set(['portal']);

/** Groups every page ships: titles (route `meta`, read by their own instances) and errors. */
const alwaysShipped: Readonly<Record<string, readonly string[]>> = { portal: ['meta', 'errors'] };

/** Per namespace: every group (`true`), or the top-level groups read. */
type Used = Map<string, true | Set<string>>;

const used = new WeakMap<I18n, Used>();

function markNamespace(seen: Used, ns: string): void {
  if (!seen.has(ns)) seen.set(ns, byGroup.has(ns) ? new Set(alwaysShipped[ns]) : true);
}

function markKey(seen: Used, ns: string, key: unknown): void {
  markNamespace(seen, ns);
  const groups = seen.get(ns);
  const first = Array.isArray(key) ? (key as unknown[])[0] : key;
  // A read without a key is i18next asking whether the bundle exists (the kit reads no bundle
  // whole); a key's first part is its group.
  if (groups instanceof Set && typeof first === 'string' && first !== '') {
    groups.add(first.split('.')[0] ?? first);
  }
}

/**
 * Records which namespaces, and of `portal` which top-level groups, a server render touches on
 * `instance` (every `useTranslation(ns)` asks `hasLoadedNamespace`, every string read goes
 * through the resource store), so that the page ships exactly those. Returns the same instance.
 */
export function trackNamespaces(instance: I18n): I18n {
  if (typeof document !== 'undefined') return instance;
  const seen: Used = new Map();
  for (const ns of Object.keys(alwaysShipped)) markNamespace(seen, ns);
  used.set(instance, seen);
  const hasLoaded = instance.hasLoadedNamespace.bind(instance);
  instance.hasLoadedNamespace = (ns, options) => {
    for (const one of typeof ns === 'string' ? [ns] : ns) markNamespace(seen, one);
    return hasLoaded(ns, options);
  };
  // i18next's typings leave the store's reader out; it is public and stable since v19.
  const store = instance.services.resourceStore as unknown as {
    getResource: (lng: string, ns: string, key?: unknown, ...rest: unknown[]) => unknown;
  };
  const getResource = store.getResource.bind(store);
  store.getResource = (lng, ns, key, ...rest) => {
    markKey(seen, ns, key);
    return getResource(lng, ns, key, ...rest);
  };
  return instance;
}

/** On the server: the catalogs of `locale` the render used, in the kit's order, that exist. */
function shippedCatalogs(
  instance: I18n,
  locale: Locale,
): Pick<CatalogPayload, 'catalogs' | 'partial'> {
  const seen = used.get(instance);
  const language = resources[locale] as Record<string, Record<string, unknown>>;
  const catalogs: Record<string, Record<string, unknown>> = {};
  const partial: string[] = [];
  for (const ns of namespaces as string[]) {
    const groups = seen ? seen.get(ns) : true;
    if (!groups) continue;
    const catalog = language[ns] ?? {};
    if (groups === true) {
      catalogs[ns] = catalog;
      continue;
    }
    catalogs[ns] = Object.fromEntries(Object.entries(catalog).filter(([g]) => groups.has(g)));
    partial.push(ns);
  }
  return partial.length > 0 ? { catalogs, partial } : { catalogs };
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
    text = serialisePayload({ locale, locales, namespaces, ...shippedCatalogs(i18n, locale) });
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

/** What a person does first on a page: the moment to fetch the rest of its language. */
const firstInteraction = ['pointerdown', 'keydown', 'focusin', 'input'] as const;

/**
 * In the browser: waits (suspends) for a language whose catalogs are not in memory, which only
 * happens when the language changes without a full page load. Once hydrated, fetches the rest
 * of the page's language when the person first does something on the page (a client-side page
 * change waits for it too, see `languageLoaded`): a page that is only read costs no more bytes,
 * and the first page's scripts do not share a slow network with strings it does not show.
 */
export function useLanguageCatalogs(locale: Locale): void {
  if (typeof document !== 'undefined' && !embeddedCatalogText.includes(`"locale":"${locale}"`)) {
    if (!isLanguageLoaded(locale)) use(trackedLoad(locale) as Promise<void>);
  }
  useEffect(() => {
    if (isLanguageLoaded(locale)) return;
    const load = () => void trackedLoad(locale);
    for (const type of firstInteraction) {
      window.addEventListener(type, load, { capture: true, passive: true, once: true });
    }
    return () => {
      for (const type of firstInteraction) window.removeEventListener(type, load, true);
    };
  }, [locale]);
}

/** For a client navigation: resolves once the page's language is fully in memory. */
export function languageLoaded(locale: string): Promise<void> {
  return trackedLoad(locale);
}
