// Load on loopback, bounded in time and count: many concurrent clients each start a service,
// then load the question page and send its answer again and again. Prints throughput and
// p50/p99 per request kind, then stops the portal and reads its database: every client whose
// answer was acknowledged (303) has exactly one draft holding it, never two.
// Figures only. BENCH_LOAD_PORT (3309), BENCH_CLIENTS (40), BENCH_SECONDS (15),
// BENCH_MAX_REQUESTS (4000), PORTAL_BUILD_DIR (/tmp/build-bench, built by page-weight.mjs).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const portalDir = resolve(here, '../../apps/portal');
const buildDir = resolve(portalDir, process.env.PORTAL_BUILD_DIR ?? '/tmp/build-bench');
const port = Number(process.env.BENCH_LOAD_PORT ?? 3309);
const clients = Number(process.env.BENCH_CLIENTS ?? 40);
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const maxRequests = Number(process.env.BENCH_MAX_REQUESTS ?? 4000);
const service = process.env.BENCH_SERVICE ?? 'dang-ky-khai-sinh';
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'dvc-load-'));

const child = spawn(process.execPath, ['server.js'], {
  cwd: portalDir,
  env: {
    ...process.env,
    PORTAL_BUILD_DIR: buildDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    PGLITE_DIR: join(dataDir, 'pglite'),
    DATABASE_URL: '',
    TRUST_PROXY: '1',
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

/** A client of its own: cookie jar, address, the form's token. */
function client(index) {
  const cookies = new Map();
  const address = `10.77.${Math.floor(index / 250)}.${(index % 250) + 1}`;
  return {
    async request(path, init = {}) {
      const headers = new Headers(init.headers);
      headers.set('X-Forwarded-For', address);
      if (cookies.size) headers.set('Cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
      const response = await fetch(new URL(path, base), { ...init, headers, redirect: 'manual' });
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const at = pair.indexOf('=');
        cookies.set(pair.slice(0, at), pair.slice(at + 1));
      }
      return response;
    },
  };
}

function formOf(html) {
  const form = /<form[^>]*method="post"[^>]*>([\s\S]*?)<\/form>/iu.exec(html);
  if (!form) return null;
  const action = /action="([^"]*)"/u.exec(form[0])?.[1];
  const hidden = [...form[1].matchAll(/<input[^>]*type="hidden"[^>]*>/giu)].map((tag) => [
    /name="([^"]*)"/u.exec(tag[0])?.[1] ?? '',
    /value="([^"]*)"/u.exec(tag[0])?.[1] ?? '',
  ]);
  return { action, hidden };
}

const timings = { page: [], answer: [] };
const statuses = new Map();
let sent = 0;
let acknowledged = 0;
const acknowledgedClients = new Set();
const deadline = performance.now() + seconds * 1000;

async function run(index) {
  const c = client(index);
  // Start the service as a person does: its start page, then its form.
  const start = await c.request(`/dich-vu/${service}`);
  const startHtml = await start.text();
  const link = new RegExp(`href="(/dich-vu/${service}/[^"?#]+)"`, 'u').exec(startHtml)?.[1];
  let question = link ?? `/dich-vu/${service}`;
  const startForm = link ? null : formOf(startHtml);
  if (startForm) {
    const started = await c.request(startForm.action ?? question, {
      method: 'POST',
      body: new URLSearchParams(startForm.hidden),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    question = started.headers.get('location') ?? question;
  }
  while (performance.now() < deadline && sent < maxRequests) {
    let t = performance.now();
    const page = await c.request(question);
    const html = await page.text();
    timings.page.push(performance.now() - t);
    sent += 1;
    statuses.set(page.status, (statuses.get(page.status) ?? 0) + 1);
    const form = formOf(html);
    const field =
      /<input[^>]*type="radio"[^>]*name="([^"]*)"[^>]*value="([^"]*)"/u.exec(html) ??
      /<input[^>]*type="radio"[^>]*value="([^"]*)"[^>]*name="([^"]*)"/u.exec(html);
    if (!form || !field) continue;
    const body = new URLSearchParams(form.hidden);
    body.set(field[1], field[2]);
    t = performance.now();
    const answer = await c.request(form.action ?? question, {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    await answer.arrayBuffer();
    timings.answer.push(performance.now() - t);
    sent += 1;
    statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    if (answer.status === 303 || answer.status === 302) {
      acknowledged += 1;
      acknowledgedClients.add(index);
    }
  }
}

const began = performance.now();
await Promise.all(Array.from({ length: clients }, (_, i) => run(i)));
const elapsed = (performance.now() - began) / 1000;

const pct = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
    : NaN;
};
console.log(
  `Load on loopback: ${clients} clients, ${elapsed.toFixed(1)} s, ${sent} requests (${(sent / elapsed).toFixed(1)} per second)`,
);
for (const [kind, values] of Object.entries(timings)) {
  console.log(
    `  ${kind === 'page' ? 'question page (GET) ' : 'answer (POST)       '} ${String(values.length).padStart(6)} requests  ` +
      `${(values.length / elapsed).toFixed(1).padStart(7)}/s  p50 ${pct(values, 50).toFixed(0)} ms  p99 ${pct(values, 99).toFixed(0)} ms`,
  );
}
console.log(`  statuses: ${[...statuses].map(([s, n]) => `${s} x${n}`).join(', ')}`);

// Stop the portal (it closes PGlite cleanly), then read what it stored.
await new Promise((ok) => {
  child.once('exit', ok);
  child.kill('SIGTERM');
});
const require = createRequire(join(portalDir, 'package.json'));
const { PGlite } = await import(pathToFileURL(require.resolve('@electric-sql/pglite')).href);
const db = await PGlite.create(join(dataDir, 'pglite'));
try {
  const drafts = await db.query(
    `select session_id, count(*)::int as n from drafts where service_id = $1 and session_id is not null group by session_id`,
    [service],
  );
  const twice = drafts.rows.filter((r) => r.n > 1).length;
  const withAnswer = await db.query(
    `select count(*)::int as n from drafts where service_id = $1 and answers::text <> '{}'`,
    [service],
  );
  console.log(
    `  stored: ${drafts.rows.length} sessions with a draft for ${acknowledgedClients.size} clients acknowledged (${acknowledged} acknowledged answers); ` +
      `${withAnswer.rows[0]?.n ?? 0} drafts hold an answer; sessions with more than one draft: ${twice}` +
      (drafts.rows.length === acknowledgedClients.size && twice === 0
        ? '  (each exactly once)'
        : '  (MISMATCH)'),
  );
} finally {
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
}
