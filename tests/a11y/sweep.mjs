/* global window, document, requestAnimationFrame */
// The kit's accessibility sweep: every story of the STATIC Storybook build, in every locale and
// every theme, checked with axe (WCAG 2.0, 2.1 and 2.2, A and AA) in Chromium. Prints how many
// stories and states it checked and every violation per story; exits 1 on any violation or on a
// story that fails to render (a story that cannot render cannot be checked).
//
//   node a11y/sweep.mjs [--dir ../apps/storybook/storybook-static] [--filter <text in story id>]
//
// Speed (it runs on 2 cores inside `npm test`): one browser, one page per worker; each page loads
// the Storybook iframe once per locale and theme and then switches stories in place through
// Storybook's own preview (no reload), waiting until the story has finished rendering and its
// play function has run. axe is injected once per page load and scoped to the story root plus
// anything a story portals to <body> (dialogs).
import { chromium } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { values: options } = parseArgs({
  options: {
    dir: { type: 'string', default: join(root, 'apps/storybook/storybook-static') },
    filter: { type: 'string' },
    workers: { type: 'string', default: '2' },
  },
});

/** axe tags: WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const locales = ['vi', 'en'];
/** The default theme plus one per JSON file of @dvc/tokens, as the Storybook toolbar lists them. */
const themes = [
  'default',
  ...readdirSync(join(root, 'packages/tokens/src/tokens/themes'))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''))
    .sort(),
];
const storyTimeoutMs = 20_000;

const staticDir = resolve(options.dir);
if (!existsSync(join(staticDir, 'index.json'))) {
  console.error(
    `No Storybook build at ${staticDir}. Build it first: pnpm --filter @dvc/storybook build-storybook`,
  );
  process.exit(1);
}

/** @type {{ entries: Record<string, { id: string, title: string, name: string, type: string, tags?: string[] }> }} */
const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter(
  (entry) =>
    entry.type === 'story' &&
    (entry.tags ?? []).includes('test') &&
    (!options.filter || entry.id.includes(options.filter)),
);
if (stories.length === 0) {
  console.error('No stories to check.');
  process.exit(1);
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const server = await serve(staticDir);
const address = server.address();
if (!address || typeof address === 'string') throw new Error('The static server has no port');
const base = `http://127.0.0.1:${address.port}`;

const started = performance.now();
const browser = await chromium.launch(chromiumLaunchOptions());

/** One job per locale x theme; the workers take the next job when they are free. */
const jobs = locales.flatMap((locale) => themes.map((theme) => ({ locale, theme })));
/** @type {Map<string, string[]>} problems per story id */
const problems = new Map();
let checked = 0;

try {
  const workerCount = Math.max(1, Math.min(Number(options.workers) || 1, jobs.length));
  await Promise.all(Array.from({ length: workerCount }, () => work()));
} finally {
  await browser.close();
  server.close();
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `\naxe (${wcagTags.join(', ')}) over the static Storybook: ${stories.length} stories x ` +
    `${locales.length} locales (${locales.join(', ')}) x ${themes.length} themes ` +
    `(${themes.join(', ')}) = ${checked} states checked in ${seconds} s.`,
);
if (problems.size === 0) {
  console.log('No violations.');
} else {
  const count = [...problems.values()].reduce((sum, list) => sum + list.length, 0);
  console.error(`\n${count} problems in ${problems.size} stories:`);
  for (const [id, list] of [...problems].sort(([a], [b]) => a.localeCompare(b))) {
    const story = stories.find((entry) => entry.id === id);
    console.error(`\n✗ ${story ? `${story.title} / ${story.name}` : id}  (${id})`);
    for (const line of list.sort()) console.error(`    ${line}`);
  }
  process.exitCode = 1;
}

async function work() {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  /** @type {string[]} */
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  try {
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      const { locale, theme } = job;
      const state = `${locale}, ${theme}`;
      // Storybook's URL form of globals: key:value pairs joined by ';'. a11y.manual keeps the
      // a11y addon from running its own axe after every story: this sweep runs axe itself.
      const globals = `locale:${locale};theme:${theme};a11y.manual:!true`;
      const first = stories[0];
      if (!first) return;
      await page.goto(
        `${base}/iframe.html?id=${encodeURIComponent(first.id)}&viewMode=story&globals=${globals}`,
      );
      await page.waitForFunction(() => Boolean(window.__STORYBOOK_PREVIEW__?.currentRender));
      await page.addScriptTag({ content: axeSource });
      for (const story of stories) {
        pageErrors.length = 0;
        const rendered = await renderStory(page, story.id);
        if (rendered !== 'finished') {
          const detail = pageErrors.length > 0 ? `: ${pageErrors.join(' | ')}` : '';
          report(story.id, `[${state}] the story did not render (${rendered})${detail}`);
          continue;
        }
        const found = await runAxe(page);
        checked += 1;
        for (const violation of found) {
          report(story.id, `[${state}] ${violation}`);
        }
      }
    }
  } finally {
    await context.close();
  }
}

