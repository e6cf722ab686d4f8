// Types of the compact module generated at build time (dist/places-data.js, written by
// scripts/build-places.mjs from src/places-source.ts). In tests it is computed on the fly
// (src/places-data.dev.ts, wired in vitest.config.ts).

/** [code, name, type] of each of the 34 provinces and centrally-run cities. */
export declare const provinceRows: readonly (readonly [
  code: string,
  name: string,
  type: 'province' | 'city',
])[];

/** Per province code, `code + name` of each commune joined by `|`. */
export declare const communeRows: Readonly<Record<string, string>>;
