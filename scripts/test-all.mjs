// `npm test`: installs everything and runs every test: lint and types, unit and component
// tests, every Storybook story in Chromium with axe, and the Playwright journeys.
import { ensureChromium } from './ensure-chromium.mjs';
import { env, install, run } from './workspace.mjs';

install();
env.CHROMIUM_PATH = ensureChromium();

const turbo = (tasks, extra = []) =>
  run('turbo', ['run', ...tasks, '--output-logs=new-only', ...extra]);

turbo(['build', 'typecheck', 'lint', 'test']);
// Browser suites one at a time: on a 2-core machine, parallel browsers only slow each other.
turbo(['test-storybook'], ['--concurrency=1']);
turbo(['e2e'], ['--concurrency=1']);

console.log('\nAll tests passed.');
