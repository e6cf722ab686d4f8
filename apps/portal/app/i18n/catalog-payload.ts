/**
 * The catalogs a page ships to the browser: only the page's language, only the namespaces its
 * server render used, and of `portal` (one namespace shared by every area: citizens, officers,
 * reports) only the top-level groups the render read. The server writes them into
 * the HTML as a JSON data block (not a script that runs, so the CSP is untouched); the browser
 * bundle reads them from there instead of carrying every language and namespace in its JS.
 */
export const catalogElementId = 'dvc-i18n-catalogs';

export interface CatalogPayload {
  /** The page's language. */
  locale: string;
  /** Every language the kit ships (so `isLocale` keeps working in the browser). */
  locales: string[];
  /** Every namespace the kit ships (loaded or not). */
  namespaces: string[];
  /** The page's language: namespace -> catalog. */
  catalogs: Record<string, Record<string, unknown>>;
  /** Namespaces in `catalogs` that hold only some of their top-level groups. */
  partial?: string[];
}

/** JSON safe inside a <script> element: no `</script>`, no `<!--`, no line separators. */
export function serialisePayload(payload: CatalogPayload): string {
  return JSON.stringify(payload)
    .replace(/</gu, '\\u003c')
    .replace(/>/gu, '\\u003e')
    .replace(/\u2028/gu, '\\u2028')
    .replace(/\u2029/gu, '\\u2029');
}
