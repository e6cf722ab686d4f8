/**
 * Stands in for @dvc/i18n's `resources.js` in the browser bundle only (vite.config.ts swaps it
 * in; the server keeps the real one). It exports the same names, but its catalogs start with
 * what the server wrote into the page (one language, the namespaces and `portal` groups the
 * page used) and the rest of that language is fetched when the person first does something
 * on the page or moves to another page, as small chunks, so that every
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
/** Language -> namespaces whose every group is in memory. */
const complete = new Map<string, Set<string>>();
if (embedded.payload) {
  const lng = embedded.payload.locale;
  resources[lng] = { ...(resources[lng] ?? {}), ...embedded.payload.catalogs };
  const partial = new Set(embedded.payload.partial ?? []);
  complete.set(
    lng,
    new Set(Object.keys(embedded.payload.catalogs).filter((ns) => !partial.has(ns))),
  );
}
export const vi = resources.vi ?? {};
export const en = resources.en ?? {};

/** (language, namespace) of a catalog file path, or undefined for anything else. */
function catalogOf(path: string): { lng: string; ns: string } | undefined {
  const match = /\/locales\/([^/]+)\/([^/.]+)(?:\/[^/]+)?\.json$/u.exec(path);
  return match?.[1] && match[2] ? { lng: match[1], ns: match[2] } : undefined;
}

const loading = new Map<string, Promise<void>>();

/**
 * Every namespace of `lng` in memory (fetching once the files of those not complete: missing,
 * or shipped with only some groups); resolves when done. Groups already in memory are kept
 * as they are (the page was rendered with them), the others are added in place.
 */
export function loadLanguage(lng: string): Promise<void> {
  const pending = loading.get(lng);
  if (pending) return pending;
  const target = (resources[lng] ??= {});
  const done = complete.get(lng) ?? new Set<string>();
  complete.set(lng, done);
  const missing = Object.entries(catalogFiles).filter(([path]) => {
    const of = catalogOf(path);
    return of?.lng === lng && !done.has(of.ns);
  });
  const promise = Promise.all(
    missing.map(async ([path, load]) => ({ ns: catalogOf(path)?.ns ?? '', catalog: await load() })),
  ).then((parts) => {
    const merged: Record<string, Catalog> = {};
    for (const { ns, catalog } of parts) merged[ns] = { ...(merged[ns] ?? {}), ...catalog };
    for (const [ns, catalog] of Object.entries(merged)) {
      const present = target[ns];
      if (present) {
        for (const [group, value] of Object.entries(catalog)) present[group] ??= value;
      } else {
        target[ns] = catalog;
      }
      done.add(ns);
    }
  });
  loading.set(lng, promise);
  // A failed fetch is tried again next time rather than remembered.
  promise.catch(() => loading.delete(lng));
  return promise;
}

/** True when `lng` has every namespace, whole, in memory. */
export function isLanguageLoaded(lng: string): boolean {
  const done = complete.get(lng);
  return Boolean(done) && namespaces.every((ns) => done?.has(ns));
}
