import { applyPrefill, type FlowState, type ServiceDefinition } from '@dvc/flows';
import { dangKyKhaiSinh, examples } from '@dvc/services';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { countApplications } from '../applications/submit.js';
import { migrateToLatest, openDatabase } from '../db/index.js';
import type { Database } from '../db/schema.js';
import { issueResumeCode, resumeDraft, type DraftOwner } from '../drafts/drafts.js';
import { createSession } from '../security/session.js';
import { describeEachDatabase } from '../test/databases.js';
import { readStepPost } from './post.js';
import { handleStepPost } from './steps.js';
import { newSubmissionKey, openFlow, saveFlow } from './store.js';
import { submitFlow } from './submit.js';
import type { Kysely } from 'kysely';

const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n');

function post(body: URLSearchParams | FormData): Request {
  return new Request('http://portal.test/dich-vu/x/y', { method: 'POST', body });
}

async function newOwner(db: Kysely<Database>): Promise<DraftOwner> {
  const { session } = await createSession(db);
  return { sessionId: session.id, citizenProfileId: null };
}

async function count(db: Kysely<Database>, table: 'drafts' | 'attachments' | 'consents') {
  const row = await db
    .selectFrom(table)
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The example citizen's complete answers (prefilled from their profile, all confirmed). */
function completeState(definition: ServiceDefinition): FlowState {
  const example = examples.find((e) => e.serviceId === definition.id);
  if (!example) throw new Error(`No example for ${definition.id}`);
  const filled = applyPrefill(
    definition,
    { answers: example.answers, unconfirmed: [] },
    example.profile,
  );
  return { answers: filled.state.answers, unconfirmed: [] };
}

describeEachDatabase('citizen flow storage', (get) => {
  it('submits once: a retry with the same key gives the same code, and consents are recorded', async () => {
    const { db } = get();
    const owner = await newOwner(db);
    const state = completeState(dangKyKhaiSinh);
    const row = await saveFlow(db, { owner, definition: dangKyKhaiSinh, row: null, state });
    const before = await countApplications(db);
    const submissionKey = newSubmissionKey();
    const input = {
      definition: dangKyKhaiSinh,
      row,
      state,
      submissionKey,
      ticked: ['xu-ly-ho-so'],
      citizenProfileId: null,
    };
    const [first, second] = await Promise.all([submitFlow(db, input), submitFlow(db, input)]);
    const third = await submitFlow(db, input);
    if (!first.ok || !second.ok || !third.ok) throw new Error('submission refused');
    expect(second.publicCode).toBe(first.publicCode);
    expect(third.publicCode).toBe(first.publicCode);
    expect([first.created, second.created, third.created].filter(Boolean)).toHaveLength(1);
    expect(await countApplications(db)).toBe(before + 1);
    const consents = await db
      .selectFrom('consents')
      .select(['purpose_id', 'wording_version'])
      .where('application_id', '=', first.applicationId)
      .execute();
    // Only the purpose ticked is recorded, with the wording version shown.
    expect(consents).toEqual([{ purpose_id: 'xu-ly-ho-so', wording_version: '2026-01' }]);
    const application = await db
      .selectFrom('applications')
      .select(['applicant_name', 'applicant_id_masked'])
      .where('id', '=', first.applicationId)
      .executeTakeFirstOrThrow();
    expect(application.applicant_name).toBe('HOÀNG VĂN PÁO');
    expect(application.applicant_id_masked).toMatch(/234$/u);
  });

  it('refuses a submission without the required consent, and stores nothing', async () => {
    const { db } = get();
    const owner = await newOwner(db);
    const state = completeState(dangKyKhaiSinh);
    const row = await saveFlow(db, { owner, definition: dangKyKhaiSinh, row: null, state });
    const before = await countApplications(db);
    const result = await submitFlow(db, {
      definition: dangKyKhaiSinh,
      row,
      state,
      submissionKey: newSubmissionKey(),
      ticked: ['khao-sat'],
      citizenProfileId: null,
    });
    expect(result).toEqual({ ok: false, reason: 'consent', missing: ['xu-ly-ho-so'] });
    expect(await countApplications(db)).toBe(before);
  });

  it('refuses bad input with a message and writes no row', async () => {
    const { db } = get();
    const owner = await newOwner(db);
    const drafts = await count(db, 'drafts');
    const cases: [string, URLSearchParams | FormData, string][] = [
      ['ho-ten-tre', new URLSearchParams({ 'ho-ten-tre': 'An\u0007Bình' }), 'control-characters'],
      ['ho-ten-tre', new URLSearchParams({ 'ho-ten-tre': 'A'.repeat(20_000) }), 'too-long'],
      [
        'ho-ten-tre',
        new URLSearchParams({ 'ho-ten-tre': 'An', 'is-admin': 'yes' }),
        'unknown-field',
      ],
      ['ngay-sinh-tre', new URLSearchParams({ 'ngay-sinh-tre-day': 'abc' }), 'notADate'],
    ];
    const fileAsText = new FormData();
    fileAsText.append('ho-ten-tre', new File([pdf], 'a.pdf', { type: 'application/pdf' }));
    cases.push(['ho-ten-tre', fileAsText, 'expected-text']);
    for (const [stepId, body, code] of cases) {
      const flow = await openFlow(db, dangKyKhaiSinh, owner);
      const outcome = await handleStepPost({
        db,
        definition: dangKyKhaiSinh,
        owner,
        flow,
        stepId,
        request: post(body),
      });
      expect(outcome.kind, `${stepId}: ${code}`).toBe('invalid');
      if (outcome.kind === 'invalid' && code !== 'notADate') {
        expect(outcome.errors.map((e) => e.code)).toContain(code);
      }
    }
    expect(await count(db, 'drafts')).toBe(drafts);
  });

  it('accepts decomposed Vietnamese, stored normalised (NFC)', async () => {
    const { db } = get();
    const owner = await newOwner(db);
    const flow = await openFlow(db, dangKyKhaiSinh, owner);
    const typed = 'Hoàng Thị Mai'.normalize('NFD');
    expect(typed).not.toBe(typed.normalize('NFC'));
    const outcome = await handleStepPost({
      db,
      definition: dangKyKhaiSinh,
      owner,
      flow,
      stepId: 'ho-ten-tre',
      request: post(new URLSearchParams({ 'ho-ten-tre': typed })),
    });
    expect(outcome.kind).toBe('next');
    const saved = await openFlow(db, dangKyKhaiSinh, owner);
    expect(saved.state.answers['ho-ten-tre']).toBe('HOÀNG THỊ MAI'.normalize('NFC'));
  });

  it('checks uploads by their content: a renamed text file is refused, a real PDF stored', async () => {
    const { db } = get();
    const owner = await newOwner(db);
    const attachments = await count(db, 'attachments');
    const fake = new FormData();
    fake.append(
      'giay-chung-sinh',
      new File(['not a pdf'], 'giay.pdf', { type: 'application/pdf' }),
    );
    const refused = await handleStepPost({
      db,
      definition: dangKyKhaiSinh,
      owner,
      flow: await openFlow(db, dangKyKhaiSinh, owner),
      stepId: 'giay-chung-sinh',
      request: post(fake),
    });
    expect(refused.kind === 'invalid' && refused.errors.map((e) => e.code)).toEqual(['file-type']);
    expect(await count(db, 'attachments')).toBe(attachments);

    // A PDF sent as "image/png" named .png is still a PDF: its bytes say so.
    const real = new FormData();
    real.append('giay-chung-sinh', new File([pdf], 'anh.png', { type: 'image/png' }));
    const checked = await readStepPost(post(real), dangKyKhaiSinh, 'giay-chung-sinh');
    expect(checked.ok && checked.files.map((f) => f.kind)).toEqual(['pdf']);
    const accepted = await handleStepPost({
      db,
      definition: dangKyKhaiSinh,
      owner,
      flow: await openFlow(db, dangKyKhaiSinh, owner),
      stepId: 'giay-chung-sinh',
      request: post(real),
    });
    expect(accepted.kind).toBe('next');
    const stored = await db
      .selectFrom('attachments')
      .select(['kind', 'size_bytes', 'content'])
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(stored.kind).toBe('pdf');
    expect(stored.size_bytes).toBe(pdf.byteLength);
    expect(Array.from(stored.content)).toEqual(Array.from(pdf));
  });

  it('a resume code continues a draft under another session', async () => {
    const { db } = get();
    const owner = await newOwner(db);
    const state: FlowState = { answers: { 'ho-ten-tre': 'LÒ VĂN TÚ' }, unconfirmed: [] };
    const row = await saveFlow(db, { owner, definition: dangKyKhaiSinh, row: null, state });
    const code = await issueResumeCode(db, row.id, owner);
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/u);
    const elsewhere = await newOwner(db);
    expect((await openFlow(db, dangKyKhaiSinh, elsewhere)).row).toBeNull();
    expect(await resumeDraft(db, (code ?? '').toLowerCase(), elsewhere)).not.toBeNull();
    const resumed = await openFlow(db, dangKyKhaiSinh, elsewhere);
    expect(resumed.state.answers['ho-ten-tre']).toBe('LÒ VĂN TÚ');
    // The first session no longer holds it.
    expect((await openFlow(db, dangKyKhaiSinh, owner)).row).toBeNull();
  });
});

it('a draft survives a restart (PGlite data folder closed and opened again)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-flow-'));
  try {
    const first = await openDatabase({ pgliteDir: join(dir, 'pglite') });
    await migrateToLatest(first.db);
    const owner = await newOwner(first.db);
    const state: FlowState = {
      answers: { 'sinh-o-viet-nam': 'co', 'ho-ten-tre': 'HOÀNG THỊ MAI' },
      unconfirmed: [],
    };
    await saveFlow(first.db, { owner, definition: dangKyKhaiSinh, row: null, state });
    await first.close();
    const second = await openDatabase({ pgliteDir: join(dir, 'pglite') });
    try {
      const reopened = await openFlow(second.db, dangKyKhaiSinh, owner);
      expect(reopened.row).not.toBeNull();
      expect(reopened.state.answers).toEqual(state.answers);
    } finally {
      await second.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
