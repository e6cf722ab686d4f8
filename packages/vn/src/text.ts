/** NFC-normalises text, trims it and collapses inner white space to single spaces. */
export function normalizeText(input: string): string {
  return input.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

/**
 * A search key: lower case, combining marks removed, đ/Đ mapped to d.
 * Stripping marks alone leaves đ untouched, so it is mapped explicitly.
 * Because every mark is removed, both tone placements ("hoà"/"hòa", "thuỷ"/"thủy") fold alike.
 */
export function foldText(input: string): string {
  // Lower-case first (it can add marks: "İ" becomes "i" + U+0307), then drop marks, then collapse
  // the white space a dropped mark may leave, so folding twice changes nothing.
  return normalizeText(input)
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gu, 'd')
    .trim()
    .replace(/\s+/gu, ' ');
}

// The five Vietnamese tone marks, as combining characters (NFD).
const TONE = '[\u0300\u0301\u0303\u0309\u0323]';
// "oa", "oe", "uy" closing a syllable, with the tone on the second vowel ("hoà", "thuỷ").
// Not after q: in "quý" the u belongs to the consonant and the tone always sits on y.
const TONE_ON_SECOND = new RegExp(`(?<![qQ])([oOuU])([aAeEyY])(${TONE})(?![\\p{L}\\p{M}])`, 'gu');

/**
 * Unifies tone placement to the form with the tone on the first vowel of an open "oa", "oe" or
 * "uy" ending ("hoà" -> "hòa", "thuỷ" -> "thủy", "khoẻ" -> "khỏe"), which is the spelling the
 * 2025 administrative-unit lists mostly use. Returns NFC. Syllables with a final consonant
 * ("hoàng", "thuyết") and "qu" syllables ("quý") are left alone, since they have one spelling.
 */
export function normalizeTonePlacement(input: string): string {
  return input
    .normalize('NFD')
    .replace(TONE_ON_SECOND, (whole, first: string, second: string, tone: string) => {
      const pair = `${first}${second}`.toLowerCase();
      if (pair !== 'oa' && pair !== 'oe' && pair !== 'uy') return whole;
      return `${first}${tone}${second}`;
    })
    .normalize('NFC');
}

const collator = new Intl.Collator('vi');

/** Compares two strings in Vietnamese alphabetical order (a ă â b c d đ e ê ...), for `sort`. */
export function compareVi(a: string, b: string): number {
  return collator.compare(a.normalize('NFC'), b.normalize('NFC'));
}

/** How well an item matched a query: lower is better. */
export type MatchRank =
  /** The whole name starts with the query ("thai ng" in "Thái Nguyên"). */
  | 0
  /** A word of the name starts with the query ("nguy" in "Thái Nguyên"). */
  | 1
  /** The query occurs inside the name ("ai ng" in "Thái Nguyên"). */
  | 2
  /** Every word of the query starts some word of the item's keys, in any order. */
  | 3;

/** One search hit. */
export interface SearchResult<T> {
  item: T;
  rank: MatchRank;
}

/** A field to search: a property name holding a string (or strings), or a function. */
export type SearchKey<T> =
  | { [K in keyof T]: T[K] extends string | readonly string[] | undefined ? K : never }[keyof T]
  | ((item: T) => string | readonly string[] | undefined);

export interface SearchOptions<T> {
  /** The fields to search, most important first (an earlier key wins ties). */
  keys: readonly SearchKey<T>[];
  /**
   * Groups of spellings that mean the same thing, e.g. `[['Bắc Kạn', 'Bắc Cạn']]`. Each item key
   * is also indexed with every other spelling of its group, so a query in either spelling finds it.
   * Defaults to {@link defaultSynonyms}; pass `[]` for none.
   */
  synonyms?: readonly (readonly string[])[];
  /** Words a query may start with that the names may lack ("tp", "tỉnh", "xã"...). Folded. */
  optionalPrefixes?: readonly string[];
  /** The most results to return. Default 20. */
  limit?: number;
}

/**
 * Spelling variants that folding alone does not unify. Tone placement ("hoà"/"hòa") needs no
 * entry: folding removes every mark, so both placements fold to the same key.
 */
export const defaultSynonyms: readonly (readonly string[])[] = [
  ['Bắc Kạn', 'Bắc Cạn'],
  ['Hồ Chí Minh', 'HCM', 'Sài Gòn'],
  ['Đắk Lắk', 'Đắc Lắc', 'Daklak'],
  ['Đắk Nông', 'Đắc Nông', 'Daknong'],
  ['Huế', 'Thừa Thiên Huế'],
  ['Bà Rịa - Vũng Tàu', 'Bà Rịa Vũng Tàu', 'BRVT'],
];

/** Words people type before a place name; queries are tried with and without them. */
export const defaultOptionalPrefixes: readonly string[] = [
  'thanh pho',
  'tp.',
  'tp',
  'tinh',
  'xa',
  'phuong',
  'dac khu',
  'thi tran',
  'thi xa',
  'quan',
  'huyen',
];

