// Reads a stopped portal's PGlite folder and checks what the load clients were told against
// what was stored: every acknowledged code stored exactly once and for the client it was given
// to, no client with two applications, and as many applications made during the run as were
// acknowledged (one stored for a submit whose answer was lost is listed apart, with why).
//
// Also a command, to check a kept folder again (BENCH_KEEP_DATA=1 keeps it and the record):
//   node bench/load/check.mjs <pglite folder> <record.json>
// It prints the same lines as the bench and exits 1 on any discrepancy.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const portalDir = resolve(here, '../../../apps/portal');

async function openPglite(dir) {
  const require = createRequire(join(portalDir, 'package.json'));
  const { PGlite } = await import(pathToFileURL(require.resolve('@electric-sql/pglite')).href);
  return PGlite.create(dir);
}

const plural = (n, one, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * Checks the folder against the run's record ({ slug, runStartedAt, seededApplications,
 * clients: [{ serial, idNumber, submitKind, outcome, why, code, submissionKey,
 * submitAnswers }] }). Returns the lines to print and the discrepancies (none: all is well).
 */
export async function checkStored(pgliteDir, record) {
  const db = await openPglite(pgliteDir);
  try {
    return await check(db, record);
  } finally {
    await db.close();
  }
}

async function check(db, record) {
  const clients = record.clients;
  const acknowledged = clients.filter((c) => c.outcome === 'acknowledged');
  const keys = clients.map((c) => c.submissionKey).filter((k) => typeof k === 'string');
  const bySerial = new Map(clients.map((c) => [c.serial, c]));
  const byKey = new Map(clients.filter((c) => c.submissionKey).map((c) => [c.submissionKey, c]));
  const byIdNumber = new Map(clients.map((c) => [c.idNumber, c]));
  const discrepancies = [];

  const total = (await db.query('select count(*)::int as n from applications')).rows[0]?.n ?? 0;
  // Made during the run: submitted after the portal was up (the demo data is added before it
  // listens), or carrying a submission key a client was given.
  const made = (
    await db.query(
      `select public_code, applicant_id_number, idempotency_key, service_id
         from applications
        where submitted_at >= $1 or idempotency_key = any($2::text[])
        order by submitted_at`,
      [new Date(record.runStartedAt), keys],
    )
  ).rows;
  const stored = new Map(
    (
      await db.query(
        `select public_code, count(*)::int as n, min(applicant_id_number) as id_number
           from applications where public_code = any($1::text[]) group by public_code`,
        [acknowledged.map((c) => c.code)],
      )
    ).rows.map((r) => [r.public_code, r]),
  );

  // 1. Every acknowledged code stored exactly once, for the person it was given to.
  let exactlyOnce = 0;
  const codeOwners = new Map();
  for (const c of acknowledged) {
    const row = stored.get(c.code);
    const times = row?.n ?? 0;
    if (codeOwners.has(c.code)) {
      discrepancies.push(
        `${c.code} was given to client ${c.serial} and to client ${codeOwners.get(c.code)}`,
      );
    }
    codeOwners.set(c.code, c.serial);
    // A double click or a retry lands on the same confirmation, never on an error or the start.
    const other = (c.submitAnswers ?? []).filter(
      (a) => a !== 'confirmation' && !a.startsWith('lost'),
    );
    if (other.length > 0) {
      discrepancies.push(
        `client ${c.serial} (submit ${c.submitKind}): a send of its submit was answered ${other.join(', ')} instead of the confirmation`,
      );
    }
    if (times !== 1) {
      discrepancies.push(
        `${c.code} (client ${c.serial}, submit ${c.submitKind}) is stored ${plural(times, 'time')}`,
      );
    } else if (row.id_number !== c.idNumber) {
      discrepancies.push(`${c.code} (client ${c.serial}) is stored for another applicant`);
    } else {
      exactlyOnce += 1;
    }
  }

  // 2. Each application made during the run belongs to one client, and no client has two.
  const perClient = new Map();
  const unacknowledgedStored = [];
  for (const row of made) {
    const owner = byKey.get(row.idempotency_key) ?? byIdNumber.get(row.applicant_id_number);
    if (!owner) {
      discrepancies.push(
        `${row.public_code} (${row.service_id}) was made during the run by no client of the bench`,
      );
      continue;
    }
    perClient.set(owner.serial, [...(perClient.get(owner.serial) ?? []), row.public_code]);
    if (owner.outcome === 'acknowledged') continue;
    if (owner.outcome !== 'not-acknowledged') {
      discrepancies.push(
        `${row.public_code} is stored for client ${owner.serial}, which never sent the submit (${owner.outcome})`,
      );
      continue;
    }
    // Stored, but the client never heard: fine when the answer was lost on the way (the person
    // retries and gets this code), not when the portal answered that it failed.
    const refused = (owner.submitAnswers ?? []).some(
      (a) => a !== 'confirmation' && !a.startsWith('lost'),
    );
    if (refused) {
      discrepancies.push(
        `${row.public_code} is stored for client ${owner.serial} although its submit was answered: ${owner.submitAnswers.join(', ')}`,
      );
    }
    unacknowledgedStored.push(`${row.public_code}: client ${owner.serial} — ${owner.why}`);
  }
  for (const [serial, codes] of perClient) {
    if (codes.length > 1) {
      const c = bySerial.get(serial);
      discrepancies.push(
        `client ${serial} (submit ${c?.submitKind ?? '?'}) has ${codes.length} applications: ${codes.join(', ')}`,
      );
    }
  }

  // 3. The counts: made during the run = acknowledged + stored without acknowledgement, and
  // everything in the table is either demo data or made during the run.
  const expected = acknowledged.length + unacknowledgedStored.length;
  if (made.length !== expected) {
    discrepancies.push(
      `${plural(made.length, 'application')} made during the run for ${acknowledged.length} acknowledged` +
        (unacknowledgedStored.length ? ` and ${unacknowledgedStored.length} unacknowledged` : ''),
    );
  }
  if (total - record.seededApplications !== made.length) {
    discrepancies.push(
      `${plural(total, 'application')} in all: ${record.seededApplications.toLocaleString('en')} demo data and ${made.length} made during the run leave ${total - record.seededApplications - made.length} unexplained`,
    );
  }
  if (acknowledged.length === 0) {
    discrepancies.push('no submission was acknowledged: there is nothing to check');
  }

  // 4. Drafts: a session never holds two of the same service; what is left are the clients
  // the bounds stopped half-way.
  const drafts = (
    await db.query(
      `select session_id, count(*)::int as n from drafts
        where service_id = $1 and session_id is not null group by session_id`,
      [record.slug],
    )
  ).rows;
  for (const d of drafts.filter((r) => r.n > 1)) {
    discrepancies.push(`a session holds ${d.n} drafts of ${record.slug}`);
  }

  const kinds = new Map();
  for (const c of acknowledged) kinds.set(c.submitKind, (kinds.get(c.submitKind) ?? 0) + 1);
  const lines = [
    `  applications made during the run: ${made.length.toLocaleString('en')} ` +
      `(${total.toLocaleString('en')} in all, ${record.seededApplications.toLocaleString('en')} of them demo data); ` +
      `drafts left open: ${drafts.reduce((n, d) => n + d.n, 0)}`,
    `  acknowledged: ${acknowledged.length} (submit ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}); ` +
      `not acknowledged but stored: ${unacknowledgedStored.length}`,
    ...unacknowledgedStored.map((line) => `    ${line}`),
    discrepancies.length === 0
      ? `exactly once: OK (${exactlyOnce} of ${acknowledged.length})`
      : `exactly once: FAILED (${exactlyOnce} of ${acknowledged.length} acknowledged stored exactly once; ${plural(discrepancies.length, 'discrepancy', 'discrepancies')})`,
    ...discrepancies.map((d) => `  - ${d}`),
  ];
  return { lines, discrepancies, exactlyOnce, acknowledged: acknowledged.length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, recordFile] = process.argv.slice(2);
  if (!dir || !recordFile) {
    console.error('usage: node bench/load/check.mjs <pglite folder> <record.json>');
    process.exit(2);
  }
  const result = await checkStored(resolve(dir), JSON.parse(readFileSync(recordFile, 'utf8')));
  for (const line of result.lines) console.log(line);
  process.exitCode = result.discrepancies.length ? 1 : 0;
}
