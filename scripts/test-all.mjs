// `npm test`: installs everything and runs every test: lint and types, unit and component
// tests (storage tests on embedded PGlite and on a throwaway PostgreSQL server when one can be
// started), every Storybook story in Chromium with its play function, the axe sweep over the
// static Storybook in every locale and theme, the keyboard-only journeys in Firefox, and the
// Playwright journeys. Prints how long each stage took.
import { spawn } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureFirefox } from './ensure-firefox.mjs';
import { env, install, root, run } from './workspace.mjs';

const started = Date.now();
const timings = [];
/** The suites under way, to stop them all when one fails. */
const running = new Set();

await stage('install', () => {
  install();
  env.CHROMIUM_PATH = ensureChromium();
  env.FIREFOX_PATH = ensureFirefox();
});

const turbo = (tasks, extra = []) => ['turbo', 'run', ...tasks, '--output-logs=new-only', ...extra];

await stage('build, types, lint, unit and storage tests', () => {
  run('node', ['scripts/postgres.mjs', '--', ...turbo(['build', 'typecheck', 'lint', 'test'])]);
});

// The browser suites wait on pages far more than they compute, so two lanes share the two
// cores: the kit's Storybook checks and the Firefox journeys beside the Playwright journeys.
// Within a lane, one at a time.
await Promise.all([
  lane([
    ['stories in Chromium (Vietnamese)', turbo(['test-storybook'], ['--concurrency=1'])],
    ['axe sweep of the static Storybook', turbo(['a11y'], ['--concurrency=1'])],
    ['keyboard journeys in Firefox', turbo(['firefox'], ['--concurrency=1'])],
  ]),
  lane([['Playwright journeys', turbo(['e2e'], ['--concurrency=1'])]]),
]);

for (const [name, seconds] of timings) console.log(`${seconds.padStart(7)} s  ${name}`);
console.log(`${seconds(started).padStart(7)} s  in all\n\nAll tests passed.`);

function seconds(since) {
  return ((Date.now() - since) / 1000).toFixed(0);
}

async function stage(name, work) {
  const since = Date.now();
  await work();
  timings.push([name, seconds(since)]);
}

/** Runs the commands one after another; the first failure ends the whole run with its code. */
async function lane(steps) {
  for (const [name, [command, ...args]] of steps) {
    await stage(name, () => runAsync(command, args));
  }
}

/** Stops the other lane's suite too, so that nothing is left running after a failure. */
function fail(code) {
  for (const child of running) child.kill('SIGTERM');
  process.exit(code);
}

function runAsync(command, args) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
    running.add(child);
    child.on('error', (error) => {
      console.error(error);
      fail(1);
    });
    child.on('exit', (code, signal) => {
      running.delete(child);
      if (code === 0) resolve();
      else {
        console.error(
          `\n${command} ${args.join(' ')} failed (${signal ?? `exit ${String(code)}`})`,
        );
        fail(code ?? 1);
      }
    });
  });
}
