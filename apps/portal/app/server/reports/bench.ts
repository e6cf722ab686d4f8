import { sql } from 'kysely';
import { migrateToLatest, openDatabase, type DatabaseOptions } from '../db/index.js';
import { loadReport } from './figures.js';
import { parseReportFilter } from './filter.js';
import { seedApplicationHistory } from './seed-history.js';

export interface BenchOptions extends DatabaseOptions {
  /** Name printed with the figures ("PGlite", "PostgreSQL"). */
  label: string;
  /** Applications of the year seed to have in the database (default 1,000,000). */
  rows?: number;
  /** Timed runs per filter, after one untimed warm-up (default 15). */
  runs?: number;
  log?: (line: string) => void;
}

/** The filters leaders use most, as the dashboard's address would carry them. */
export const benchFilters: readonly { name: string; query: string }[] = [
  { name: 'last 90 days (the default)', query: 'period=90d' },
  { name: 'last 30 days', query: 'period=30d' },
  { name: 'last 12 months', query: 'period=12m' },
  { name: 'last 12 months, one service', query: 'period=12m&service=dang-ky-khai-sinh' },
  { name: 'last 12 months, one commune', query: 'period=12m&commune=01843' },
  {
    name: 'one month, one service, one commune',
    query: 'period=MONTH&service=dang-ky-thuong-tru&commune=02020',
  },
];

function quantile(sorted: number[], q: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

/**
 * Times the dashboard's server work (both queries of `loadReport`) for the common filters on a
 * database holding the year seed; seeds it first when it holds fewer rows. Prints a table;
 * never fails on a number.
 */
export async function benchReports(options: BenchOptions): Promise<void> {
  const log =
    options.log ??
    ((line: string) => {
      console.log(line);
    });
  const rows = options.rows ?? 1_000_000;
  const runs = options.runs ?? 15;
  const handle = await openDatabase(options);
  try {
    await migrateToLatest(handle.db);
    const present = await sql<{ n: number }>`
      select count(*)::int as n from applications where idempotency_key like 'seed-history:Y:%'`
      .execute(handle.db)
      .then((r) => Number(r.rows[0]?.n ?? 0));
    if (present < rows) {
      log(`${options.label}: seeding ${rows.toLocaleString('en')} applications (once) ...`);
      const started = performance.now();
      await seedApplicationHistory(handle.db, {
        rows,
        set: 'Y',
        onProgress: (done, total) => {
          log(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`);
        },
      });
      await sql`analyze`.execute(handle.db);
      log(`  seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const counts = await sql<{ applications: number; summary: number }>`
      select (select count(*)::int from applications) as applications,
             (select count(*)::int from report_daily) as summary`
      .execute(handle.db)
      .then((r) => r.rows[0]);
    log(
      `\n${options.label}: ${Number(counts?.applications).toLocaleString('en')} applications, ` +
        `${Number(counts?.summary).toLocaleString('en')} summary rows; ` +
        `${String(runs)} runs per filter after a warm-up (ms)`,
    );
    // PGlite runs inside this process, so its CPU time is the work itself, whatever else the
    // machine is doing; wall time is what a leader waits for on this machine right now.
    log(
      `${'filter'.padEnd(40)} ${'median'.padStart(8)} ${'p90'.padStart(8)} ${'max'.padStart(8)}` +
        (handle.kind === 'pglite' ? `  ${'CPU median'.padStart(10)}` : ''),
    );
    const now = new Date();
    const month = new Date(now.getTime() + 7 * 3_600_000 - 31 * 86_400_000)
      .toISOString()
      .slice(0, 7);
    for (const { name, query } of benchFilters) {
      const { filter } = parseReportFilter(new URLSearchParams(query.replace('MONTH', month)), now);
      await loadReport(handle.db, filter, now);
      const times: number[] = [];
      const cpu: number[] = [];
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        const cpuStarted = process.cpuUsage();
        await loadReport(handle.db, filter, now);
        const used = process.cpuUsage(cpuStarted);
        times.push(performance.now() - started);
        cpu.push((used.user + used.system) / 1000);
      }
      times.sort((a, b) => a - b);
      cpu.sort((a, b) => a - b);
      log(
        `${name.padEnd(40)} ${quantile(times, 0.5).toFixed(1).padStart(8)} ` +
          `${quantile(times, 0.9).toFixed(1).padStart(8)} ${quantile(times, 1).toFixed(1).padStart(8)}` +
          (handle.kind === 'pglite' ? `  ${quantile(cpu, 0.5).toFixed(1).padStart(10)}` : ''),
      );
    }
  } finally {
    await handle.close();
  }
}
