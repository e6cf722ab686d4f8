/* global document */
// Keyboard-only journeys through the portal in Firefox (Debian's firefox-esr over WebDriver
// BiDi, puppeteer-core), at 360 x 640, in Vietnamese: axe on every state, focus on the heading
// or the error summary after each page change. The home search, sign-in and look-up, and each
// of the three services completed to its confirmation (service-flow.mjs). Builds the portal
// into /tmp/build-firefox (PORTAL_BUILD_DIR) and starts it on port 3305 (FIREFOX_E2E_PORT)
// with a throwaway in-memory database, then runs every journey and exits 1 if any fails.
// With --no-build and no PORTAL_BUILD_DIR it serves the workspace's own build
// (apps/portal/build, which `turbo run firefox` builds first), as `npm test` does.
//
//   node firefox/journeys.mjs [--no-build] [--only <text in journey name>] [--verbose]
//
// --verbose prints each page and axe run of a journey with the time since it began.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, openSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { firefoxPath } from '../../scripts/ensure-firefox.mjs';
import { loadPlans } from './plans.mjs';
import { completeServiceByKeyboard } from './service-flow.mjs';
import {
  check,
  checkAxe,
  checkPageChange,
  findingsOf,
  focused,
  heading,
  hydrated,
  named,
  tabTo,
  typeInto,
  waitFor,
} from './harness.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const portalDir = join(root, 'apps/portal');
const port = Number(process.env.FIREFOX_E2E_PORT ?? 3305);
const base = `http://127.0.0.1:${port}`;
const serverLog = join(tmpdir(), `firefox-journeys-portal-${port}.log`);
const { values: options } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    only: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});

const buildDir =
  process.env.PORTAL_BUILD_DIR ??
  (options['no-build'] ? join(portalDir, 'build') : '/tmp/build-firefox');

/** @typedef {import('puppeteer-core').Page} Page */
/** @type {{ name: string, run: (page: Page) => Promise<void> }[]} */
const journeys = [];

/** @param {string} name @param {(page: Page) => Promise<void>} run */
function journey(name, run) {
  journeys.push({ name, run });
}

/**
 * What each journey has done: page states checked with axe, when it began, and its --verbose
 * lines (printed before its result).
 * @type {WeakMap<Page, { axeStates: number, started: number, lines: string[] }>}
 */
const progress = new WeakMap();

/** With --verbose, a line per page and axe run with the time since the journey began. */
function log(/** @type {Page} */ page, /** @type {string} */ line) {
  const own = progress.get(page);
  if (options.verbose && own) {
    own.lines.push(`      ${((performance.now() - own.started) / 1000).toFixed(1)} s  ${line}`);
  }
}

/** axe on the page as it is now, counted. @param {Page} page @param {string} state */
async function axe(page, state) {
  const from = performance.now();
  const checked = await checkAxe(page, state);
  const own = progress.get(page);
  if (own) own.axeStates += checked;
  log(page, `axe ${state}: ${String(Math.round(performance.now() - from))} ms`);
}

/** Opens a path and waits for hydration; the keyboard starts from the top of the document. */
async function open(/** @type {Page} */ page, /** @type {string} */ path) {
  await page.goto(`${base}${path}`, { waitUntil: 'load' });
  await hydrated(page);
}

/** Presses Enter on what has focus. */
const enter = (/** @type {Page} */ page) => page.keyboard.press('Enter');

// ---------------------------------------------------------------------------------------
// Journeys over the pages that exist: home search, look-up, sign-in.

