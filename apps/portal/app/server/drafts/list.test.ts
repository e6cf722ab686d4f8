import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases.js';
import { seedDemoProfiles } from '../db/seed.js';
import { createSession } from '../security/session.js';
import { saveDraft } from './drafts.js';
import { listDrafts } from './list.js';

describeEachDatabase('listDrafts', (get) => {
  it('lists this session’s and this citizen’s live drafts, newest first, and no one else’s', async () => {
    const { db } = get();
    await seedDemoProfiles(db);
    const mine = (await createSession(db)).session;
    const otherDevice = (await createSession(db)).session;
    const stranger = (await createSession(db)).session;
    const base = { definitionVersion: '1', answers: { secret: 'không hiện trong danh sách' } };
    const t0 = new Date('2026-11-01T00:00:00Z');
    const day = 86_400_000;
    const anonymous = await saveDraft(db, {
      ...base,
      sessionId: mine.id,
      citizenProfileId: null,
      serviceId: 'dang-ky-khai-sinh',
      now: new Date(t0.getTime() + day),
    });
    const signedInElsewhere = await saveDraft(db, {
      ...base,
      sessionId: otherDevice.id,
      citizenProfileId: 'hoang-thi-mai',
      serviceId: 'cap-phieu-ly-lich-tu-phap',
      now: new Date(t0.getTime() + 2 * day),
    });
    await saveDraft(db, {
      ...base,
      sessionId: stranger.id,
      citizenProfileId: 'nguyen-van-an',
      serviceId: 'dang-ky-thuong-tru',
      now: new Date(t0.getTime() + 3 * day),
    });
    const now = new Date(t0.getTime() + 4 * day);

    const signedIn = await listDrafts(
      db,
      { sessionId: mine.id, citizenProfileId: 'hoang-thi-mai' },
      now,
    );
    expect(signedIn.map((d) => d.id)).toEqual([signedInElsewhere?.id, anonymous?.id]);
    expect(signedIn[0]).toEqual({
      id: signedInElsewhere?.id,
      serviceId: 'cap-phieu-ly-lich-tu-phap',
      updatedAt: new Date(t0.getTime() + 2 * day),
      expiresAt: new Date(t0.getTime() + 32 * day),
    });
    expect(JSON.stringify(signedIn)).not.toContain('không hiện');

    const sessionOnly = await listDrafts(db, { sessionId: mine.id, citizenProfileId: null }, now);
    expect(sessionOnly.map((d) => d.id)).toEqual([anonymous?.id]);

    // Thirty days after its last save, a draft is gone from the list.
    const later = new Date(t0.getTime() + 31.5 * day);
    const expired = await listDrafts(
      db,
      { sessionId: mine.id, citizenProfileId: 'hoang-thi-mai' },
      later,
    );
    expect(expired.map((d) => d.id)).toEqual([signedInElsewhere?.id]);
  });
});
