import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases.js';
import { seedDemoProfiles } from '../db/seed.js';
import { createSession } from '../security/session.js';
import { issueResumeCode, loadDraft, resumeDraft, saveDraft } from './drafts.js';

describeEachDatabase('drafts', (get) => {
  it('keep what was typed, and only their owner can change or read them', async () => {
    const { db } = get();
    const mine = (await createSession(db)).session;
    const theirs = (await createSession(db)).session;
    const owner = { sessionId: mine.id, citizenProfileId: null };
    const draft = await saveDraft(db, {
      ...owner,
      serviceId: 'dang-ky-khai-sinh',
      definitionVersion: '1',
      answers: { child: { fullName: 'LÒ VĂN TÚ' } },
    });
    expect(draft?.id).toMatch(/^[A-Za-z0-9_-]{22}$/u);
    const id = draft?.id ?? '';
    const updated = await saveDraft(db, {
      ...owner,
      draftId: id,
      serviceId: 'dang-ky-khai-sinh',
      definitionVersion: '1',
      answers: { child: { fullName: 'LÒ VĂN TÚ', sex: 'male' } },
    });
    expect(updated?.answers).toEqual({ child: { fullName: 'LÒ VĂN TÚ', sex: 'male' } });
    const intruder = { sessionId: theirs.id, citizenProfileId: null };
    expect(
      await saveDraft(db, {
        ...intruder,
        draftId: id,
        serviceId: 'dang-ky-khai-sinh',
        definitionVersion: '1',
        answers: {},
      }),
    ).toBeNull();
    expect(await loadDraft(db, id, intruder)).toBeNull();
    expect((await loadDraft(db, id, owner))?.answers).toEqual(updated?.answers);
  });

  it('continue on another device with a resume code, which is stored only hashed', async () => {
    const { db } = get();
    await seedDemoProfiles(db);
    const first = (await createSession(db)).session;
    const owner = { sessionId: first.id, citizenProfileId: null };
    const draft = await saveDraft(db, {
      ...owner,
      serviceId: 'dang-ky-thuong-tru',
      definitionVersion: '1',
      answers: { phone: '0912345678' },
    });
    const code = await issueResumeCode(db, draft?.id ?? '', owner);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/u);
    const stored = await db
      .selectFrom('drafts')
      .select('resume_code_hash')
      .where('id', '=', draft?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(stored.resume_code_hash).not.toContain((code ?? '').replaceAll('-', ''));

    const phone = (await createSession(db)).session;
    const elsewhere = { sessionId: phone.id, citizenProfileId: 'sung-a-tua' };
    expect(await resumeDraft(db, 'AAAA-AAAA-AAAA', elsewhere)).toBeNull();
    const resumed = await resumeDraft(db, ` ${(code ?? '').toLowerCase()} `, elsewhere);
    expect(resumed?.answers).toEqual({ phone: '0912345678' });
    expect(await loadDraft(db, draft?.id ?? '', elsewhere)).not.toBeNull();
    // The first device no longer holds it.
    expect(await loadDraft(db, draft?.id ?? '', owner)).toBeNull();
  });

  it('expire', async () => {
    const { db } = get();
    const session = (await createSession(db)).session;
    const owner = { sessionId: session.id, citizenProfileId: null };
    const old = new Date(Date.now() - 31 * 86_400_000);
    const draft = await saveDraft(db, {
      ...owner,
      serviceId: 'dang-ky-khai-sinh',
      definitionVersion: '1',
      answers: {},
      now: old,
    });
    expect(await loadDraft(db, draft?.id ?? '', owner)).toBeNull();
  });
});
