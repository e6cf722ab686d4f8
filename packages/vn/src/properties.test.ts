// Property tests: laws that must hold for every input, not just the examples.
// fast-check 4 has no fullUnicodeString: `fc.string({ unit: 'binary' })` is its replacement
// (any code point, lone surrogates included).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPhone, maskId, maskPhone } from './format.js';
import { communes, searchPlaces } from './places.js';
import { searchEthnicGroups } from './reference.js';
import {
  compareVi,
  createSearch,
  foldText,
  normalizeText,
  normalizeTonePlacement,
  searchKey,
} from './text.js';
import {
  validateCitizenId,
  validateDate,
  validateEmail,
  validateFullName,
  validateOldIdNumber,
  validatePhone,
  validateTaxCode,
} from './validators.js';

// Vietnamese letters, precomposed and decomposed, with digits, spaces and separators: inputs that
// look like what people type, so the laws are tested where the marks are.
const vietnameseUnit = fc.constantFrom(
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ'.split(
    '',
  ),
  '\u0300',
  '\u0301',
  '\u0303',
  '\u0309',
  '\u0323',
  '\u0302',
  '\u0306',
  '\u031b',
  ' ',
  '\t',
  "'",
  '-',
  '.',
  '0',
  '9',
  '+',
  '@',
  'oà',
  'uỳ',
  'hoà',
  'thuỷ',
);
const vietnamese = fc.string({ unit: vietnameseUnit, maxLength: 30 });
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  vietnamese,
);

const nfd = (s: string) => s.normalize('NFD');

const validators: [string, (input: string) => unknown][] = [
  ['validateCitizenId', (s) => validateCitizenId(s, { sex: 'male', birthYear: 1990 })],
  ['validateOldIdNumber', validateOldIdNumber],
  ['validatePhone', validatePhone],
  ['validateEmail', validateEmail],
  ['validateTaxCode', validateTaxCode],
  ['validateFullName', (s) => validateFullName(s, { uppercase: true })],
  ['validateDate', (s) => validateDate({ day: s, month: s, year: s })],
  ['validateDate (year)', (s) => validateDate({ year: s }, { precision: 'year', minAge: 18 })],
];

describe('text laws', () => {
  it('folding is idempotent', () => {
    fc.assert(fc.property(anyText, (s) => foldText(foldText(s)) === foldText(s)));
    fc.assert(fc.property(anyText, (s) => searchKey(searchKey(s)) === searchKey(s)));
  });

  it('normalising is idempotent and yields NFC', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = normalizeText(s);
        return normalizeText(once) === once && once === once.normalize('NFC');
      }),
    );
    fc.assert(
      fc.property(vietnamese, (s) => {
        const once = normalizeTonePlacement(s);
        return normalizeTonePlacement(once) === once && foldText(once) === foldText(s);
      }),
    );
  });

  it('folded text has no combining marks, no đ and no capitals', () => {
    fc.assert(
      fc.property(
        vietnamese,
        (s) => !/[\p{M}đĐ]/u.test(foldText(s)) && foldText(s) === foldText(s).toLowerCase(),
      ),
    );
  });

  it('every text function gives the same result for NFC and NFD input', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        expect(normalizeText(nfd(a))).toBe(normalizeText(a));
        expect(foldText(nfd(a))).toBe(foldText(a));
        expect(searchKey(nfd(a))).toBe(searchKey(a));
        expect(normalizeTonePlacement(nfd(a))).toBe(normalizeTonePlacement(a));
        expect(Math.sign(compareVi(nfd(a), b))).toBe(Math.sign(compareVi(a, b)));
        expect(maskId(nfd(a))).toBe(maskId(a));
        expect(maskPhone(nfd(a))).toBe(maskPhone(a));
        expect(formatPhone(nfd(a))).toBe(formatPhone(a));
      }),
    );
  });
});

describe('validator laws', () => {
  for (const [name, validate] of validators) {
    it(`${name} never throws and returns a result with a code or a value`, () => {
      fc.assert(
        fc.property(anyText, (s) => {
          const result = validate(s) as { ok: boolean; code?: string; value?: unknown };
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.code).toMatch(/^[a-zA-Z]+\.[a-zA-Z]+$/u);
        }),
      );
    });

    it(`${name} gives the same result for NFC and NFD input`, () => {
      fc.assert(
        fc.property(anyText, (s) => {
          expect(validate(nfd(s))).toEqual(validate(s));
        }),
      );
    });

    it(`${name} never throws on values that are not strings`, () => {
      fc.assert(fc.property(fc.anything(), (v) => typeof validate(v as string) === 'object'));
    });
  }

  it('accepted values are stable: validating the normalised value accepts it unchanged', () => {
    fc.assert(
      fc.property(vietnamese, (s) => {
        for (const [, validate] of validators.slice(0, 6)) {
          const first = validate(s) as { ok: boolean; value: string };
          if (!first.ok) continue;
          const again = validate(first.value) as { ok: boolean; value: string };
          expect(again.ok).toBe(true);
          expect(again.value).toBe(first.value);
        }
      }),
    );
  });
});

describe('search laws', () => {
  const items = [
    'Hoà Bình',
    'Thủy Nguyên',
    'Đồng Hới',
    'Bắc Kạn',
    'Xã Ba Bể',
    'Phường Sài Gòn',
  ].map((name) => ({ name }));
  const search = createSearch(items, { keys: ['name'] });

  it('gives the same results for NFC and NFD queries', () => {
    fc.assert(
      fc.property(
        fc.oneof(vietnamese, fc.constantFrom('hoà', 'thuỷ', 'đồng', 'bắc cạn', 'xã ba bể')),
        (q) => {
          expect(search(nfd(q))).toEqual(search(q));
          expect(searchPlaces(nfd(q), { limit: 5 })).toEqual(searchPlaces(q, { limit: 5 }));
          expect(searchEthnicGroups(nfd(q))).toEqual(searchEthnicGroups(q));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('never throws and always finds an item by its own name', () => {
    fc.assert(fc.property(anyText, (q) => Array.isArray(search(q))));
    for (const item of items) {
      expect(search(item.name).map((r) => r.item)).toContain(item);
      expect(search(item.name.normalize('NFD'))[0]?.rank).toBe(0);
    }
  });

  it('finds any commune by its own name (and by its NFD name) at the top rank', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: communes.length - 1 }),
        fc.boolean(),
        (i, decompose) => {
          const commune = communes[i];
          if (!commune) throw new Error(`no commune ${i}`);
          const name = decompose ? nfd(commune.name) : commune.name;
          const hit = searchPlaces(name, { limit: 200 }).find((r) => r.item.code === commune.code);
          expect(hit?.rank).toBe(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
