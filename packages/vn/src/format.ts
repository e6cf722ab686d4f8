import { normalizeText } from './text.js';
import { validatePhone } from './validators.js';

const vndFormat = new Intl.NumberFormat('vi-VN', {
  style: 'currency',
  currency: 'VND',
  maximumFractionDigits: 0,
});

/**
 * Vietnamese đồng, rounded to whole đồng: `formatVnd(1234567.6)` is "1.234.568 ₫" (with a
 * no-break space before ₫, so the sign never wraps alone). Non-finite input gives "".
 */
export function formatVnd(amount: number | bigint): string {
  if (typeof amount === 'number' && !Number.isFinite(amount)) return '';
  return vndFormat.format(amount);
}

/**
 * A number in Vietnamese style: dots group thousands, a comma marks decimals
 * (`formatNumber(1234567.89)` is "1.234.567,89"). Up to `maximumFractionDigits` decimals (2).
 */
export function formatNumber(
  value: number | bigint,
  options: { maximumFractionDigits?: number; minimumFractionDigits?: number } = {},
): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return '';
  return new Intl.NumberFormat('vi-VN', {
    maximumFractionDigits: options.maximumFractionDigits ?? 2,
    minimumFractionDigits: options.minimumFractionDigits ?? 0,
  }).format(value);
}

/** A date as parts; day and month may be missing for a partial date ("07/2025", "2025"). */
export interface DateLike {
  day?: number | undefined;
  month?: number | undefined;
  year: number;
}

export interface FormatDateOptions {
  /** 'short' is dd/mm/yyyy; 'long' is "ngày 01 tháng 7 năm 2025" or "1 July 2025". */
  style?: 'short' | 'long';
  /** The language of the long form. Default 'vi'. */
  locale?: 'vi' | 'en';
  /** For a `Date` or timestamp: the calendar to read it in. Default Asia/Ho_Chi_Minh. */
  timeZone?: string;
}

const partsCache = new Map<string, Intl.DateTimeFormat>();

function toParts(date: Date | DateLike | string, timeZone: string): DateLike | undefined {
  if (typeof date === 'string') {
    const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(date.trim());
    if (iso) {
      return {
        year: Number(iso[1]),
        month: iso[2] ? Number(iso[2]) : undefined,
        day: iso[3] ? Number(iso[3]) : undefined,
      };
    }
    return toParts(new Date(date), timeZone);
  }
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) return undefined;
    let format = partsCache.get(timeZone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
      });
      partsCache.set(timeZone, format);
    }
    const parts = Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
    return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
  }
  if (typeof date === 'object' && date !== null && Number.isInteger(date.year)) return date;
  return undefined;
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A date for people: short "01/07/2025" (dd/mm/yyyy, as Vietnamese forms write it), long
 * "ngày 01 tháng 7 năm 2025", or in English "1 July 2025". Partial dates keep their precision:
 * "07/2025", "tháng 7 năm 2025", "năm 2025". Takes a `Date`, an ISO date (2025-07-01, 2025-07,
 * 2025) or parts. An invalid date gives "".
 */
export function formatDate(
  date: Date | DateLike | string,
  options: FormatDateOptions = {},
): string {
  const parts = toParts(date, options.timeZone ?? 'Asia/Ho_Chi_Minh');
  if (!parts) return '';
  const { day, month, year } = parts;
  const yyyy = String(year).padStart(4, '0');
  const hasMonth = typeof month === 'number' && month >= 1 && month <= 12;
  const hasDay = hasMonth && typeof day === 'number' && day >= 1 && day <= 31;
  if (options.style !== 'long') {
    if (hasDay) return `${two(day)}/${two(month)}/${yyyy}`;
    return hasMonth ? `${two(month)}/${yyyy}` : yyyy;
  }
  if (options.locale === 'en') {
    const monthName = hasMonth ? EN_MONTHS[month - 1] : undefined;
    if (hasDay) return `${day} ${monthName} ${yyyy}`;
    return monthName ? `${monthName} ${yyyy}` : yyyy;
  }
  if (hasDay) return `ngày ${two(day)} tháng ${month} năm ${yyyy}`;
  return hasMonth ? `tháng ${month} năm ${yyyy}` : `năm ${yyyy}`;
}

/**
 * A phone number grouped for reading: mobiles "0912 345 678"; landlines by area code,
 * "024 3825 1234" (Hà Nội, TP HCM: 3-digit codes) or "0208 385 5123". Input that is not a valid
 * number comes back normalised (NFC, trimmed) but otherwise unchanged. Format on blur, not on
 * every keystroke: reformatting under a Telex/VNI IME breaks typing.
 */
export function formatPhone(input: string): string {
  const result = validatePhone(input);
  if (!result.ok) return typeof input === 'string' ? normalizeText(input) : '';
  const v = result.value;
  if (result.details.kind === 'mobile') return `${v.slice(0, 4)} ${v.slice(4, 7)} ${v.slice(7)}`;
  if (v.startsWith('024') || v.startsWith('028')) {
    return `${v.slice(0, 3)} ${v.slice(3, 7)} ${v.slice(7)}`;
  }
  return `${v.slice(0, 4)} ${v.slice(4, 7)} ${v.slice(7)}`;
}

/**
 * Masks an identifier for display: all but the last `visible` (4) characters become "•", and
 * spaces, dots and dashes are dropped: `maskId('001085012345')` is "••••••••2345". A value not
 * longer than `visible` is masked entirely, so a short value is never shown whole.
 */
export function maskId(input: string, options: { visible?: number; mask?: string } = {}): string {
  const visible = Math.max(0, Math.floor(options.visible ?? 4));
  const mask = options.mask ?? '•';
  const chars = [
    ...(typeof input === 'string' ? normalizeText(input) : '').replace(/[\s.-]/gu, ''),
  ];
  if (chars.length <= visible) return mask.repeat(chars.length);
  return mask.repeat(chars.length - visible) + chars.slice(chars.length - visible).join('');
}

/**
 * Masks a phone number for display: the first three and last two digits stay, the rest become
 * "•" (`maskPhone('0912 345 678')` is "091•••••78"). A number written with +84 or 0084 is shown
 * in its national form first (`maskPhone('+84 912 345 678')` is also "091•••••78"); separators
 * and other non-digits are dropped. Five digits or fewer are masked entirely.
 */
export function maskPhone(input: string, options: { mask?: string } = {}): string {
  const mask = options.mask ?? '•';
  const text = typeof input === 'string' ? normalizeText(input) : '';
  const checked = validatePhone(text);
  const digits = checked.ok ? checked.value : text.replace(/\D/gu, '');
  if (digits.length <= 5) return mask.repeat(digits.length);
  return digits.slice(0, 3) + mask.repeat(digits.length - 5) + digits.slice(-2);
}
