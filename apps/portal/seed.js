// `pnpm --filter @dvc/portal seed`: adds the demo citizen profiles and some applications
// to the database the environment names (as server.js does). Safe to run again. Stop a
// server using the same PGlite folder first: one process at a time may open it.
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const buildDir = resolve(here, process.env.PORTAL_BUILD_DIR ?? 'build');
const build = await import(pathToFileURL(`${buildDir}/server/index.js`).href);
const { profiles, applications } = await build.entry.module.seedDemoData();
console.log(`Seeded ${profiles} demo profiles and ${applications} applications.`);
await build.entry.module.shutdownServer();
