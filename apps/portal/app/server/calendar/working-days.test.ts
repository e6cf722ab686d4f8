import { describe, expect, it } from 'vitest';
import { holidayYears } from './holidays.js';
import { addWorkingDays, vietnamDate, workingCalendar, workingDaysLeft } from './working-days.js';

describe('working days', () => {
  const calendar = workingCalendar();

  it('skips weekends', () => {
    // Friday 4 December 2026 to Monday 7 December: one working day (Monday).
    expect(workingDaysLeft('2026-12-04', '2026-12-07', calendar)).toBe(1);
    expect(workingDaysLeft('2026-12-07', '2026-12-11', calendar)).toBe(4);
    expect(workingDaysLeft('2026-12-07', '2026-12-07', calendar)).toBe(0);
  });

  it('skips the public holidays in the data, Tết included', () => {
    // Tết Bính Ngọ: Monday 16 to Friday 20 February 2026 off.
    expect(workingDaysLeft('2026-02-13', '2026-02-23', calendar)).toBe(1);
    expect(calendar.isWorkingDay('2026-09-02')).toBe(false);
    expect(calendar.isWorkingDay('2026-09-03')).toBe(true);
  });

  it('counts a Saturday worked in exchange as a working day', () => {
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    expect(calendar.isWorkingDay('2025-05-02')).toBe(false);
  });

  it('counts working days late as a negative number', () => {
    // Deadline Friday 20 November 2026; on Tuesday 24th it is two working days late.
    expect(workingDaysLeft('2026-11-24', '2026-11-20', calendar)).toBe(-2);
    expect(workingDaysLeft('2026-11-21', '2026-11-20', calendar)).toBe(0);
  });

  it('uses a calendar given as data', () => {
    const custom = workingCalendar([
      {
        year: 2030,
        announced: false,
        source: 'test',
        daysOff: [{ date: '2030-01-02', name: 'x' }],
        workedWeekendDays: ['2030-01-05'],
      },
    ]);
    expect(workingDaysLeft('2030-01-01', '2030-01-07', custom)).toBe(4);
    expect(custom.isAnnouncedYear(2030)).toBe(false);
  });

  it('adds working days, and agrees with the count', () => {
    expect(addWorkingDays('2026-12-31', 1, calendar)).toBe('2027-01-04');
    for (const [from, n] of [
      ['2026-02-12', 3],
      ['2026-11-30', 10],
      ['2025-04-25', 2],
    ] as const) {
      expect(workingDaysLeft(from, addWorkingDays(from, n, calendar), calendar)).toBe(n);
    }
  });

  it('takes the date in Việt Nam time', () => {
    expect(vietnamDate(new Date('2026-11-30T17:30:00Z'))).toBe('2026-12-01');
    expect(vietnamDate(new Date('2026-11-30T16:59:00Z'))).toBe('2026-11-30');
  });

  it('lists only weekdays as days off, and only weekend days as worked days, each year once', () => {
    const years = holidayYears.map((y) => y.year);
    expect(new Set(years).size).toBe(years.length);
    for (const year of holidayYears) {
      expect(year.source.length).toBeGreaterThan(10);
      for (const { date } of year.daysOff) {
        expect(date.startsWith(String(year.year))).toBe(true);
        expect([0, 6]).not.toContain(new Date(`${date}T00:00:00Z`).getUTCDay());
      }
      for (const date of year.workedWeekendDays) {
        expect([0, 6]).toContain(new Date(`${date}T00:00:00Z`).getUTCDay());
      }
    }
  });
});
