import { describe, expect, it } from 'vitest';
import {
  communes,
  communesOf,
  findCommune,
  findProvince,
  provinces,
  searchPlaces,
  searchProvinces,
} from './places.js';

describe('provinces and communes (2025 two-level units)', () => {
  it('has 34 provinces and 3,321 communes with unique codes', () => {
    expect(provinces).toHaveLength(34);
    expect(communes).toHaveLength(3321);
    expect(new Set(communes.map((c) => c.code)).size).toBe(3321);
    expect(provinces.filter((p) => p.type === 'city').map((p) => p.shortName)).toEqual([
      'Hà Nội',
      'Hải Phòng',
      'Huế',
      'Đà Nẵng',
      'Hồ Chí Minh',
      'Cần Thơ',
    ]);
  });

  it('knows Thái Nguyên, code 19, with 92 communes including former Bắc Kạn', () => {
    expect(findProvince('19')).toEqual({
      code: '19',
      name: 'Thái Nguyên',
      shortName: 'Thái Nguyên',
      type: 'province',
    });
    expect(communesOf('19')).toHaveLength(92);
    expect(findCommune('01843')).toEqual({
      code: '01843',
      name: 'Phường Bắc Kạn',
      shortName: 'Bắc Kạn',
      type: 'ward',
      provinceCode: '19',
      provinceName: 'Thái Nguyên',
    });
    expect(findCommune('01906')?.name).toBe('Xã Ba Bể');
    expect(findCommune('02020')?.name).toBe('Xã Chợ Đồn');
    expect(findCommune('02155')?.name).toBe('Xã Na Rì');
  });

  it('types every commune by its name: xã, phường, đặc khu', () => {
    const counts = { commune: 0, ward: 0, 'special-zone': 0 };
    for (const c of communes) counts[c.type] += 1;
    expect(counts).toEqual({ commune: 2621, ward: 687, 'special-zone': 13 });
    expect(communes.every((c) => c.name === c.name.normalize('NFC'))).toBe(true);
  });

  it('lists a province in Vietnamese alphabetical order and nothing for unknown codes', () => {
    const names = communesOf('19').map((c) => c.shortName);
    expect(names[0]).toBe('An Khánh');
    expect(names.indexOf('Đại Phúc')).toBeGreaterThan(names.indexOf('Dân Tiến'));
    expect(communesOf('99')).toEqual([]);
    expect(findCommune('nope')).toBeUndefined();
  });
});

describe('searchPlaces', () => {
  it('finds a commune from folded, prefixed or variant spellings', () => {
    expect(searchPlaces('xa ba be')[0]?.item.code).toBe('01906');
    expect(searchPlaces('Phường Bắc Kạn')[0]?.item.code).toBe('01843');
    expect(searchPlaces('phuong bac can')[0]?.item.code).toBe('01843');
    expect(searchPlaces('na ri')[0]?.item.code).toBe('02155');
    expect(searchPlaces('cho don thai nguyen')[0]?.item.code).toBe('02020');
  });

  it('narrows to a province and respects the limit', () => {
    const inThaiNguyen = searchPlaces('xa', { provinceCode: '19', limit: 500 });
    expect(inThaiNguyen.length).toBeGreaterThan(50);
    expect(inThaiNguyen.every((r) => r.item.provinceCode === '19')).toBe(true);
    expect(searchPlaces('xa', { limit: 5 })).toHaveLength(5);
  });

  it('finds provinces with prefixes and variants', () => {
    expect(searchProvinces('tp hcm')[0]?.item.code).toBe('79');
    expect(searchProvinces('thai ng')[0]?.item.code).toBe('19');
    expect(searchProvinces('Khánh Hoà')[0]?.item.code).toBe('56');
  });
});
