/**
 * Stands in for @dvc/i18n's `resources.js` in the browser bundle only (vite.config.ts swaps it
 * in; the server keeps the real one). It exports the same names, but its catalogs start with
 * what the server wrote into the page (one language, the namespaces the page used) and the
 * rest of that language is fetched after hydration, as small chunks, so that every
 * `createI18n()` in the browser (root layout, route `meta`, @dvc/ui's fallback) shares them.
 */
import { catalogElementId, type CatalogPayload } from './catalog-payload.js';

type Catalog = Record<string, unknown>;

/** Every catalog file of @dvc/i18n, one lazy chunk each: locales/<lng>/<ns>.json or <ns>/<part>.json. */
const catalogFiles = import.meta.glob<Catalog>('../../../../packages/i18n/src/locales/**/*.json', {
  import: 'default',
});

function readEmbedded(): { text: string; payload: CatalogPayload | undefined } {
  if (typeof document === 'undefined') return { text: '', payload: undefined };
  const text = document.getElementById(catalogElementId)?.textContent ?? '';
  try {
    return { text, payload: text ? (JSON.parse(text) as CatalogPayload) : undefined };
  } catch {
    return { text, payload: undefined };
  }
}

const embedded = readEmbedded();

/** The page's data block exactly as the server wrote it, so hydration renders the same text. */
export const embeddedCatalogText = embedded.text;

export const defaultLocale = 'vi';
export const locales: string[] = embedded.payload?.locales ?? ['vi', 'en'];
export const namespaces: string[] = embedded.payload?.namespaces ?? [
  'ui',
  'validation',
  'flows',
  'portal',
];

/** Language -> namespace -> catalog; filled in place, since i18next keeps a reference to it. */
export const resources: Record<string, Record<string, Catalog>> = Object.fromEntries(
  locales.map((lng) => [lng, {}]),
);
if (embedded.payload) {
  const lng = embedded.payload.locale;
  resources[lng] = { ...(resources[lng] ?? {}), ...embedded.payload.catalogs };
}
export const vi = resources.vi ?? {};
export const en = resources.en ?? {};

/** (language, namespace) of a catalog file path, or undefined for anything else. */
function catalogOf(path: string): { lng: string; ns: string } | undefined {
  const match = /\/locales\/([^/]+)\/([^/.]+)(?:\/[^/]+)?\.json$/u.exec(path);
  return match?.[1] && match[2] ? { lng: match[1], ns: match[2] } : undefined;
}

const loading = new Map<string, Promise<void>>();

/** Every namespace of `lng` in memory (fetching the missing ones once); resolves when done. */
export function loadLanguage(lng: string): Promise<void> {
  const pending = loading.get(lng);
  if (pending) return pending;
  const target = (resources[lng] ??= {});
  const missing = Object.entries(catalogFiles).filter(([path]) => {
    const of = catalogOf(path);
    return of?.lng === lng && !(of.ns in target);
  });
  const promise = Promise.all(
    missing.map(async ([path, load]) => ({ ns: catalogOf(path)?.ns ?? '', catalog: await load() })),
  ).then((parts) => {
    const merged: Record<string, Catalog> = {};
    for (const { ns, catalog } of parts) merged[ns] = { ...(merged[ns] ?? {}), ...catalog };
    for (const [ns, catalog] of Object.entries(merged)) {
      if (!(ns in target)) target[ns] = catalog;
    }
  });
  loading.set(lng, promise);
  // A failed fetch is tried again next time rather than remembered.
  promise.catch(() => loading.delete(lng));
  return promise;
}

/** True when `lng` has every namespace in memory. */
export function isLanguageLoaded(lng: string): boolean {
  const loaded = resources[lng];
  return Boolean(loaded) && namespaces.every((ns) => loaded && ns in loaded);
}