journey('home: search the catalogue and open a service from the results', async (page) => {
  await open(page, '/');
  check(
    (await heading(page)) === 'Dịch vụ công trực tuyến',
    `home heading: ${await heading(page)}`,
  );
  await axe(page, 'the home page');
  // The skip link comes first and leads to the content.
  const skip = await tabTo(page, (f) => f.tag === 'a', { what: 'the first link' });
  check(
    /nội dung/i.test(skip.name),
    `the first Tab should reach the skip link, not "${skip.name}"`,
  );
  await tabTo(page, named('Tìm dịch vụ công', 'input'), { what: 'the search field' });
  await page.keyboard.type('khai sinh');
  const titleBefore = await page.title();
  await enter(page);
  await waitFor(page, () => document.querySelector('#ket-qua') !== null);
  check((await page.title()) !== titleBefore, 'the title should change with the search results');
  check(new URL(page.url()).searchParams.get('q') === 'khai sinh', `search URL: ${page.url()}`);
  await axe(page, 'the search results');
  const link = await tabTo(page, (f) => f.tag === 'a' && /khai sinh/i.test(f.name), {
    what: 'a result about khai sinh',
  });
  await enter(page);
  await waitFor(page, () => /\/dich-vu\//.test(document.location.pathname));
  check(
    (await heading(page)).toLowerCase().includes(link.name.toLowerCase().slice(0, 10)),
    `the service page heading "${await heading(page)}" should match the link "${link.name}"`,
  );
  await checkPageChange(page);
  await axe(page, 'the service start page');
});

/**
 * Signs in with the keyboard only: arrows through the demo profiles to `name`, Enter on the
 * button. Starts on the sign-in page.
 * @param {Page} page @param {string} name
 */
async function signInAs(page, name) {
  // From the error summary's link focus is already in the group; otherwise Tab into it.
  let current = await focused(page);
  if (current.type !== 'radio') {
    current = await tabTo(page, (f) => f.type === 'radio', { what: 'the first profile' });
  }
  for (let step = 0; step < 20 && current.name !== name; step++) {
    await page.keyboard.press('ArrowDown');
    current = await focused(page);
  }
  check(current.name === name, `arrow keys never reached the profile ${name}`);
  // Arrow keys in a radio group select as they move; Space selects the one Tab landed on.
  if (!current.checked) await page.keyboard.press(' ');
  check((await focused(page)).checked, `${name} should be selected`);
  // Enter on the chosen profile sends the form (implicit submission). The button is not used
  // here: once the router has sent a form on the client (even one that came back with
  // errors), firefox-esr 153 over BiDi no longer turns Enter or Space on a button into a
  // click (Chromium does; a script click works), while implicit submission still works.
  await page.keyboard.press('Enter');
  await waitFor(page, () => document.location.pathname === '/ho-so-cua-toi');
}

journey(
  'sign-in: a failed attempt, then a demo citizen, her applications, sign-out',
  async (page) => {
    await open(page, '/dang-nhap');
    check(
      (await heading(page)) === 'Đăng nhập thử (mô phỏng VNeID)',
      `sign-in heading: ${await heading(page)}`,
    );
    await axe(page, 'the sign-in page');
    await tabTo(page, named('Đăng nhập', 'button'), { what: 'the sign-in button' });
    await enter(page);
    await waitFor(page, () => document.querySelector('[role="alert"]') !== null);
    await checkPageChange(page, { errors: 1 });
    await axe(page, 'sign-in with no profile chosen');
    // The summary's link names the field it is about. (It is not followed here: in firefox-esr
    // over BiDi, after a same-page fragment link Space no longer selects the radio it focused,
    // so the walk goes on with Tab.)
    const link = await tabTo(page, (f) => f.tag === 'a' && f.inAlert, {
      what: 'the error summary link',
    });
    check(
      link.href.endsWith('#profile-0'),
      `the summary link should lead to the first profile: ${link.href}`,
    );
    await signInAs(page, 'Nguyễn Văn An');
    check((await heading(page)) === 'Hồ sơ của tôi', `after sign-in: ${await heading(page)}`);
    await checkPageChange(page);
    await axe(page, 'my applications');
    // Enter on a button works in a freshly loaded document only (see signInAs): reload first.
    await page.reload({ waitUntil: 'load' });
    await hydrated(page);
    await tabTo(page, named('Đăng xuất', 'button'), { what: 'the sign-out button' });
    await enter(page);
    await waitFor(page, () => document.querySelector('h1')?.textContent === 'Bạn đã đăng xuất');
    await checkPageChange(page);
    await axe(page, 'signed out');
  },
);

journey('look-up: a malformed code and ID number, then the real ones', async (page) => {
  // A seeded application code of Hoàng Thị Mai, read from her list after a keyboard sign-in.
  await open(page, '/dang-nhap');
  await signInAs(page, 'Hoàng Thị Mai');
  const code = await page.evaluate(
    () => document.querySelector('table th[scope="row"]')?.textContent?.trim() ?? '',
  );
  check(/^HS-\d{4}-/.test(code), `no seeded application code in the list: "${code}"`);
  await page.browserContext().deleteCookie(...(await page.browserContext().cookies()));

  await open(page, '/tra-cuu');
  check((await heading(page)).length > 0, 'the look-up page has a heading');
  await axe(page, 'the look-up page');
  await tabTo(page, named('Mã hồ sơ', 'input'), { what: 'the code field' });
  await page.keyboard.type('HS-123');
  await page.keyboard.press('Tab');
  check(
    (await focused(page)).name.startsWith('Số định danh cá nhân'),
    'Tab from the code should reach the ID number',
  );
  await page.keyboard.type('12345');
  await enter(page);
  await waitFor(page, () => document.querySelector('[role="alert"]') !== null);
  await checkPageChange(page, { errors: 2 });
  await axe(page, 'the look-up with two errors');
  // Back to the fields: Tab forward from the summary, fix both, send.
  await tabTo(page, named('Mã hồ sơ', 'input'), { what: 'the code field' });
  await typeInto(page, code.toLowerCase().replaceAll('-', ' '));
  await page.keyboard.press('Tab');
  await typeInto(page, '006190004521');
  await enter(page);
  await waitFor(page, () => document.querySelector('#lookup-result') !== null);
  const now = await focused(page);
  check(
    now.id === 'lookup-result',
    `focus should move to the result heading, not ${now.tag}#${now.id}`,
  );
  check(!page.url().includes('006190004521'), 'the ID number must not be in the address');
  await axe(page, 'the look-up result');
});

// ---------------------------------------------------------------------------------------
// The service flows, each completed to its confirmation with the plan the Playwright journeys
// use (service-flow.mjs), with one failed validation each: a question sent empty, a wrong ID
// number fixed from the error summary's link, the declaration sent without consent.

const plans = await loadPlans();
/** @type {[import('./plans.mjs').ServicePlan, import('./service-flow.mjs').Mistake][]} */
const serviceJourneys = [
  [plans.khaiSinh, { kind: 'empty', step: 'sinh-o-viet-nam' }],
  [
    plans.thuongTru,
    { kind: 'wrong', step: 'ban-than', field: 'so-dinh-danh', value: '00609400123' },
  ],
  [plans.lyLich, { kind: 'no-consent' }],
];
const mistakeText = {
  empty: 'a question sent empty',
  wrong: 'a wrong ID number fixed from the summary',
  'no-consent': 'the declaration sent without consent',
};

for (const [plan, mistake] of serviceJourneys) {
  journey(
    `service ${plan.slug}: every page to the confirmation, ${mistakeText[mistake.kind]}`,
    async (page) => {
      const code = await completeServiceByKeyboard(page, plan, {
        axe,
        open,
        mistake,
        log: (line) => {
          log(page, line);
        },
      });
      check(!page.url().includes(code), 'the application code must not be in the address');
    },
  );
}

// ---------------------------------------------------------------------------------------

if (!options['no-build']) {
  console.log(`> building the portal into ${buildDir}`);
  const build = spawnSync(join(portalDir, 'node_modules/.bin/react-router'), ['build'], {
    cwd: portalDir,
    env: { ...process.env, PORTAL_BUILD_DIR: buildDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    console.error(`${build.stdout}\n${build.stderr}\nThe portal build failed.`);
    process.exit(1);
  }
}
// The server bundle imports the portal's dependencies: outside the workspace it finds them
// through a node_modules link beside it.
if (!existsSync(join(buildDir, 'node_modules')) && !buildDir.startsWith(portalDir)) {
  symlinkSync(join(portalDir, 'node_modules'), join(buildDir, 'node_modules'), 'dir');
}

// PGlite in memory, never a PostgreSQL server the caller may have set for other tests.
const callerEnv = { ...process.env };
delete callerEnv.DATABASE_URL;
const server = spawn(process.execPath, ['server.js'], {
  cwd: portalDir,
  env: {
    ...callerEnv,
    PORT: String(port),
    HOST: '127.0.0.1',
    PGLITE_DIR: 'memory://',
    PORTAL_BUILD_DIR: buildDir,
  },
  // The access log (no personal data in it) goes to a file, to read when a journey fails.
  stdio: ['ignore', openSync(serverLog, 'w'), 'inherit'],
});
let stopping = false;
const stopServer = () => {
  stopping = true;
  server.kill('SIGTERM');
};
process.on('exit', stopServer);
// A portal that stops in the middle of a run makes every later page fail to load: say so.
// (The portal logs "SIGTERM: stopping" when a signal from elsewhere, not this run, stops it.)
server.on('exit', (code, signal) => {
  if (stopping) return;
  const stoppedBy = /^(SIG[A-Z]+): stopping$/m.exec(readFileSync(serverLog, 'utf8'))?.[1];
  console.log(
    `\n! The portal stopped during the run (${
      stoppedBy
        ? `sent ${stoppedBy} from outside this run`
        : (signal ?? `exit code ${String(code)}`)
    }); its access log: ${serverLog}`,
  );
});

let failures = 0;
let ran = 0;
let axeStates = 0;
const started = performance.now();
try {
  // Firefox starts while the portal does (both take seconds on a busy machine).
  const [serverReady, launched] = await Promise.allSettled([
    waitForServer().then(() => (performance.now() - started) / 1000),
    puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: firefoxPath() ?? 'firefox-esr',
      headless: true,
      extraPrefsFirefox: {
        // Tab reaches links as well as fields (macOS-style "fields only" is off), no network.
        'accessibility.tabfocus': 7,
        'app.update.enabled': false,
        'browser.shell.checkDefaultBrowser': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'intl.accept_languages': 'vi-VN, vi',
      },
    }),
  ]);
  if (launched.status === 'rejected') throw launched.reason;
  const browser = launched.value;
  if (serverReady.status === 'rejected') {
    await browser.close();
    throw serverReady.reason;
  }
  console.log(`The portal answered after ${serverReady.value.toFixed(1)} s.`);
  console.log(`Firefox ${await browser.version()} over WebDriver BiDi, viewport 360 x 640\n`);
  try {
    // One at a time: journeys side by side in one Firefox (a browser context each) share its
    // window, and keys sent to a tab in the background do not move focus as they do in front.
    for (const chosen of journeys) {
      if (options.only && !chosen.name.includes(options.only)) continue;
      ran += 1;
      const result = await runJourney(browser, chosen);
      axeStates += result.axeStates;
      const states = `${String(result.axeStates)} states checked with axe, ${result.seconds} s`;
      for (const line of result.lines) console.log(line);
      if (result.findings.length === 0) {
        console.log(`  ✓ ${chosen.name} (${states})`);
      } else {
        failures += 1;
        console.log(`  ✗ ${chosen.name} (${states})`);
        for (const finding of result.findings) console.log(`      - ${finding}`);
      }
    }
  } finally {
    await browser.close();
  }
} finally {
  stopServer();
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `\n${ran - failures} of ${ran} Firefox journeys passed; ` +
    `${axeStates} page states checked with axe; ${seconds} s.`,
);
if (failures > 0) {
  console.log(`The portal's access log of this run: ${serverLog}`);
  process.exitCode = 1;
}

/**
 * Runs one journey in a fresh browser context at 360 x 640 and returns what it found.
 * @param {import('puppeteer-core').Browser} browser @param {(typeof journeys)[number]} chosen
 */
async function runJourney(browser, { run }) {
  const own = { axeStates: 0, started: performance.now(), lines: /** @type {string[]} */ ([]) };
  /** @type {string[]} */
  let found = [];
  try {
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      progress.set(page, own);
      found = findingsOf(page);
      await page.setViewport({ width: 360, height: 640 });
      page.setDefaultTimeout(30_000);
      await run(page);
    } finally {
      await context.close();
    }
  } catch (error) {
    found.push(`stopped: ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    axeStates: own.axeStates,
    seconds: ((performance.now() - own.started) / 1000).toFixed(1),
    lines: own.lines,
    findings: found,
  };
}

async function waitForServer() {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The portal exited with ${server.exitCode}`);
    try {
      const response = await fetch(base);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`The portal did not answer on ${base} within 180 s`);
}
