import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases.js';
import { newApplicationCode, parseApplicationCode } from './codes.js';
import { countApplications, findApplicationStatus, submitApplication } from './submit.js';

const base = {
  serviceId: 'dang-ky-khai-sinh',
  serviceVersion: '1',
  answers: { child: { fullName: 'NGUYỄN AN' } },
  applicantName: 'Nguyễn Văn An',
  applicantIdNumber: '019085001234',
  deadline: new Date('2026-12-10T10:00:00Z'),
};

describe('application codes', () => {
  it('are HS-year- and 10 Crockford characters, and differ every time', () => {
    const codes = new Set(Array.from({ length: 2000 }, () => newApplicationCode(2026)));
    expect(codes.size).toBe(2000);
    for (const code of codes) expect(code).toMatch(/^HS-2026-[0-9A-HJKMNP-TV-Z]{10}$/u);
  });

  it('are read back as people type them', () => {
    expect(parseApplicationCode(' hs-2026-abcd efgh jk ')).toBe('HS-2026-ABCDEFGHJK');
    expect(parseApplicationCode('HS 2026 0O1IL23456')).toBe('HS-2026-0011123456');
    expect(parseApplicationCode('HS-2026-ABCDEFGHJ')).toBeNull();
    expect(parseApplicationCode('HS-2026-ABCDEFGHJU')).toBeNull();
    expect(parseApplicationCode('2026-ABCDEFGHJK')).toBeNull();
  });
});

describeEachDatabase('submitApplication', (get) => {
  it('stores an application with a masked and a hashed copy of the ID number', async () => {
    const { db } = get();
    const result = await submitApplication(db, { ...base, idempotencyKey: 'once-1' });
    expect(result.created).toBe(true);
    const row = await db
      .selectFrom('applications')
      .selectAll()
      .where('id', '=', result.id)
      .executeTakeFirstOrThrow();
    expect(row.public_code).toBe(result.publicCode);
    expect(row.applicant_id_masked).toBe('•••••••••234');
    expect(row.applicant_id_hash).not.toContain('019085001234');
    expect(row.answers).toEqual(base.answers);
    expect(row.status).toBe('new');
    const events = await db
      .selectFrom('application_events')
      .selectAll()
      .where('application_id', '=', result.id)
      .execute();
    expect(events.map((e) => e.action)).toEqual(['submitted']);
  });

  it('returns the same code to a retry and never stores twice', async () => {
    const { db } = get();
    const before = await countApplications(db);
    const first = await submitApplication(db, { ...base, idempotencyKey: 'retry-1' });
    const again = await submitApplication(db, { ...base, idempotencyKey: 'retry-1' });
    expect(again).toEqual({ ...first, created: false });
    expect(await countApplications(db)).toBe(before + 1);
  });

  it('gives one application to many concurrent submissions of the same form', async () => {
    const { db } = get();
    const before = await countApplications(db);
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        submitApplication(db, { ...base, idempotencyKey: 'double-click-1' }),
      ),
    );
    expect(new Set(results.map((r) => r.publicCode)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await countApplications(db)).toBe(before + 1);
    const events = await db
      .selectFrom('application_events')
      .select('id')
      .where('application_id', '=', results[0]?.id ?? '')
      .execute();
    expect(events).toHaveLength(1);
  });

  it('stores consents per purpose with their wording version', async () => {
    const { db } = get();
    const now = new Date('2026-11-30T01:02:03Z');
    const result = await submitApplication(db, {
      ...base,
      idempotencyKey: 'consent-1',
      now,
      consents: [
        { purposeId: 'xu-ly-ho-so', wordingVersion: '2026-01' },
        { purposeId: 'khao-sat', wordingVersion: '2026-01' },
      ],
    });
    const consents = await db
      .selectFrom('consents')
      .select(['purpose_id', 'wording_version', 'given_at'])
      .where('application_id', '=', result.id)
      .orderBy('purpose_id')
      .execute();
    expect(consents.map((c) => [c.purpose_id, c.wording_version])).toEqual([
      ['khao-sat', '2026-01'],
      ['xu-ly-ho-so', '2026-01'],
    ]);
    expect(new Date(consents[0]?.given_at ?? 0).toISOString()).toBe(now.toISOString());
  });

  it('keeps the history insert-only', async () => {
    const { db } = get();
    const result = await submitApplication(db, { ...base, idempotencyKey: 'history-1' });
    await expect(
      db
        .updateTable('application_events')
        .set({ reason: 'x' })
        .where('application_id', '=', result.id)
        .execute(),
    ).rejects.toThrow(/insert-only/u);
    await expect(
      db.deleteFrom('application_events').where('application_id', '=', result.id).execute(),
    ).rejects.toThrow(/insert-only/u);
  });

  it('finds the status only with both the code and the ID number', async () => {
    const { db } = get();
    const { publicCode } = await submitApplication(db, { ...base, idempotencyKey: 'lookup-1' });
    const found = await findApplicationStatus(db, publicCode, '019085001234');
    expect(found).toMatchObject({ publicCode, status: 'new', applicantIdMasked: '•••••••••234' });
    expect(await findApplicationStatus(db, publicCode, '019085001235')).toBeNull();
    expect(await findApplicationStatus(db, 'HS-2026-0000000000', '019085001234')).toBeNull();
  });
});
