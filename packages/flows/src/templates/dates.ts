const vietnamOffsetMs = 7 * 60 * 60 * 1000;

/**
 * The day the result is due: `days` working days after `from`, counted in Viet Nam time and
 * skipping Saturdays and Sundays (public holidays are not known here, so the real date can only
 * be later). Fractions of a day count as a whole day. Returns midnight of that day, Viet Nam time.
 */
export function addWorkingDays(from: Date, days: number): Date {
  const local = new Date(from.getTime() + vietnamOffsetMs);
  let date = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  let left = Math.max(0, Math.ceil(days));
  while (left > 0) {
    date += 24 * 60 * 60 * 1000;
    const weekday = new Date(date).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return new Date(date - vietnamOffsetMs);
}
