import { describe, expect, it } from 'vitest';
import {
  compareVi,
  createSearch,
  foldText,
  normalizeText,
  normalizeTonePlacement,
  searchKey,
} from './text.js';

describe('normalizeText', () => {
  it('turns decomposed input into NFC', () => {
    const nfd = 'Nguyễn Thị Đoàn'.normalize('NFD');
    expect(nfd.length).toBe(19);
    expect(normalizeText(nfd)).toBe('Nguyễn Thị Đoàn');
    expect(normalizeText(nfd).length).toBe(15);
  });

  it('trims and collapses white space', () => {
    expect(normalizeText('  Thái \t Nguyên \n')).toBe('Thái Nguyên');
  });
});

describe('foldText', () => {
  it('removes marks and maps đ to d', () => {
    expect(foldText('Đoàn Thị Hường')).toBe('doan thi huong');
    expect(foldText('Thái Nguyên')).toBe('thai nguyen');
  });

  it('folds both tone placements alike', () => {
    expect(foldText('Hoà Bình')).toBe(foldText('Hòa Bình'));
    expect(foldText('Thuỷ')).toBe(foldText('Thủy'));
  });
});

describe('searchKey', () => {
  it('turns punctuation into single spaces', () => {
    expect(searchKey('Bà Rịa - Vũng Tàu')).toBe('ba ria vung tau');
    expect(searchKey("H'Mông")).toBe('h mong');
  });
});

describe('normalizeTonePlacement', () => {
  it('moves the tone of open oa, oe, uy to the first vowel', () => {
    expect(normalizeTonePlacement('Hoà Bình')).toBe('Hòa Bình');
    expect(normalizeTonePlacement('thuỷ')).toBe('thủy');
    expect(normalizeTonePlacement('khoẻ')).toBe('khỏe');
    expect(normalizeTonePlacement('Khánh Hoà')).toBe('Khánh Hòa');
    expect(normalizeTonePlacement('HOÀ')).toBe('HÒA');
  });

  it('leaves syllables with one spelling alone', () => {
    expect(normalizeTonePlacement('hoàng')).toBe('hoàng');
    expect(normalizeTonePlacement('quý')).toBe('quý');
    expect(normalizeTonePlacement('thuyết')).toBe('thuyết');
    expect(normalizeTonePlacement('Hòa')).toBe('Hòa');
  });

  it('accepts decomposed input and returns NFC', () => {
    expect(normalizeTonePlacement('Hoà'.normalize('NFD'))).toBe('Hòa');
  });
});

describe('compareVi', () => {
  it('sorts accented letters in Vietnamese order, not after z', () => {
    const names = ['Đào', 'Zô', 'Ánh', 'Bình', 'Dũng', 'Ân'];
    expect([...names].sort(compareVi)).toEqual(['Ánh', 'Ân', 'Bình', 'Dũng', 'Đào', 'Zô']);
  });
});

describe('createSearch', () => {
  const places = [
    { code: '1', name: 'Phường Bắc Kạn', province: 'Thái Nguyên' },
    { code: '2', name: 'Xã Ba Bể', province: 'Thái Nguyên' },
    { code: '3', name: 'Phường Phan Đình Phùng', province: 'Thái Nguyên' },
    { code: '4', name: 'Xã Thái Hòa', province: 'Nghệ An' },
    { code: '5', name: 'Xã Nguyên Bình', province: 'Cao Bằng' },
    { code: '6', name: 'Phường Sài Gòn', province: 'Thành phố Hồ Chí Minh' },
  ];
  const search = createSearch(places, { keys: ['name', (p) => p.province] });
  const codes = (query: string) => search(query).map((r) => r.item.code);

  it('ranks whole-name prefix before word prefix before substring', () => {
    // "nguyen" starts the name of 5 (after the optional "xã"), starts a word of the province of
    // 1, 2 and 3 (those in Vietnamese order of their names), and nothing else.
    expect(codes('nguyen')).toEqual(['5', '1', '3', '2']);
    expect(search('nguyen')[0]?.rank).toBe(0);
    expect(search('guyen').every((r) => r.rank === 2)).toBe(true);
  });

  it('ignores marks, case and Unicode form', () => {
    expect(codes('BA BE')).toEqual(['2']);
    expect(codes('Ba Bể'.normalize('NFD'))).toEqual(['2']);
  });

  it('tolerates optional prefixes in the query', () => {
    expect(codes('xã ba bể')).toEqual(['2']);
    expect(codes('phuong ba be')).toEqual(['2']);
    expect(codes('tp ho chi minh')).toEqual(['6']);
  });

  it('knows spelling variants and tone placement', () => {
    expect(codes('bac can')).toEqual(['1']);
    expect(codes('Thái Hoà')).toEqual(['4']);
    expect(codes('hcm')).toEqual(['6']);
  });

  it('matches every word in any order across keys', () => {
    expect(codes('ba be thai nguyen')).toEqual(['2']);
    expect(search('ba be thai nguyen')[0]?.rank).toBe(3);
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(search('   ')).toEqual([]);
    const one = createSearch(places, { keys: ['name'], limit: 1 });
    expect(one('xa')).toHaveLength(1);
  });
});
