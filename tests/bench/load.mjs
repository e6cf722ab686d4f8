// Load on loopback, bounded in time and count: many concurrent clients each walk a whole
// birth registration with plain HTTP form posts (no browser): the start page, every question
// page (GET, then its answers POSTed with the CSRF token read from the form), check answers,
// the declaration and the submit. Every fourth client double-clicks the submit (two posts at
// once) and every fourth sends it again after its first answer was lost (the connection
// dropped while the portal worked on it). A client that is done starts again as a new person
// (own cookies, own address, own applicant ID number). The answers are the e2e journeys' plan
// (tests/e2e/service-plans.ts).
// Prints throughput and p50/p99 per request kind, then stops the portal and reads its PGlite
// folder (load/check.mjs): every acknowledged submission (the submit answered with the
// redirect to the confirmation, which shows its HS-... code) is stored exactly once, no client
// has two applications, and as many were made as were acknowledged (one stored for a submit
// whose answer was lost is listed apart, with why). Prints "exactly once: OK (n of n)", or the
// discrepancies and exits 1. Figures only, never part of the test suite.
//   BENCH_LOAD_PORT (3309); BENCH_CLIENTS (40 at once); BENCH_SECONDS (15: clients start
//   journeys for this long, those under way then finish, at most 5 minutes more);
//   BENCH_MAX_REQUESTS (4000: a journey starts only if all its requests fit);
//   BENCH_SERVICE (dang-ky-khai-sinh, the one with a plan here); PORTAL_BUILD_DIR
//   (/tmp/build-bench: built by page-weight.mjs, or
//   `cd apps/portal && PORTAL_BUILD_DIR=... npx react-router build`); BENCH_KEEP_DATA=1 keeps
//   the PGlite folder and the run's record, to check again with
//   `node bench/load/check.mjs <folder> <record.json>`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkStored } from './load/check.mjs';
import { createBudget, createMeter, mostRequests, runJourney } from './load/journey.mjs';
import { resent } from './load/http.mjs';
import { answersFor, loadPlan, maxClients } from './load/plan.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const portalDir = resolve(here, '../../apps/portal');
const buildDir = resolve(portalDir, process.env.PORTAL_BUILD_DIR ?? '/tmp/build-bench');
const port = Number(process.env.BENCH_LOAD_PORT ?? 3309);
const clients = Number(process.env.BENCH_CLIENTS ?? 40);
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const maxRequests = Number(process.env.BENCH_MAX_REQUESTS ?? 4000);
const service = process.env.BENCH_SERVICE ?? 'dang-ky-khai-sinh';
const keepData = process.env.BENCH_KEEP_DATA === '1';
const base = `http://127.0.0.1:${port}`;

for (const [name, value] of [
  ['BENCH_CLIENTS', clients],
  ['BENCH_SECONDS', seconds],
  ['BENCH_MAX_REQUESTS', maxRequests],
]) {
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
}
if (!existsSync(join(buildDir, 'server/index.js'))) {
  console.error(
    `No portal build in ${buildDir}: build it first ` +
      `(cd apps/portal && PORTAL_BUILD_DIR=${buildDir} npx react-router build).`,
  );
  process.exit(2);
}
// A build outside the app resolves its packages through the app's node_modules.
if (!existsSync(join(buildDir, 'node_modules'))) {
  symlinkSync(join(portalDir, 'node_modules'), join(buildDir, 'node_modules'));
}

const plans = { 'dang-ky-khai-sinh': 'khaiSinh' };
if (!plans[service]) throw new Error(`BENCH_SERVICE: no answers for ${service} in the bench`);
const plan = await loadPlan(plans[service]);

