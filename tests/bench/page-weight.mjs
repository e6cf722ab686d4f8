// Page weight and speed of a question page on a slow phone network, beside a plain static
// HTML page of the same form, loaded in the same run under the same conditions.
// Figures only: nothing here fails on a number. Targets are from issue #8 (printed beside).
//   Network 150 ms latency, 1.6 Mbps down, 750 kbps up; CPU 4x slower; cache off (CDP).
//   BENCH_PORT (3307), PORTAL_BUILD_DIR (/tmp/build-bench), BENCH_SKIP_BUILD=1, BENCH_RUNS (3).
/* global window, document, requestAnimationFrame -- observe() and the waits run in the page */
import { chromium } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';

const here = dirname(fileURLToPath(import.meta.url));
const portalDir = resolve(here, '../../apps/portal');
const buildDir = resolve(portalDir, process.env.PORTAL_BUILD_DIR ?? '/tmp/build-bench');
const port = Number(process.env.BENCH_PORT ?? 3307);
const plainPort = port + 1;
const runs = Number(process.env.BENCH_RUNS ?? 3);
const service = process.env.BENCH_SERVICE ?? 'dang-ky-khai-sinh';
const base = `http://127.0.0.1:${port}`;

const network = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1_000_000) / 8,
  uploadThroughput: (750 * 1_000) / 8,
};

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => (value == null ? 'n/a' : `${Math.round(value)} ms`);
const median = (values) => {
  const sorted = values.filter((v) => v != null).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
};