/** Folds text for searching: like {@link foldText}, with punctuation turned into spaces. */
export function searchKey(input: string): string {
  return foldText(input)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function stripPrefix(key: string, prefixes: readonly string[]): string | undefined {
  for (const prefix of prefixes) {
    if (key.startsWith(`${prefix} `)) return key.slice(prefix.length + 1);
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function keyValues<T>(item: T, key: SearchKey<T>): readonly string[] {
  const value: unknown = typeof key === 'function' ? key(item) : item[key];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

function rankIn(key: string, query: string): MatchRank | undefined {
  if (key.startsWith(query)) return 0;
  const at = key.indexOf(query);
  if (at < 0) return undefined;
  if (key.includes(` ${query}`)) return 1;
  return 2;
}

/**
 * Builds a search over `items`: returns a function from a query to ranked results (whole-name
 * prefix, then word prefix, then substring, then all query words in any order), ties kept in
 * Vietnamese alphabetical order of the first key. Keys are folded once, here, so each keystroke
 * only compares plain strings. Queries are NFC/NFD-insensitive, mark-insensitive, and tolerant of
 * optional prefixes ("tp", "tỉnh", "xã", "phường", "đặc khu") and spelling variants.
 * An empty query returns no results.
 */
export function createSearch<T>(
  items: readonly T[],
  options: SearchOptions<T>,
): (query: string) => SearchResult<T>[] {
  const limit = options.limit ?? 20;
  const prefixes = (options.optionalPrefixes ?? defaultOptionalPrefixes).map(searchKey);
  const groups = (options.synonyms ?? defaultSynonyms)
    .map((group) => group.map(searchKey).filter(Boolean))
    .filter((group) => group.length > 1);
  const synonymPatterns = groups.map((group) =>
    group.map((spelling) => new RegExp(`(^| )${escapeRegExp(spelling)}(?= |$)`, 'u')),
  );

  function variants(key: string): string[] {
    const out = new Set<string>([key]);
    groups.forEach((group, g) => {
      for (const current of [...out]) {
        group.forEach((spelling, s) => {
          // A plain substring check first: most keys hold no variant, and it is far cheaper.
          if (!current.includes(spelling)) return;
          const pattern = synonymPatterns[g]?.[s];
          if (!pattern?.test(current)) return;
          for (const other of group) {
            if (other !== spelling) out.add(current.replace(pattern, `$1${other}`));
          }
        });
      }
    });
    for (const current of [...out]) {
      const stripped = stripPrefix(current, prefixes);
      if (stripped) out.add(stripped);
    }
    return [...out];
  }

  interface Entry {
    item: T;
    order: number;
    keys: string[];
    words: string[];
  }

  const sorted = items
    .map((item, index) => ({
      item,
      index,
      label: normalizeText(
        options.keys.length > 0 ? (keyValues(item, options.keys[0]!)[0] ?? '') : '',
      ),
    }))
    .sort((a, b) => collator.compare(a.label, b.label) || a.index - b.index);

  // Values repeat (every commune carries its province's name): fold each distinct value once.
  const folds = new Map<string, string[]>();
  const entries: Entry[] = sorted.map(({ item }, order) => {
    const keys: string[] = [];
    for (const key of options.keys) {
      for (const value of keyValues(item, key)) {
        let keyVariants = folds.get(value);
        if (!keyVariants) {
          const folded = searchKey(value);
          keyVariants = folded ? variants(folded) : [];
          folds.set(value, keyVariants);
        }
        keys.push(...keyVariants);
      }
    }
    const unique = [...new Set(keys)];
    const words = [...new Set(unique.flatMap((k) => k.split(' ')))];
    return { item, order, keys: unique, words };
  });

  return function search(query: string): SearchResult<T>[] {
    if (typeof query !== 'string') return [];
    const folded = searchKey(query);
    if (!folded) return [];
    const queries = variants(folded);
    const queryWords = [...new Set(folded.split(' '))];
    const hits: { entry: Entry; rank: MatchRank }[] = [];
    for (const entry of entries) {
      let best: MatchRank | undefined;
      for (const key of entry.keys) {
        for (const q of queries) {
          const rank = rankIn(key, q);
          if (rank !== undefined && (best === undefined || rank < best)) best = rank;
        }
        if (best === 0) break;
      }
      if (
        best === undefined &&
        queryWords.length > 1 &&
        queryWords.every((w) => entry.words.some((word) => word.startsWith(w)))
      ) {
        best = 3;
      }
      if (best !== undefined) hits.push({ entry, rank: best });
    }
    hits.sort((a, b) => a.rank - b.rank || a.entry.order - b.entry.order);
    return hits.slice(0, Math.max(0, limit)).map(({ entry, rank }) => ({ item: entry.item, rank }));
  };
}
