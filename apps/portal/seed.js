// `pnpm --filter @dvc/portal seed`: adds the demo citizen profiles and some applications
// to the database the environment names (as server.js does). Safe to run again. Stop a
// server using the same PGlite folder first: one process at a time may open it.
//   -- --year          also a year of realistic applications for the reports (1,000,000 rows)
//   -- --rows N        with --year: N rows instead
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';

const { values: flags } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { year: { type: 'boolean', default: false }, rows: { type: 'string' } },
});
const rows = flags.rows === undefined ? 1_000_000 : Number(flags.rows);
if (!Number.isInteger(rows) || rows < 1) {
  console.error('--rows takes a whole number of applications, e.g. --rows 200000');
  process.exit(2);
}

const here = fileURLToPath(new URL('.', import.meta.url));
const buildDir = resolve(here, process.env.PORTAL_BUILD_DIR ?? 'build');
const build = await import(pathToFileURL(`${buildDir}/server/index.js`).href);
const { profiles, applications } = await build.entry.module.seedDemoData();
console.log(`Seeded ${profiles} demo profiles and ${applications} applications.`);
if (flags.year) {
  console.log(`Adding a year of applications for the reports (${rows.toLocaleString('en')}) ...`);
  const result = await build.entry.module.seedReportYear(rows, (done, total) => {
    console.log(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`);
  });
  console.log(
    `Added ${result.added.toLocaleString('en')} in ${result.seconds.toFixed(1)} s; ` +
      `${result.total.toLocaleString('en')} applications in all.`,
  );
}
await build.entry.module.shutdownServer();
