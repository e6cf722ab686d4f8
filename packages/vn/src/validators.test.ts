import { describe, expect, it } from 'vitest';
import {
  taxCodeCheckDigit,
  validateCitizenId,
  validateDate,
  validateEmail,
  validateFullName,
  validateOldIdNumber,
  validatePhone,
  validateTaxCode,
} from './validators.js';

const today = { day: 30, month: 11, year: 2026 };

function code(result: { ok: boolean; code?: string }): string {
  return result.ok ? 'ok' : (result.code ?? '');
}

describe('validateCitizenId', () => {
  it('accepts a 12-digit number and reads birth province, sex and year from it', () => {
    const result = validateCitizenId('006 1 85 012345', { today });
    expect(result).toEqual({
      ok: true,
      value: '006185012345',
      details: {
        registrationCode: '006',
        registrationProvince: 'Bắc Kạn',
        sex: 'female',
        birthYear: 1985,
      },
      warnings: [],
    });
    const boy = validateCitizenId('019205123456', { today });
    expect(boy.ok && boy.details).toMatchObject({ sex: 'male', birthYear: 2005 });
  });

  it('refuses what is not 12 digits with a code per reason', () => {
    expect(code(validateCitizenId(''))).toBe('citizenId.required');
    expect(code(validateCitizenId('   '))).toBe('citizenId.required');
    expect(code(validateCitizenId('0061850123A5'))).toBe('citizenId.format');
    expect(code(validateCitizenId('00618501234'))).toBe('citizenId.length');
    expect(code(validateCitizenId('0061850123456'))).toBe('citizenId.length');
    expect(code(validateCitizenId('012345678'))).toBe('citizenId.looksLikeOldId');
  });

  it('refuses a province code no birth registration uses', () => {
    expect(code(validateCitizenId('003185012345', { today }))).toBe('citizenId.province');
    expect(code(validateCitizenId('000185012345', { today }))).toBe('citizenId.province');
    expect(code(validateCitizenId('097185012345', { today }))).toBe('citizenId.province');
    // Country codes are data, kept wide (see birthRegistrationCountryCodeRange).
    expect(code(validateCitizenId('704185012345', { today }))).toBe('ok');
  });

  it('refuses a birth year in the future', () => {
    expect(code(validateCitizenId('001227012345', { today }))).toBe('citizenId.birthYearFuture');
    expect(code(validateCitizenId('001226012345', { today }))).toBe('ok');
    expect(code(validateCitizenId('001400012345', { today }))).toBe('citizenId.birthYearFuture');
  });

  it('warns softly when sex or birth year disagree with other answers', () => {
    const result = validateCitizenId('001085012345', { today, sex: 'female', birthYear: 1986 });
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings).toEqual([
      { code: 'citizenId.sexMismatch' },
      { code: 'citizenId.birthYearMismatch', params: { birthYear: 1985 } },
    ]);
    const agree = validateCitizenId('001085012345', { today, sex: 'male', birthYear: 1985 });
    expect(agree.ok && agree.warnings).toEqual([]);
  });

  it('has no check digit: any last digits are accepted', () => {
    for (const tail of ['000000', '999999', '123457']) {
      expect(code(validateCitizenId(`001085${tail}`, { today }))).toBe('ok');
    }
  });

  it('takes full-width digits from an IME', () => {
    expect(validateCitizenId('００６１８５０１２３４５', { today }).ok).toBe(true);
  });
});

describe('validateOldIdNumber', () => {
  it('accepts 9 digits and refuses others', () => {
    expect(validateOldIdNumber(' 095.123.456 ')).toMatchObject({ ok: true, value: '095123456' });
    expect(code(validateOldIdNumber(''))).toBe('oldIdNumber.required');
    expect(code(validateOldIdNumber('09512345x'))).toBe('oldIdNumber.format');
    expect(code(validateOldIdNumber('0951234567'))).toBe('oldIdNumber.length');
  });
});

describe('validatePhone', () => {
  it('normalises mobiles in every common writing to 0xxxxxxxxx', () => {
    for (const input of [
      '0912345678',
      '0912 345 678',
      '0912.345.678',
      '+84 912 345 678',
      '84912345678',
      '(+84) 912-345-678',
      '0084912345678',
      '+84 0912 345 678',
      '840912345678',
    ]) {
      expect(validatePhone(input)).toEqual({
        ok: true,
        value: '0912345678',
        details: { kind: 'mobile', e164: '+84912345678' },
        warnings: [],
      });
    }
  });

  it('knows every mobile prefix and refuses the others', () => {
    for (const prefix of [
      '032',
      '039',
      '052',
      '055',
      '056',
      '058',
      '059',
      '070',
      '076',
      '079',
      '081',
      '089',
      '090',
      '099',
    ]) {
      expect(code(validatePhone(`${prefix}1234567`))).toBe('ok');
    }
    for (const prefix of [
      '031',
      '050',
      '051',
      '053',
      '054',
      '057',
      '071',
      '075',
      '080',
      '010',
      '040',
      '060',
    ]) {
      expect(code(validatePhone(`${prefix}1234567`))).toBe('phone.prefix');
    }
  });

  it('accepts 11-digit landlines and says so', () => {
    expect(validatePhone('0208 3 855 123')).toMatchObject({
      ok: true,
      value: '02083855123',
      details: { kind: 'landline' },
    });
    expect(validatePhone('+84 24 3825 1234')).toMatchObject({ ok: true, value: '02438251234' });
    expect(code(validatePhone('0243825123'))).toBe('phone.length');
  });

  it('refuses junk with a code', () => {
    expect(code(validatePhone(''))).toBe('phone.required');
    expect(code(validatePhone('09123abc78'))).toBe('phone.format');
    expect(code(validatePhone('+1 202 555 0100'))).toBe('phone.format');
    expect(code(validatePhone('091234567'))).toBe('phone.length');
    expect(code(validatePhone('09123456789'))).toBe('phone.length');
  });
});

