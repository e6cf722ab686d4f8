import { describe, expect, it } from 'vitest';
import { foldText, normalizeText } from './text.js';

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
});
