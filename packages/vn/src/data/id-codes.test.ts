import { describe, expect, it } from 'vitest';
import { validationCodes, validationWarningCodes } from '../codes.js';
import {
  birthRegistrationCountryCodeRange,
  birthRegistrationProvinces,
  centuryAndSex,
  taxCodeWeights,
} from './id-codes.js';

describe('birth-registration codes', () => {
  it('hold the 63 pre-2025 provinces, coded 001-096, none in the country range', () => {
    const codes = Object.keys(birthRegistrationProvinces);
    expect(codes).toHaveLength(63);
    expect(codes.every((c) => /^0\d\d$/u.test(c) && Number(c) >= 1 && Number(c) <= 96)).toBe(true);
    expect(codes.some((c) => Number(c) >= birthRegistrationCountryCodeRange.from)).toBe(false);
    expect(birthRegistrationProvinces['006']).toBe('Bắc Kạn');
    expect(birthRegistrationProvinces['019']).toBe('Thái Nguyên');
    expect(birthRegistrationProvinces['079']).toBe('Hồ Chí Minh');
  });
});

describe('centuryAndSex', () => {
  it('reads even digits as male, odd as female, two digits per century from 1900', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(centuryAndSex)).toEqual([
      { century: 1900, sex: 'male' },
      { century: 1900, sex: 'female' },
      { century: 2000, sex: 'male' },
      { century: 2000, sex: 'female' },
      { century: 2100, sex: 'male' },
      { century: 2100, sex: 'female' },
      { century: 2200, sex: 'male' },
      { century: 2200, sex: 'female' },
      { century: 2300, sex: 'male' },
      { century: 2300, sex: 'female' },
    ]);
  });
});

describe('codes', () => {
  it('are unique, and warnings are a subset of them', () => {
    expect(new Set(validationCodes).size).toBe(validationCodes.length);
    const all = new Set<string>(validationCodes);
    expect(validationWarningCodes.filter((c) => !all.has(c))).toEqual([]);
    expect(taxCodeWeights).toEqual([31, 29, 23, 19, 17, 13, 7, 5, 3]);
  });
});