describe('validateEmail', () => {
  it('accepts addresses and lower-cases the domain only', () => {
    expect(validateEmail('  Nguyen.An@Example.GOV.vn ')).toMatchObject({
      ok: true,
      value: 'Nguyen.An@example.gov.vn',
    });
  });

  it('refuses malformed addresses', () => {
    expect(code(validateEmail(''))).toBe('email.required');
    for (const bad of [
      'an',
      'an@',
      '@example.vn',
      'an@example',
      'an @example.vn',
      'an@@example.vn',
      'an..b@example.vn',
      'an@example..vn',
    ]) {
      expect(code(validateEmail(bad)), bad).toBe('email.format');
    }
    expect(code(validateEmail(`${'a'.repeat(65)}@example.vn`))).toBe('email.tooLong');
  });
});

describe('validateTaxCode', () => {
  it('computes the check digit with weights 31..3 and refuses a result of 10', () => {
    expect(taxCodeCheckDigit('010010910')).toBe(6);
    expect(validateTaxCode('0100109106')).toMatchObject({
      ok: true,
      value: '0100109106',
      details: { kind: 'organisation' },
    });
    expect(code(validateTaxCode('0100109107'))).toBe('taxCode.checkDigit');
    // 4+... a first nine whose weighted sum is 0 mod 11 gives 10: invalid whatever the tenth digit
    expect(taxCodeCheckDigit('000000000')).toBeUndefined();
    expect(code(validateTaxCode('0000000000'))).toBe('taxCode.checkDigit');
  });

  it('writes branch codes as XXXXXXXXXX-NNN', () => {
    expect(validateTaxCode('0100109106001')).toMatchObject({
      ok: true,
      value: '0100109106-001',
      details: { kind: 'branch' },
    });
    expect(validateTaxCode('0100109106 - 012')).toMatchObject({
      ok: true,
      value: '0100109106-012',
    });
    expect(code(validateTaxCode('0100109106-000'))).toBe('taxCode.branch');
    expect(code(validateTaxCode('0100109107-001'))).toBe('taxCode.checkDigit');
  });

  it('accepts a 12-digit personal ID number as a personal tax code', () => {
    expect(validateTaxCode('001085012345', { today })).toMatchObject({
      ok: true,
      details: { kind: 'personal' },
    });
    expect(code(validateTaxCode('003085012345', { today }))).toBe('taxCode.personalId');
  });

  it('refuses other lengths and characters', () => {
    expect(code(validateTaxCode(''))).toBe('taxCode.required');
    expect(code(validateTaxCode('01001091O6'))).toBe('taxCode.format');
    expect(code(validateTaxCode('010010910'))).toBe('taxCode.length');
    expect(code(validateTaxCode('01001091060'))).toBe('taxCode.length');
  });
});

describe('validateFullName', () => {
  it('accepts Vietnamese and minority names whole, normalised', () => {
    expect(validateFullName('  Nguyễn   Thị  Đoàn ')).toMatchObject({
      ok: true,
      value: 'Nguyễn Thị Đoàn',
    });
    expect(validateFullName('H’Hen Niê')).toMatchObject({ ok: true, value: "H'Hen Niê" });
    expect(validateFullName('SÙNG A TỦA')).toMatchObject({ ok: true, value: 'SÙNG A TỦA' });
    expect(validateFullName('Y-Moan Ênuôl')).toMatchObject({ ok: true, value: 'Y-Moan Ênuôl' });
    expect(validateFullName('Nguyễn Thị Đoàn'.normalize('NFD'))).toMatchObject({
      value: 'Nguyễn Thị Đoàn',
    });
  });

  it('writes capitals when asked', () => {
    expect(validateFullName('nguyễn văn ánh', { uppercase: true })).toMatchObject({
      ok: true,
      value: 'NGUYỄN VĂN ÁNH',
    });
    expect(validateFullName('đỗ thị ơn', { uppercase: true })).toMatchObject({
      value: 'ĐỖ THỊ ƠN',
    });
  });

  it('refuses digits, symbols, other scripts and overlong names', () => {
    expect(code(validateFullName(''))).toBe('fullName.required');
    expect(code(validateFullName('Nguyễn Văn 2'))).toBe('fullName.digits');
    expect(code(validateFullName('123'))).toBe('fullName.digits');
    expect(code(validateFullName('Nguyễn @n'))).toBe('fullName.characters');
    expect(code(validateFullName('阮文安'))).toBe('fullName.characters');
    expect(code(validateFullName('---'))).toBe('fullName.characters');
    expect(validateFullName('A'.repeat(101))).toMatchObject({
      ok: false,
      code: 'fullName.tooLong',
      params: { maxLength: 100 },
    });
    expect(code(validateFullName('An Bình', { maxLength: 5 }))).toBe('fullName.tooLong');
  });
});

