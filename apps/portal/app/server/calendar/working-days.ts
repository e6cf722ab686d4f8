import { holidayYears, type HolidayYear } from './holidays.js';

/**
 * Working days as state offices count them: Monday to Friday, minus public holidays, plus
 * the weekend days worked in exchange. Dates are calendar days in Việt Nam (UTC+7, no
 * daylight saving), written yyyy-mm-dd.
 */
export interface WorkingCalendar {
  isWorkingDay(date: string): boolean;
  /** Whether the year's days off were announced (false: estimated, or no data at all). */
  isAnnouncedYear(year: number): boolean;
}

export function workingCalendar(years: readonly HolidayYear[] = holidayYears): WorkingCalendar {
  const off = new Set(years.flatMap((y) => y.daysOff.map((d) => d.date)));
  const worked = new Set(years.flatMap((y) => y.workedWeekendDays));
  const announced = new Set(years.filter((y) => y.announced).map((y) => y.year));
  return {
    isWorkingDay(date) {
      if (worked.has(date)) return true;
      const day = new Date(`${date}T00:00:00Z`).getUTCDay();
      if (day === 0 || day === 6) return false;
      return !off.has(date);
    },
    isAnnouncedYear: (year) => announced.has(year),
  };
}

const vietnamOffsetMs = 7 * 3_600_000;

/** The calendar day (yyyy-mm-dd) an instant falls on in Việt Nam. */
export function vietnamDate(instant: Date): string {
  return new Date(instant.getTime() + vietnamOffsetMs).toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Working days left from `today` until `deadline` (both calendar days): the working days after
 * today up to and including the deadline day. 0 means it is due today; a negative number is
 * how many working days late it is (the deadline's own day not counted as late).
 */
export function workingDaysLeft(
  today: string,
  deadline: string,
  calendar: WorkingCalendar = defaultCalendar,
): number {
  if (today === deadline) return 0;
  const forward = today < deadline;
  let count = 0;
  let cursor = today;
  // Bounded: a deadline years away is a data error, not a reason to spin.
  for (let i = 0; i < 3700 && cursor !== deadline; i++) {
    cursor = addDays(cursor, forward ? 1 : -1);
    if (forward ? calendar.isWorkingDay(cursor) : calendar.isWorkingDay(addDays(cursor, 1))) {
      count++;
    }
  }
  return forward || count === 0 ? count : -count;
}

/** The calendar day `n` working days after `from` (n >= 1). */
export function addWorkingDays(
  from: string,
  n: number,
  calendar: WorkingCalendar = defaultCalendar,
): string {
  let cursor = from;
  let left = Math.max(0, Math.floor(n));
  while (left > 0) {
    cursor = addDays(cursor, 1);
    if (calendar.isWorkingDay(cursor)) left--;
  }
  return cursor;
}

export const defaultCalendar = workingCalendar();
