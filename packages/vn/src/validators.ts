import type { ValidationErrorCode, ValidationWarningCode } from './codes.js';
import {
  birthRegistrationCountryCodeRange,
  birthRegistrationProvinces,
  centuryAndSex,
  landlinePattern,
  mobilePrefixPattern,
  taxCodeWeights,
} from './data/id-codes.js';
import { normalizeText } from './text.js';

/** Values that fill a message placeholder, e.g. `{{maxLength}}`. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A soft warning on an accepted value: a person should look again, nothing is blocked. */
export interface ValidationWarning {
  code: ValidationWarningCode;
  params?: MessageParams;
}

/** An accepted value, normalised, with any soft warnings. */
export interface ValidationOk<V, D = undefined> {
  ok: true;
  /** The normalised value to store (digits only, NFC, capitals when asked...). */
  value: V;
  /** What the value says about itself (kind of phone number, birth year in an ID...). */
  details: D;
  warnings: ValidationWarning[];
}

/** A refused value: a machine code (the message key in the `validation` namespace), never words. */
export interface ValidationFailure<F extends string = never> {
  ok: false;
  code: ValidationErrorCode;
  /** The input as normalised before checking: NFC, trimmed, separators removed. */
  value: string;
  /** Placeholders for the message. */
  params?: MessageParams;
  /** For a date: which of the three fields to mark. */
  field?: F;
}

export type ValidationResult<V, D = undefined, F extends string = never> =
  ValidationOk<V, D> | ValidationFailure<F>;

/** Today's date, from a `Date` or parts; taken from the local calendar of a `Date`. */
export type Today = Date | { day: number; month: number; year: number };

function todayParts(today: Today | undefined): { day: number; month: number; year: number } {
  const date = today ?? new Date();
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) return todayParts(undefined);
    return { day: date.getDate(), month: date.getMonth() + 1, year: date.getFullYear() };
  }
  return date;
}

function asText(input: unknown): string {
  return typeof input === 'string' ? normalizeText(input) : '';
}

/** NFKC turns full-width digits (from some IMEs) into ASCII digits before checking. */
function compactDigits(input: unknown): string {
  return asText(input)
    .normalize('NFKC')
    .replace(/[\s.\-–—_/()]/gu, '');
}