describe('validateDate', () => {
  it('accepts a full date and gives its ISO form', () => {
    expect(validateDate({ day: '1', month: '07', year: '2025' })).toEqual({
      ok: true,
      value: { day: 1, month: 7, year: 2025, iso: '2025-07-01' },
      details: undefined,
      warnings: [],
    });
  });

  it('names the field to mark', () => {
    expect(validateDate({ day: '', month: '', year: '' })).toMatchObject({
      ok: false,
      code: 'date.required',
    });
    expect(validateDate({ day: '', month: '7', year: '2025' })).toMatchObject({
      code: 'date.dayRequired',
      field: 'day',
    });
    expect(validateDate({ day: '1', month: '', year: '2025' })).toMatchObject({
      code: 'date.monthRequired',
      field: 'month',
    });
    expect(validateDate({ day: '1', month: '7' })).toMatchObject({
      code: 'date.yearRequired',
      field: 'year',
    });
    expect(validateDate({ day: 'a', month: '7', year: '2025' })).toMatchObject({
      code: 'date.dayFormat',
      field: 'day',
    });
    expect(validateDate({ day: '1', month: 'VII', year: '2025' })).toMatchObject({
      code: 'date.monthFormat',
      field: 'month',
    });
    expect(validateDate({ day: '1', month: '7', year: '25' })).toMatchObject({
      code: 'date.yearFormat',
      field: 'year',
    });
    expect(validateDate({ day: '1', month: '13', year: '2025' })).toMatchObject({
      code: 'date.monthRange',
      field: 'month',
    });
    expect(validateDate({ day: '1', month: '7', year: '1850' })).toMatchObject({
      code: 'date.yearRange',
      field: 'year',
    });
  });

  it('knows month lengths and leap years', () => {
    expect(validateDate({ day: 29, month: 2, year: 2024 }).ok).toBe(true);
    expect(validateDate({ day: 29, month: 2, year: 2025 })).toMatchObject({
      code: 'date.dayRange',
      field: 'day',
      params: { maxDay: 28 },
    });
    expect(validateDate({ day: 31, month: 4, year: 2025 })).toMatchObject({
      code: 'date.dayRange',
    });
    expect(validateDate({ day: 0, month: 4, year: 2025 })).toMatchObject({ code: 'date.dayRange' });
  });

  it('takes partial dates at month-year and year precision', () => {
    expect(validateDate({ month: '7', year: '2025' }, { precision: 'month-year' })).toMatchObject({
      ok: true,
      value: { iso: '2025-07', day: undefined },
    });
    expect(validateDate({ day: 'junk', year: '1960' }, { precision: 'year' })).toMatchObject({
      ok: true,
      value: { iso: '1960', month: undefined },
    });
    expect(validateDate({ year: '1960' }, { precision: 'month-year' })).toMatchObject({
      code: 'date.monthRequired',
      field: 'month',
    });
  });

  it('refuses the future and ages outside the limits', () => {
    const opts = { notInFuture: true, today };
    expect(validateDate({ day: 30, month: 11, year: 2026 }, opts).ok).toBe(true);
    expect(validateDate({ day: 1, month: 12, year: 2026 }, opts)).toMatchObject({
      code: 'date.future',
    });
    expect(validateDate({ day: 1, month: 1, year: 2027 }, opts)).toMatchObject({
      code: 'date.future',
    });
    expect(validateDate({ day: 1, month: 1, year: 2200 }, { today })).toMatchObject({
      code: 'date.yearRange',
      field: 'year',
      params: { minYear: 1900, maxYear: 2126 },
    });
    expect(
      validateDate({ month: 12, year: 2026 }, { ...opts, precision: 'month-year' }),
    ).toMatchObject({ code: 'date.future' });
    // 18 on 30/11/2026 means born on or before 30/11/2008.
    expect(validateDate({ day: 30, month: 11, year: 2008 }, { minAge: 18, today }).ok).toBe(true);
    expect(validateDate({ day: 1, month: 12, year: 2008 }, { minAge: 18, today })).toMatchObject({
      code: 'date.tooYoung',
      params: { minAge: 18 },
    });
    expect(validateDate({ day: 1, month: 1, year: 1900 }, { maxAge: 120, today })).toMatchObject({
      code: 'date.tooOld',
      params: { maxAge: 120 },
    });
  });
});
