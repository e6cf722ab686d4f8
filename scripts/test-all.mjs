// `npm test`: installs everything and runs every test: lint and types, unit and component
// tests (storage tests on embedded PGlite and on a throwaway PostgreSQL server when one can be
// started), every Storybook story in Chromium with axe, the axe sweep over the static Storybook
// in every locale and theme, the keyboard-only journeys in Firefox, and the Playwright journeys.
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureFirefox } from './ensure-firefox.mjs';
import { env, install, run } from './workspace.mjs';

install();
env.CHROMIUM_PATH = ensureChromium();
env.FIREFOX_PATH = ensureFirefox();

const turbo = (tasks, extra = []) => ['turbo', 'run', ...tasks, '--output-logs=new-only', ...extra];

run('node', ['scripts/postgres.mjs', '--', ...turbo(['build', 'typecheck', 'lint', 'test'])]);
// Browser suites one at a time: on a 2-core machine, parallel browsers only slow each other.
run(...split(turbo(['test-storybook'], ['--concurrency=1'])));
run(...split(turbo(['a11y'], ['--concurrency=1'])));
run(...split(turbo(['firefox'], ['--concurrency=1'])));
run(...split(turbo(['e2e'], ['--concurrency=1'])));

console.log('\nAll tests passed.');

function split([command, ...args]) {
  return [command, args];
}