function fail<F extends string = never>(
  code: ValidationErrorCode,
  value: string,
  params?: MessageParams,
  field?: F,
): ValidationFailure<F> {
  const out: ValidationFailure<F> = { ok: false, code, value };
  if (params) out.params = params;
  if (field) out.field = field;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Personal ID number (số định danh cá nhân, on the CCCD / căn cước card)

export interface CitizenIdDetails {
  /** Digits 1-3: where the birth was registered. */
  registrationCode: string;
  /** The pre-2025 province of that code, or undefined for a country code. */
  registrationProvince: string | undefined;
  sex: 'male' | 'female';
  birthYear: number;
}

export interface CitizenIdOptions {
  /** The sex given elsewhere in the form: a soft warning when the number says otherwise. */
  sex?: 'male' | 'female';
  /** The birth year given elsewhere in the form: a soft warning when the number says otherwise. */
  birthYear?: number;
  today?: Today;
}

/**
 * Checks a 12-digit personal ID number: digits only (spaces, dots and dashes are dropped),
 * digits 1-3 a birth-registration province or a country code, digit 4 century and sex, the birth
 * year not in the future. There is no check digit. Disagreement with `sex` or `birthYear` is a
 * soft warning only. Never throws.
 */
export function validateCitizenId(
  input: unknown,
  options: CitizenIdOptions = {},
): ValidationResult<string, CitizenIdDetails> {
  const value = compactDigits(input);
  if (!value) return fail('citizenId.required', value);
  if (!/^\d+$/u.test(value)) return fail('citizenId.format', value);
  if (value.length === 9) return fail('citizenId.looksLikeOldId', value);
  if (value.length !== 12) return fail('citizenId.length', value, { length: 12 });

  const registrationCode = value.slice(0, 3);
  const registrationProvince = birthRegistrationProvinces[registrationCode];
  const numeric = Number(registrationCode);
  const abroad =
    numeric >= birthRegistrationCountryCodeRange.from &&
    numeric <= birthRegistrationCountryCodeRange.to;
  if (!registrationProvince && !abroad) return fail('citizenId.province', value);

  const { century, sex } = centuryAndSex(Number(value[3]));
  const birthYear = century + Number(value.slice(4, 6));
  const today = todayParts(options.today);
  if (birthYear > today.year) return fail('citizenId.birthYearFuture', value, { birthYear });

  const warnings: ValidationWarning[] = [];
  if (options.sex && options.sex !== sex) warnings.push({ code: 'citizenId.sexMismatch' });
  if (
    typeof options.birthYear === 'number' &&
    Number.isFinite(options.birthYear) &&
    options.birthYear !== birthYear
  ) {
    warnings.push({ code: 'citizenId.birthYearMismatch', params: { birthYear } });
  }
  return {
    ok: true,
    value,
    details: { registrationCode, registrationProvince, sex, birthYear },
    warnings,
  };
}

/**
 * Checks an old 9-digit people's identity card number (số CMND cũ). Spaces, dots and dashes are
 * dropped. Never throws.
 */
export function validateOldIdNumber(input: unknown): ValidationResult<string> {
  const value = compactDigits(input);
  if (!value) return fail('oldIdNumber.required', value);
  if (!/^\d+$/u.test(value)) return fail('oldIdNumber.format', value);
  if (value.length !== 9) return fail('oldIdNumber.length', value, { length: 9 });
  return { ok: true, value, details: undefined, warnings: [] };
}

// ---------------------------------------------------------------------------------------------
// Phone

export interface PhoneDetails {
  kind: 'mobile' | 'landline';
  /** The number in international form, +84 without the leading 0. */
  e164: string;
}

/**
 * Checks a Vietnamese phone number: mobiles 03[2-9], 05[25689], 07[06-9], 08[1-9], 09x (10 digits)
 * and landlines 02xx (11 digits). Accepts spaces, dots, dashes, brackets, +84, 84 and 0084, and
 * normalises to 0xxxxxxxxx. The result says mobile or landline. Never throws.
 */
export function validatePhone(input: unknown): ValidationResult<string, PhoneDetails> {
  const raw = compactDigits(input);
  if (!raw) return fail('phone.required', raw);
  if (!/^\+?\d+$/u.test(raw)) return fail('phone.format', raw);
  let value = raw;
  // After the country code, a 0 some people keep ("+84 0912...") is dropped.
  const national = (rest: string) => `0${rest.replace(/^0/u, '')}`;
  if (value.startsWith('+84')) value = national(value.slice(3));
  else if (value.startsWith('0084')) value = national(value.slice(4));
  else if (value.startsWith('84') && (value.length === 11 || value.length === 12))
    value = national(value.slice(2));
  else if (value.startsWith('+')) return fail('phone.format', raw);
  if (!value.startsWith('0') && (value.length === 9 || value.length === 10)) value = `0${value}`;

  const landline = value.startsWith('02');
  const expected = landline ? 11 : 10;
  if (value.length !== expected) return fail('phone.length', value, { length: expected });
  const kind = landline ? 'landline' : 'mobile';
  const pattern = landline ? landlinePattern : mobilePrefixPattern;
  if (!pattern.test(value)) return fail('phone.prefix', value);
  return { ok: true, value, details: { kind, e164: `+84${value.slice(1)}` }, warnings: [] };
}

// ---------------------------------------------------------------------------------------------
// Email

const EMAIL = /^[^\s@"(),:;<>[\\\]]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u;

/**
 * Checks an email address by its shape (one @, a domain with a dot and a top-level name, no
 * spaces). Trims, NFC-normalises and lower-cases the domain. Never throws.
 */
export function validateEmail(input: unknown): ValidationResult<string> {
  const text = asText(input);
  if (!text) return fail('email.required', text);
  const at = text.lastIndexOf('@');
  const value = at > 0 ? `${text.slice(0, at)}@${text.slice(at + 1).toLowerCase()}` : text;
  if (value.length > 254 || (at > 64 && at < value.length)) {
    return fail('email.tooLong', value, { maxLength: 254 });
  }
  if (!EMAIL.test(value) || value.includes('..') || value.startsWith('.')) {
    return fail('email.format', value);
  }
  return { ok: true, value, details: undefined, warnings: [] };
}

// ---------------------------------------------------------------------------------------------
// Tax code (mã số thuế)

export interface TaxCodeDetails {
  /** organisation (10 digits), branch (10 + 3, written XXXXXXXXXX-NNN), or a person's 12-digit ID. */
  kind: 'organisation' | 'branch' | 'personal';
}

/** The check digit of a 10-digit tax code's first nine digits, or undefined when none is valid. */
export function taxCodeCheckDigit(firstNine: string): number | undefined {
  if (!/^\d{9}$/u.test(firstNine)) return undefined;
  let sum = 0;
  taxCodeWeights.forEach((weight, i) => {
    sum += weight * Number(firstNine[i]);
  });
  const check = 10 - (sum % 11);
  return check === 10 || check === 11 ? undefined : check;
}

/**
 * Checks a tax code: 10 digits with a check digit; 13 digits for a branch, normalised to
 * XXXXXXXXXX-NNN; or, since 1 July 2025, a person's 12-digit personal ID number. Never throws.
 */
export function validateTaxCode(
  input: unknown,
  options: { today?: Today } = {},
): ValidationResult<string, TaxCodeDetails> {
  const value = compactDigits(input);
  if (!value) return fail('taxCode.required', value);
  if (!/^\d+$/u.test(value)) return fail('taxCode.format', value);
  if (value.length === 12) {
    const person = validateCitizenId(value, { today: options.today });
    if (!person.ok) return fail('taxCode.personalId', value);
    return { ok: true, value, details: { kind: 'personal' }, warnings: [] };
  }
  if (value.length !== 10 && value.length !== 13) return fail('taxCode.length', value);
  const main = value.slice(0, 10);
  // 10 - (sum mod 11) is 11 when the sum divides by 11: that check can never be written either.
  const check = taxCodeCheckDigit(main.slice(0, 9));
  if (check === undefined || check !== Number(main[9])) return fail('taxCode.checkDigit', value);
  if (value.length === 10)
    return { ok: true, value, details: { kind: 'organisation' }, warnings: [] };
  const branch = value.slice(10);
  const written = `${main}-${branch}`;
  if (branch === '000') return fail('taxCode.branch', written);
  return { ok: true, value: written, details: { kind: 'branch' }, warnings: [] };
}

// ---------------------------------------------------------------------------------------------
// Full name

export interface FullNameOptions {
  /** Normalise to capitals, as many forms ask ("NGUYỄN VĂN AN"). */
  uppercase?: boolean;
  /** The longest name accepted, in characters after normalising. Default 100. */
  maxLength?: number;
}

/**
 * Checks a full name (họ, chữ đệm và tên) as one string: Latin letters with any Vietnamese marks,
 * spaces, apostrophes and hyphens ("H'Hen Niê", "SÙNG A TỦA"); no digits. NFC, trims, collapses
 * spaces and writes curly apostrophes as '. Never splits the name. Never throws.
 */
export function validateFullName(
  input: unknown,
  options: FullNameOptions = {},
): ValidationResult<string> {
  const maxLength = options.maxLength ?? 100;
  let value = asText(input)
    .replace(/[’ʼ‘`´]/gu, "'")
    .replace(/[‐‑–]/gu, '-');
  if (options.uppercase) value = value.toLocaleUpperCase('vi').normalize('NFC');
  if (!value || !/\p{L}/u.test(value)) {
    if (/\p{N}/u.test(value)) return fail('fullName.digits', value);
    return value ? fail('fullName.characters', value) : fail('fullName.required', value);
  }
  if (/\p{N}/u.test(value)) return fail('fullName.digits', value);
  if (!/^[\p{Script=Latin}\p{M} '-]+$/u.test(value)) return fail('fullName.characters', value);
  if ([...value].length > maxLength) return fail('fullName.tooLong', value, { maxLength });
  return { ok: true, value, details: undefined, warnings: [] };
}

// ---------------------------------------------------------------------------------------------
// Dates from three fields

/** One of the three fields of a date. */
export type DateField = 'day' | 'month' | 'year';

/** The three fields as typed; empty or missing parts are allowed where the precision allows. */
export interface DateParts {
  day?: string | number | null;
  month?: string | number | null;
  year?: string | number | null;
}

export interface DateOptions {
  /** Which parts are asked for. Default 'full'. Parts beyond the precision are ignored. */
  precision?: 'full' | 'month-year' | 'year';
  /** Refuse a date after today. */
  notInFuture?: boolean;
  /** The youngest age accepted, in whole years on `today` (a date of birth). */
  minAge?: number;
  /** The oldest age accepted, in whole years on `today` (a date of birth). */
  maxAge?: number;
  /** The earliest year accepted. Default 1900. */
  minYear?: number;
  /** The latest year accepted. Default 100 years ahead (see `notInFuture` for the past only). */
  maxYear?: number;
  today?: Today;
}

export interface DateValue {
  day: number | undefined;
  month: number | undefined;
  year: number;
  /** ISO 8601 at the precision asked: 2025-07-01, 2025-07 or 2025. */
  iso: string;
}

function daysInMonth(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function part(input: unknown): string {
  if (typeof input === 'number') return Number.isFinite(input) ? String(input) : 'x';
  return asText(input).normalize('NFKC');
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * Checks a date typed in three fields (day, month, year), at full, month-year or year precision.
 * A failure names the field to mark (`field`); a failure of the whole date (in the future, too
 * young, too old) has no field. Partial dates count from their first day (1 January, or the 1st
 * of the month) for ages and the future. Never throws.
 */
export function validateDate(
  input: DateParts | null | undefined,
  options: DateOptions = {},
): ValidationResult<DateValue, undefined, DateField> {
  const precision = options.precision ?? 'full';
  const parts = typeof input === 'object' && input !== null ? input : {};
  const wanted: DateField[] =
    precision === 'full'
      ? ['day', 'month', 'year']
      : precision === 'month-year'
        ? ['month', 'year']
        : ['year'];
  const text: Record<DateField, string> = {
    day: wanted.includes('day') ? part(parts.day) : '',
    month: wanted.includes('month') ? part(parts.month) : '',
    year: part(parts.year),
  };
  const shown = wanted.map((f) => text[f]).join('/');
  if (wanted.every((f) => !text[f])) return fail('date.required', shown);

  const requiredCode = {
    day: 'date.dayRequired',
    month: 'date.monthRequired',
    year: 'date.yearRequired',
  } as const;
  const formatCode = {
    day: 'date.dayFormat',
    month: 'date.monthFormat',
    year: 'date.yearFormat',
  } as const;
  for (const f of wanted) {
    if (!text[f]) return fail(requiredCode[f], shown, undefined, f);
  }
  for (const f of wanted) {
    const ok = f === 'year' ? /^\d{4}$/u.test(text[f]) : /^\d{1,2}$/u.test(text[f]);
    if (!ok) return fail(formatCode[f], shown, undefined, f);
  }

  const year = Number(text.year);
  const month = wanted.includes('month') ? Number(text.month) : undefined;
  const day = wanted.includes('day') ? Number(text.day) : undefined;
  const today = todayParts(options.today);
  const minYear = options.minYear ?? 1900;
  const maxYear = options.maxYear ?? today.year + 100;
  if (month !== undefined && (month < 1 || month > 12)) {
    return fail('date.monthRange', shown, undefined, 'month');
  }
  if (day !== undefined && month !== undefined) {
    const last = daysInMonth(month, year);
    if (day < 1 || day > last) return fail('date.dayRange', shown, { maxDay: last }, 'day');
  }
  if (year < minYear || year > maxYear) {
    return fail('date.yearRange', shown, { minYear, maxYear }, 'year');
  }

  const start = { day: day ?? 1, month: month ?? 1, year };
  const after = (a: typeof start, b: typeof start) =>
    a.year - b.year || a.month - b.month || a.day - b.day;
  if (options.notInFuture && after(start, today) > 0) return fail('date.future', shown);

  // Whole years from the (first possible) date to today.
  let age = today.year - start.year;
  if (today.month < start.month || (today.month === start.month && today.day < start.day)) age -= 1;
  if (typeof options.minAge === 'number' && age < options.minAge) {
    return fail('date.tooYoung', shown, { minAge: options.minAge });
  }
  if (typeof options.maxAge === 'number' && age > options.maxAge) {
    return fail('date.tooOld', shown, { maxAge: options.maxAge });
  }

  const iso =
    precision === 'full'
      ? `${pad(year, 4)}-${pad(start.month, 2)}-${pad(start.day, 2)}`
      : precision === 'month-year'
        ? `${pad(year, 4)}-${pad(start.month, 2)}`
        : pad(year, 4);
  return { ok: true, value: { day, month, year, iso }, details: undefined, warnings: [] };
}
