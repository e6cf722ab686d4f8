import { describe, expect, it } from 'vitest';
import {
  countries,
  countryCodes,
  countryName,
  ethnicGroups,
  findEthnicGroup,
  religions,
  searchEthnicGroups,
} from './reference.js';

describe('ethnicGroups', () => {
  it('has the 54 groups plus foreigners, coded 01..55 in order', () => {
    expect(ethnicGroups).toHaveLength(55);
    expect(ethnicGroups.map((g) => g.code)).toEqual(
      Array.from({ length: 55 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    expect(new Set(ethnicGroups.map((g) => g.name)).size).toBe(55);
    expect(findEthnicGroup('02')?.name).toBe('Tày');
    expect(findEthnicGroup('8')?.name).toBe('Mông');
    expect(findEthnicGroup('55')?.name).toBe('Người nước ngoài');
    expect(findEthnicGroup('56')).toBeUndefined();
  });

  it('finds groups by spelling variants', () => {
    const first = (q: string) => searchEthnicGroups(q)[0]?.item.code;
    expect(first("H'Mông")).toBe('08');
    expect(first('hmong')).toBe('08');
    expect(first('Hmông')).toBe('08');
    expect(first('khmer')).toBe('05');
    expect(first('Khơ Me')).toBe('05');
    expect(first('ede')).toBe('12');
    expect(first('dân tộc tày')).toBe('02');
    expect(first('xtieng')).toBe('22');
  });
});

describe('religions', () => {
  it('offers "Không" first and "Khác" last, with unique codes', () => {
    expect(religions[0]).toEqual({ code: 'none', name: 'Không', nameEn: 'None' });
    expect(religions.at(-1)?.code).toBe('other');
    expect(new Set(religions.map((r) => r.code)).size).toBe(religions.length);
    // 16 recognised religions between them.
    expect(religions).toHaveLength(18);
  });
});

describe('countries', () => {
  it('lists the 249 ISO countries and territories, Việt Nam first', () => {
    expect(countryCodes).toHaveLength(249);
    expect(countryCodes.every((c) => /^[A-Z]{2}$/u.test(c))).toBe(true);
    const vi = countries();
    expect(vi).toHaveLength(249);
    expect(vi[0]).toEqual({ code: 'VN', name: 'Việt Nam' });
    expect(countryName('us')).toBe('Hoa Kỳ');
    expect(countryName('LA')).toBe('Lào');
    expect(countryName('XX')).toBeUndefined();
  });

  it('sorts the rest in Vietnamese order, and names them in English on request', () => {
    const names = countries()
      .slice(1)
      .map((c) => c.name);
    expect(names.indexOf('Đức')).toBeGreaterThan(names.indexOf('Dominica'));
    expect(names.indexOf('Đức')).toBeLessThan(names.indexOf('Gabon'));
    expect(countries('en')[0]).toEqual({ code: 'VN', name: 'Vietnam' });
    expect(countryName('DE', 'en')).toBe('Germany');
  });
});
