// `pnpm --filter @dvc/portal bench`: the leadership dashboard's server time for the common
// filters on a year of applications (1,000,000 rows), on PGlite and, when DATABASE_URL is set
// (e.g. `node ../../scripts/postgres.mjs -- pnpm bench`), on PostgreSQL too. Prints figures,
// never fails on them. The PGlite database is kept in data/bench-pglite (BENCH_PGLITE_DIR), so
// only the first run pays for the seed; BENCH_ROWS and BENCH_RUNS change the size and runs.
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const buildDir = resolve(here, process.env.PORTAL_BUILD_DIR ?? 'build');
const build = await import(pathToFileURL(`${buildDir}/server/index.js`).href);
const { benchReports } = build.entry.module;

const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const runs = Number(process.env.BENCH_RUNS ?? 15);
const pgliteDir = resolve(here, process.env.BENCH_PGLITE_DIR ?? 'data/bench-pglite');

console.log('Leadership reports: dashboard server time (loadReport: both queries)');
await benchReports({ label: 'PGlite', pgliteDir, rows, runs });
const databaseUrl = process.env.DATABASE_URL?.trim();
if (databaseUrl) {
  await benchReports({ label: 'PostgreSQL', databaseUrl, rows, runs });
} else {
  console.log('\nPostgreSQL: skipped (DATABASE_URL is not set; run under scripts/postgres.mjs).');
}
