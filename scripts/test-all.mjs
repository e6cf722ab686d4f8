// `npm test`: installs everything and runs every test: lint and types, unit and component
// tests (storage tests on embedded PGlite and on a throwaway PostgreSQL server when one can be
// started), every Storybook story in Chromium with axe, and the Playwright journeys.
import { ensureChromium } from './ensure-chromium.mjs';
import { env, install, run } from './workspace.mjs';

install();
env.CHROMIUM_PATH = ensureChromium();

const turbo = (tasks, extra = []) => ['turbo', 'run', ...tasks, '--output-logs=new-only', ...extra];

run('node', ['scripts/postgres.mjs', '--', ...turbo(['build', 'typecheck', 'lint', 'test'])]);
// Browser suites one at a time: on a 2-core machine, parallel browsers only slow each other.
run(...split(turbo(['test-storybook'], ['--concurrency=1'])));
run(...split(turbo(['e2e'], ['--concurrency=1'])));

console.log('\nAll tests passed.');

function split([command, ...args]) {
  return [command, args];
}
