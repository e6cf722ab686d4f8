import { services } from '@dvc/services';
import { findCommune } from '@dvc/vn/places';

/** What a report covers: days in Vietnam time, both ends included. */
export interface ReportFilter {
  /** The period as chosen in the form: a preset ("30d", "90d", "12m") or a month "YYYY-MM". */
  period: string;
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day, YYYY-MM-DD (included). */
  to: string;
  serviceId: string | null;
  communeCode: string | null;
}

export type FilterError = 'period' | 'service' | 'commune';

export interface ParsedFilter {
  filter: ReportFilter;
  /** Values in the address that were not among the choices (the defaults were used instead). */
  errors: FilterError[];
}

export const defaultPeriod = '90d';
/** The periods that end today, with their length in days. */
export const periodPresets = ['30d', '90d', '12m'] as const;
const presetDays: Record<string, number> = { '30d': 30, '90d': 90, '12m': 365 };

/** YYYY-MM-DD plus (or minus) whole days. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Today's date in Vietnam (UTC+7, no daylight saving time). */
export function vietnamToday(now: Date): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** The months a report may cover one by one: this month and the eleven before it, newest first. */
export function monthChoices(now: Date): string[] {
  const today = vietnamToday(now);
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  const months: string[] = [];
  for (let i = 0; i < 12; i++) {
    months.push(`${String(year)}-${String(month).padStart(2, '0')}`);
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  return months;
}

/** The first and last day of a period choice, or null when it is not one of the choices. */
export function periodRange(period: string, now: Date): { from: string; to: string } | null {
  const today = vietnamToday(now);
  const days = presetDays[period];
  if (days !== undefined) return { from: addDays(today, -(days - 1)), to: today };
  if (!monthChoices(now).includes(period)) return null;
  const from = `${period}-01`;
  const [year, month] = period.split('-').map(Number) as [number, number];
  const nextMonth =
    month === 12
      ? `${String(year + 1)}-01-01`
      : `${String(year)}-${String(month + 1).padStart(2, '0')}-01`;
  const last = addDays(nextMonth, -1);
  return { from, to: last < today ? last : today };
}

/** Reads a report's filter from the address (a GET form): unknown values fall back to all. */
export function parseReportFilter(params: URLSearchParams, now: Date = new Date()): ParsedFilter {
  const errors: FilterError[] = [];
  const read = (name: string) => (params.get(name) ?? '').normalize('NFC').trim().slice(0, 40);

  let period = read('period') || defaultPeriod;
  let range = periodRange(period, now);
  if (!range) {
    errors.push('period');
    period = defaultPeriod;
    range = periodRange(period, now) ?? { from: vietnamToday(now), to: vietnamToday(now) };
  }

  let serviceId: string | null = read('service') || null;
  if (serviceId && !services.some((s) => s.id === serviceId)) {
    errors.push('service');
    serviceId = null;
  }

  let communeCode: string | null = read('commune') || null;
  if (communeCode && findCommune(communeCode)?.provinceCode !== '19') {
    errors.push('commune');
    communeCode = null;
  }
  return { filter: { period, ...range, serviceId, communeCode }, errors };
}

/** The filter as the query string of the dashboard and its exports. */
export function filterQuery(filter: ReportFilter): string {
  const params = new URLSearchParams({ period: filter.period });
  if (filter.serviceId) params.set('service', filter.serviceId);
  if (filter.communeCode) params.set('commune', filter.communeCode);
  return params.toString();
}