const dataDir = mkdtempSync(join(tmpdir(), 'dvc-load-'));
const pgliteDir = join(dataDir, 'pglite');
const child = spawn(process.execPath, ['server.js'], {
  cwd: portalDir,
  env: {
    ...process.env,
    PORTAL_BUILD_DIR: buildDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    PGLITE_DIR: pgliteDir,
    DATABASE_URL: '',
    TRUST_PROXY: '1',
    NODE_ENV: 'production',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let serverErrors = '';
child.stderr.on('data', (chunk) => {
  if (serverErrors.length < 20_000) serverErrors += chunk;
});
const seededApplications = await new Promise((ok, fail) => {
  let out = '';
  let seeded = 0;
  const read = (chunk) => {
    out += chunk;
    seeded = Number(/demo data added: \d+ profiles, (\d+) applications/u.exec(out)?.[1] ?? seeded);
    if (!out.includes('is listening on')) return;
    // From here on it prints the access log: drained, not kept.
    child.stdout.off('data', read);
    ok(seeded);
  };
  child.stdout.on('data', read);
  child.once('exit', (code) =>
    fail(new Error(`the portal exited with ${code} before it listened:\n${serverErrors}`)),
  );
}).catch((error) => {
  rmSync(dataDir, { recursive: true, force: true });
  throw error;
});
child.stdout.resume();

const runStartedAt = new Date();
const began = performance.now();
/**
 * After the time to start journeys, those under way finish: each is a few dozen requests of at
 * most a minute each, and this is the hard end after which they stop where they are.
 */
const graceSeconds = 300;
const budget = createBudget({
  maxRequests,
  startUntil: began + seconds * 1000,
  stopAt: began + (seconds + graceSeconds) * 1000,
});
const meter = createMeter({ windowEnd: began + seconds * 1000 });
const records = [];
let nextSerial = 0;

/** One of the concurrent clients: journeys one after another until the bounds stop it. */
async function worker() {
  const most = mostRequests(answersFor(plan, 0));
  while (nextSerial < maxClients) {
    const allowance = await budget.journey(most);
    if (!allowance) return;
    if (nextSerial >= maxClients) return allowance.release();
    const serial = nextSerial++;
    const answers = answersFor(plan, serial);
    let record;
    try {
      record = await runJourney({ base, slug: service, answers, serial, allowance, meter });
    } finally {
      allowance.release();
    }
    records.push(record);
    if (record.outcome === 'refused' || record.outcome === 'failed') {
      // Worth seeing at once (the first three); the counts below say how many.
      if (records.filter((r) => r.outcome === record.outcome).length <= 3)
        console.log(`  client ${serial} ${record.outcome}: ${record.why}`);
    }
  }
}
await Promise.all(Array.from({ length: clients }, () => worker()));
const elapsed = (performance.now() - began) / 1000;

const pct = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
    : NaN;
};
const kinds = Object.values(meter.kinds);
const count = (kind) =>
  kind.ms.length + [...kind.statuses].reduce((n, [s, c]) => n + (typeof s === 'string' ? c : 0), 0);
const sent = kinds.reduce((n, kind) => n + count(kind), 0);
const outcomes = new Map();
for (const r of records) outcomes.set(r.outcome, (outcomes.get(r.outcome) ?? 0) + 1);
const perSecond = (n, s) => (n / s).toFixed(1);
console.log(
  `Load on loopback: ${clients} clients at once started journeys for ${seconds} s; ` +
    `the last one ended ${elapsed.toFixed(1)} s after the start`,
);
console.log(
  `  ${sent} requests, ${perSecond(sent, elapsed)} per second ` +
    `(${perSecond(meter.inWindow, Math.min(seconds, elapsed))} per second answered in the first ${seconds} s, every client busy)`,
);
console.log(
  `  ${records.length} journeys through ${service}: ` +
    [...outcomes].map(([o, n]) => `${n} ${o}`).join(', '),
);
console.log(`  ${'kind'.padEnd(24)} requests  per second    p50 ms    p99 ms  statuses`);
for (const kind of kinds) {
  const ms = (p) => (kind.ms.length ? pct(kind.ms, p).toFixed(0) : '-').padStart(9);
  console.log(
    `  ${kind.label.padEnd(24)} ${String(count(kind)).padStart(8)} ${perSecond(kind.ms.length, elapsed).padStart(11)} ` +
      `${ms(50)} ${ms(99)}  ${[...kind.statuses].map(([s, n]) => `${s} x${n}`).join(', ')}`,
  );
}
if (resent.count > 0) {
  console.log(
    `  ${resent.count} requests sent again after a reset of the kept-alive connection they went out on, as a browser does`,
  );
}
for (const r of records.filter((x) => x.outcome === 'not-acknowledged')) {
  console.log(`  not acknowledged: client ${r.serial} (submit ${r.submitKind}): ${r.why}`);
}

// Stop the portal (it closes PGlite cleanly), then read what it stored.
await new Promise((ok) => {
  if (child.exitCode !== null) ok();
  child.once('exit', ok);
  child.kill('SIGTERM');
});
const record = {
  slug: service,
  runStartedAt: runStartedAt.toISOString(),
  seededApplications,
  clients: records,
};
console.log("Stored (read from the stopped portal's database):");
let failed = true;
try {
  const result = await checkStored(pgliteDir, record);
  for (const line of result.lines) console.log(line);
  failed = result.discrepancies.length > 0;
} finally {
  if (keepData) {
    writeFileSync(join(dataDir, 'record.json'), JSON.stringify(record, null, 1));
    console.log(
      `  kept: ${pgliteDir} and ${join(dataDir, 'record.json')} ` +
        `(check again: node bench/load/check.mjs ${pgliteDir} ${join(dataDir, 'record.json')})`,
    );
  } else {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
if (serverErrors.trim()) console.log(`Portal errors during the run:\n${serverErrors.trim()}`);
process.exitCode = failed ? 1 : 0;
