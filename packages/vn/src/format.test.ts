import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPhone, formatVnd, maskId, maskPhone } from './format.js';

const NBSP = '\u00a0';

describe('formatVnd', () => {
  it('groups with dots, rounds to whole đồng, no-break space before ₫', () => {
    expect(formatVnd(1234567.6)).toBe(`1.234.568${NBSP}₫`);
    expect(formatVnd(0)).toBe(`0${NBSP}₫`);
    expect(formatVnd(50000n)).toBe(`50.000${NBSP}₫`);
    expect(formatVnd(Number.NaN)).toBe('');
  });
});

describe('formatNumber', () => {
  it('uses dots for thousands and a comma for decimals', () => {
    expect(formatNumber(1234567.89)).toBe('1.234.567,89');
    expect(formatNumber(1234567.891)).toBe('1.234.567,89');
    expect(formatNumber(3.5, { minimumFractionDigits: 2 })).toBe('3,50');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('');
  });
});

describe('formatDate', () => {
  it('writes dd/mm/yyyy with two-digit day and month', () => {
    expect(formatDate({ day: 1, month: 7, year: 2025 })).toBe('01/07/2025');
    expect(formatDate('2025-07-01')).toBe('01/07/2025');
    // Midnight in Hà Nội is still 30 June in UTC.
    expect(formatDate(new Date('2025-06-30T17:30:00Z'))).toBe('01/07/2025');
    expect(formatDate(new Date('2025-06-30T17:30:00Z'), { timeZone: 'UTC' })).toBe('30/06/2025');
  });

  it('writes the long form in Vietnamese and English', () => {
    expect(formatDate('2025-07-01', { style: 'long' })).toBe('ngày 01 tháng 7 năm 2025');
    expect(formatDate('2025-07-01', { style: 'long', locale: 'en' })).toBe('1 July 2025');
  });

  it('keeps the precision of partial dates', () => {
    expect(formatDate({ month: 7, year: 2025 })).toBe('07/2025');
    expect(formatDate('2025')).toBe('2025');
    expect(formatDate('2025-07', { style: 'long' })).toBe('tháng 7 năm 2025');
    expect(formatDate({ year: 1960 }, { style: 'long' })).toBe('năm 1960');
    expect(formatDate({ month: 12, year: 1960 }, { style: 'long', locale: 'en' })).toBe(
      'December 1960',
    );
  });

  it('gives an empty string for an invalid date', () => {
    expect(formatDate('not a date')).toBe('');
    expect(formatDate(new Date(Number.NaN))).toBe('');
  });
});

describe('formatPhone', () => {
  it('groups mobiles 4-3-3 and landlines by area code', () => {
    expect(formatPhone('+84912345678')).toBe('0912 345 678');
    expect(formatPhone('02438251234')).toBe('024 3825 1234');
    expect(formatPhone('0208.385.5123')).toBe('0208 385 5123');
  });

  it('leaves what is not a valid number as typed, normalised', () => {
    expect(formatPhone(' 12 34 ')).toBe('12 34');
  });
});

describe('maskId', () => {
  it('shows only the last four characters', () => {
    expect(maskId('001085012345')).toBe('••••••••2345');
    expect(maskId('0912 345 678')).toBe('••••••5678');
    expect(maskId('001085012345', { visible: 3, mask: '*' })).toBe('*********345');
  });

  it('never shows a short value whole', () => {
    expect(maskId('1234')).toBe('••••');
    expect(maskId('')).toBe('');
  });
});

describe('maskPhone', () => {
  it('keeps the first three and last two digits of a mobile', () => {
    expect(maskPhone('0912345678')).toBe('091•••••78');
    expect(maskPhone('0912 345 678')).toBe('091•••••78');
    expect(maskPhone('0912.345.678')).toBe('091•••••78');
    expect(maskPhone('0912-345-678', { mask: '*' })).toBe('091*****78');
  });

  it('shows an international number in its national form', () => {
    expect(maskPhone('+84 912 345 678')).toBe('091•••••78');
    expect(maskPhone('0084912345678')).toBe('091•••••78');
    expect(maskPhone('+84 0912 345 678')).toBe('091•••••78');
  });

  it('masks a landline the same way', () => {
    expect(maskPhone('024 3825 1234')).toBe('024••••••34');
  });

  it('masks what is not a valid number by its digits, and a short one entirely', () => {
    expect(maskPhone('(012) 345-6789 máy lẻ')).toBe('012•••••89');
    expect(maskPhone('12345')).toBe('•••••');
    expect(maskPhone('')).toBe('');
  });

  it('never shows more than five digits of a number', () => {
    for (const phone of ['0912345678', '+84912345678', '02438251234', '1234567']) {
      const masked = maskPhone(phone);
      expect(masked.replace(/\D/gu, '')).toHaveLength(5);
    }
  });
});