/**
 * Switches the preview to a story and waits until Storybook has rendered it, run its play
 * function and finished: returns the final phase ('finished' when all went well).
 * @param {import('@playwright/test').Page} page
 * @param {string} storyId
 */
async function renderStory(page, storyId) {
  return page.evaluate(
    async ({ storyId, timeout }) => {
      const preview = window.__STORYBOOK_PREVIEW__;
      if (!preview) return 'no preview';
      const current = preview.currentRender;
      // Stories are checked in order; re-selecting the story on screen would not re-render
      // it, so a fresh page load (first story) is taken as it is once it has finished.
      if (current?.id !== storyId || current.phase === undefined) {
        void preview.onSetCurrentStory({ storyId, viewMode: 'story' });
      }
      const endPhases = ['finished', 'errored', 'aborted'];
      const deadline = Date.now() + timeout;
      while (Date.now() < deadline) {
        const render = preview.currentRender;
        if (render?.id === storyId && endPhases.includes(render.phase ?? '')) {
          if (render.phase !== 'finished') return render.phase ?? 'unknown';
          // Storybook shows its error display instead of the story when rendering threw.
          if (document.body.classList.contains('sb-show-errordisplay')) {
            const message = document.querySelector('#error-message')?.textContent ?? '';
            return `error display: ${message.trim().slice(0, 200)}`;
          }
          // Let effects that run after paint (focus, portals, live regions) settle.
          await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
          // The state really is the one asked for: the decorators set the story's effective
          // locale and theme (a story may pin its own locale) on <html>.
          const globals = render.story
            ? preview.storyStoreValue?.getStoryContext(render.story).globals
            : undefined;
          const html = document.documentElement;
          if (
            !globals ||
            html.lang !== String(globals.locale) ||
            html.dataset.dvcTheme !== String(globals.theme)
          ) {
            return `wrong state: lang=${html.lang} theme=${html.dataset.dvcTheme ?? 'none'}`;
          }
          return 'finished';
        }
        await new Promise((done) => setTimeout(done, 10));
      }
      return `timed out after ${timeout} ms in phase ${preview.currentRender?.phase ?? 'none'}`;
    },
    { storyId, timeout: storyTimeoutMs },
  );
}

/**
 * Runs axe over the story root and everything portalled to <body>; returns one line per
 * violated rule, with its impact, help and where.
 * @param {import('@playwright/test').Page} page
 */
async function runAxe(page) {
  return page.evaluate(async (tags) => {
    const storybookOwn =
      '.sb-preparing-story, .sb-preparing-docs, .sb-nopreview, .sb-errordisplay, #storybook-docs';
    const include = [...document.body.children].filter(
      (element) =>
        !['SCRIPT', 'STYLE', 'LINK', 'TEMPLATE'].includes(element.tagName) &&
        !element.matches(storybookOwn),
    );
    const axe = window.axe;
    if (!axe) return ['axe-core is not loaded in the page'];
    const results = await axe.run(
      { include },
      { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
    );
    return results.violations.map(
      (violation) =>
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} at ` +
        violation.nodes.map((node) => node.target.join(' ')).join(', '),
    );
  }, wcagTags);
}

/** @param {string} id @param {string} line */
function report(id, line) {
  const list = problems.get(id) ?? [];
  list.push(line);
  problems.set(id, list);
}

/**
 * A static file server for the Storybook build on a free loopback port.
 * @param {string} dir
 */
function serve(dir) {
  /** @type {Record<string, string>} */
  const types = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.woff2': 'font/woff2',
    '.woff': 'font/woff',
  };
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, pathname === '/' ? 'index.html' : pathname));
    if (!file.startsWith(dir + sep) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = readFileSync(file);
      response.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}