function buildPortal() {
  if (process.env.BENCH_SKIP_BUILD === '1' && existsSync(join(buildDir, 'server/index.js'))) return;
  console.log(`Building the portal for production into ${buildDir} ...`);
  execFileSync('npx', ['react-router', 'build'], {
    cwd: portalDir,
    env: { ...process.env, PORTAL_BUILD_DIR: buildDir, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // A build outside the app resolves its packages through the app's node_modules.
  if (!existsSync(join(buildDir, 'node_modules'))) {
    symlinkSync(join(portalDir, 'node_modules'), join(buildDir, 'node_modules'));
  }
}

async function startPortal() {
  const child = spawn(process.execPath, ['server.js'], {
    cwd: portalDir,
    env: {
      ...process.env,
      PORTAL_BUILD_DIR: buildDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      PGLITE_DIR: 'memory://',
      DATABASE_URL: '',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((ok, fail) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('is listening on')) ok();
    });
    child.once('exit', (code) => fail(new Error(`portal exited with ${code}`)));
  });
  child.stdout.resume();
  return child;
}

/** The question page's form, as plain HTML: no scripts, no styles, no fonts. */
function plainPageOf(html) {
  const main = /<main[\s\S]*<\/main>/u.exec(html)?.[0] ?? '<main></main>';
  const lang = /<html lang="([a-z]+)"/u.exec(html)?.[1] ?? 'vi';
  const title = /<title>([\s\S]*?)<\/title>/u.exec(html)?.[1] ?? '';
  return (
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>` +
    `<body>${main.replace(/<script\b[\s\S]*?<\/script>/giu, '')}</body></html>`
  );
}

function servePlain(html) {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(html);
  });
  return new Promise((ok) => server.listen(plainPort, '127.0.0.1', () => ok(server)));
}

// Runs in the page before anything else: paints, LCP, long tasks, the first field, hydration.
function observe() {
  const marks = { fcp: null, lcp: null, longTasks: [], fieldReady: null, hydrated: null };
  window.__bench = marks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-contentful-paint') marks.fcp = entry.startTime;
    }
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) marks.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      marks.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  const field = () =>
    document.querySelector('main input:not([type=hidden]), main select, main textarea');
  const check = () => {
    const el = field();
    if (marks.fieldReady == null && el && !el.disabled && el.getClientRects().length > 0) {
      marks.fieldReady = performance.now();
    }
    // Hydrated: React has attached its props to the field (its handlers are live).
    if (marks.hydrated == null && el && Object.keys(el).some((k) => k.startsWith('__reactProps'))) {
      marks.hydrated = performance.now();
    }
    if (marks.fieldReady == null || marks.hydrated == null) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

function category(type, url) {
  if (/font|woff2?$/u.test(type) || /\.woff2?$/u.test(url)) return 'fonts';
  if (type.includes('javascript')) return 'js';
  if (type.includes('css')) return 'css';
  if (type.includes('html')) return 'html';
  return 'other';
}

async function measure(browser, url, storageState) {
  const context = await browser.newContext({ storageState, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.addInitScript(observe);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const bytes = { js: 0, css: 0, fonts: 0, html: 0, other: 0 };
  const files = [];
  const pending = [];
  page.on('response', (response) => {
    pending.push(
      response
        .body()
        .then((body) => {
          const type = response.headers()['content-type'] ?? '';
          const size = gzipSync(body, { level: 9 }).length;
          const kind = category(type, response.url());
          bytes[kind] += size;
          files.push({ kind, name: new URL(response.url()).pathname.split('/').pop(), size });
        })
        .catch(() => undefined),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  await page
    .waitForFunction(
      () =>
        window.__bench.fieldReady != null &&
        (window.__bench.hydrated != null || !document.querySelector('script[type=module]')),
      null,
      { timeout: 60_000 },
    )
    .catch(() => undefined);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const marks = await page.evaluate(() => window.__bench);
  await Promise.all(pending);
  await context.close();
  const tbt = marks.longTasks
    .filter((task) => marks.fcp == null || task.start >= marks.fcp)
    .reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
  return {
    bytes,
    files,
    fcp: marks.fcp,
    lcp: marks.lcp,
    tbt,
    fieldReady: marks.fieldReady,
    hydrated: marks.hydrated,
  };
}

buildPortal();
const portal = await startPortal();
const browser = await chromium.launch(chromiumLaunchOptions());
let plain;
try {
  // Reach a real question page the way a person does: the service's start page, then start.
  const setup = await browser.newContext({ locale: 'vi-VN' });
  const page = await setup.newPage();
  await page.goto(`${base}/dich-vu/${service}`);
  const start = page.locator('main form button[type=submit], main form button:not([type])').first();
  if (await start.count()) {
    await Promise.all([
      page.waitForURL((u) => u.pathname !== `/dich-vu/${service}`),
      start.click(),
    ]);
  } else {
    const link = page.locator(`main a[href^="/dich-vu/${service}/"]`).first();
    if (await link.count()) await Promise.all([page.waitForURL(/./u), link.click()]);
  }
  const questionUrl = page.url();
  const storageState = await setup.storageState();
  const html = await (await setup.request.get(questionUrl)).text();
  await setup.close();
  plain = await servePlain(plainPageOf(html));
  const plainUrl = `http://127.0.0.1:${plainPort}/`;
  console.log(
    `Question page: ${new URL(questionUrl).pathname} (and a plain HTML copy of its form)`,
  );
  console.log(
    `Chromium, ${network.latency} ms latency, 1.6 Mbps down, 750 kbps up, CPU 4x slower, cache off; median of ${runs} runs\n`,
  );

  const results = { portal: [], plain: [] };
  for (let i = 0; i < runs; i += 1) {
    results.plain.push(await measure(browser, plainUrl, undefined));
    results.portal.push(await measure(browser, questionUrl, storageState));
  }
  const summary = (list) => ({
    bytes: list[0].bytes,
    fcp: median(list.map((r) => r.fcp)),
    lcp: median(list.map((r) => r.lcp)),
    tbt: median(list.map((r) => r.tbt)),
    fieldReady: median(list.map((r) => r.fieldReady)),
    hydrated: median(list.map((r) => r.hydrated)),
  });
  const ours = summary(results.portal);
  const theirs = summary(results.plain);
  const total = (b) => b.js + b.css + b.fonts + b.html;
  const ratio = (a, b) => (a != null && b ? `${(a / b).toFixed(2)}x` : 'n/a');
  const rows = [
    ['JS (gzip)', kb(ours.bytes.js), kb(theirs.bytes.js), '', 'under 140 KB'],
    ['CSS (gzip)', kb(ours.bytes.css), kb(theirs.bytes.css), '', ''],
    ['fonts', kb(ours.bytes.fonts), kb(theirs.bytes.fonts), '', ''],
    [
      'HTML (gzip)',
      kb(ours.bytes.html),
      kb(theirs.bytes.html),
      ratio(ours.bytes.html, theirs.bytes.html),
      '',
    ],
    [
      'everything',
      kb(total(ours.bytes)),
      kb(total(theirs.bytes)),
      ratio(total(ours.bytes), total(theirs.bytes)),
      'under 200 KB',
    ],
    ['First Contentful Paint', ms(ours.fcp), ms(theirs.fcp), ratio(ours.fcp, theirs.fcp), ''],
    [
      'Largest Contentful Paint',
      ms(ours.lcp),
      ms(theirs.lcp),
      ratio(ours.lcp, theirs.lcp),
      'within 1.2x',
    ],
    ['Total blocking time', ms(ours.tbt), ms(theirs.tbt), '', ''],
    [
      'first field accepts input',
      ms(ours.fieldReady),
      ms(theirs.fieldReady),
      ratio(ours.fieldReady, theirs.fieldReady),
      'at first paint, <= plain',
    ],
    [
      'hydrated',
      ms(ours.hydrated),
      '-',
      `${ratio(ours.hydrated, theirs.fcp)} of plain FCP`,
      'within 2x of plain FCP',
    ],
  ];
  const widths = [28, 12, 12, 22];
  console.log(
    ['', 'portal', 'plain HTML', 'portal / plain', 'target']
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join(''),
  );
  for (const row of rows) console.log(row.map((c, i) => String(c).padEnd(widths[i] ?? 0)).join(''));
  // Where the bytes go: the biggest files of the first portal run (gzip), scripts and fonts.
  const biggest = results.portal[0].files
    .filter((f) => f.kind === 'js' || f.kind === 'fonts')
    .sort((a, b) => b.size - a.size)
    .slice(0, 12);
  console.log('\nBiggest scripts and fonts of the portal page (gzip):');
  for (const f of biggest)
    console.log(`  ${kb(f.size).padStart(9)}  ${f.kind.padEnd(6)} ${f.name}`);
} finally {
  await browser.close();
  plain?.close();
  portal.kill('SIGTERM');
}
