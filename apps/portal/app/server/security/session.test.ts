import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases.js';
import { seedDemoProfiles } from '../db/seed.js';
import {
  createSession,
  parseCookies,
  purgeExpiredSessions,
  readSession,
  rotateSession,
  serializeCookie,
} from './session.js';
import { lookupBucket, takeToken } from './rate-limit.js';

describe('cookies', () => {
  it('are HttpOnly, SameSite=Lax, Path=/ and Secure only over TLS', () => {
    expect(serializeCookie('dvc_session', 'a b', { secure: false, maxAge: 60 })).toBe(
      'dvc_session=a%20b; Path=/; SameSite=Lax; HttpOnly; Max-Age=60',
    );
    expect(serializeCookie('lang', 'en', { secure: true })).toBe(
      'lang=en; Path=/; SameSite=Lax; HttpOnly; Secure',
    );
  });

  it('are parsed with the first value winning and bad encodings ignored', () => {
    const cookies = parseCookies('a=1; b=%E0%A4%A; a=2; c=x%20y');
    expect([...cookies]).toEqual([
      ['a', '1'],
      ['c', 'x y'],
    ]);
  });
});

describeEachDatabase('sessions', (get) => {
  it('are found by the cookie value, which is never stored', async () => {
    const { db } = get();
    const { token, session } = await createSession(db);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(session.id).not.toContain(token);
    expect(session.csrf_token.length).toBeGreaterThanOrEqual(43);
    expect((await readSession(db, token))?.id).toBe(session.id);
    expect(await readSession(db, `${token}x`)).toBeNull();
    expect(await readSession(db, undefined)).toBeNull();
  });

  it('expire, and expired ones are purged', async () => {
    const { db } = get();
    const past = new Date(Date.now() - 2 * 3600_000);
    const { token } = await createSession(db, { now: past });
    expect(await readSession(db, token)).toBeNull();
    expect(await purgeExpiredSessions(db)).toBeGreaterThanOrEqual(1);
  });

  it('are replaced on sign-in: the old cookie is dead, drafts move along', async () => {
    const { db } = get();
    await seedDemoProfiles(db);
    const before = await createSession(db);
    await db
      .insertInto('drafts')
      .values({
        id: 'draft-rotate',
        session_id: before.session.id,
        citizen_profile_id: null,
        service_id: 'dang-ky-khai-sinh',
        definition_version: '1',
        answers: JSON.stringify({ a: 1 }),
        resume_code_hash: null,
        updated_at: new Date(),
        expires_at: new Date(Date.now() + 86_400_000),
      })
      .execute();
    const after = await rotateSession(db, before.session, 'nguyen-van-an');
    expect(await readSession(db, before.token)).toBeNull();
    const live = await readSession(db, after.token);
    expect(live?.citizen_profile_id).toBe('nguyen-van-an');
    expect(live?.csrf_token).not.toBe(before.session.csrf_token);
    const draft = await db
      .selectFrom('drafts')
      .select('session_id')
      .where('id', '=', 'draft-rotate')
      .executeTakeFirstOrThrow();
    expect(draft.session_id).toBe(after.session.id);
  });
});

describeEachDatabase('rate limit', (get) => {
  it('allows a burst, refuses the next, and refills with time', async () => {
    const { db } = get();
    const start = new Date('2026-11-30T00:00:00Z');
    const results = [];
    for (let i = 0; i < lookupBucket.capacity + 1; i++) {
      results.push(await takeToken(db, 'lookup', '203.0.113.7', lookupBucket, start));
    }
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, true, true, false]);
    expect(results.at(-1)?.retryAfterSeconds).toBe(lookupBucket.refillSeconds);
    // Another client is not affected.
    expect((await takeToken(db, 'lookup', '203.0.113.8', lookupBucket, start)).allowed).toBe(true);
    const later = new Date(start.getTime() + lookupBucket.refillSeconds * 1000);
    expect((await takeToken(db, 'lookup', '203.0.113.7', lookupBucket, later)).allowed).toBe(true);
    expect((await takeToken(db, 'lookup', '203.0.113.7', lookupBucket, later)).allowed).toBe(false);
  });

  it('does not store the client address', async () => {
    const { db } = get();
    await takeToken(db, 'lookup', '198.51.100.23', lookupBucket);
    const keys = await db.selectFrom('rate_limits').select('key').execute();
    expect(keys.some((k) => k.key.includes('198.51.100.23'))).toBe(false);
  });
});
