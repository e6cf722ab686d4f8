import { sql } from 'kysely';
import { getDatabaseHandle } from '../db/index.js';
import { seedApplicationHistory } from './seed-history.js';

export interface YearSeedResult {
  added: number;
  total: number;
  seconds: number;
}

/**
 * `pnpm --filter @dvc/portal seed -- --year [--rows N]`: a year of realistic applications
 * (1,000,000 by default) over the 92 communes and the services, in set-based statements of
 * 100,000 rows; the summary table follows through its triggers. Safe to run again: the same
 * rows are not added twice.
 */
export async function seedReportYear(
  rows = 1_000_000,
  onProgress?: (done: number, total: number) => void,
): Promise<YearSeedResult> {
  const { db } = await getDatabaseHandle();
  const started = performance.now();
  const added = await seedApplicationHistory(db, {
    rows,
    set: 'Y',
    chunk: 100_000,
    ...(onProgress ? { onProgress } : {}),
  });
  // Fresh statistics so the planner knows the table's new size at once.
  await sql`analyze applications`.execute(db);
  await sql`analyze report_daily`.execute(db);
  const total = await db
    .selectFrom('applications')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return { added, total: Number(total.n), seconds: (performance.now() - started) / 1000 };
}
