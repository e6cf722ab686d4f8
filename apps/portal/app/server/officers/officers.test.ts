import { expect, it } from 'vitest';
import { submitApplication } from '../applications/submit.js';
import { seedDemoProfiles } from '../db/seed.js';
import { describeEachDatabase } from '../test/databases.js';
import { changeAccount, createAccount, lockout, signInStaff } from './accounts.js';
import { getApplicationForStaff, listQueue, performAction } from './applications.js';
import { seedOfficerDemo } from './seed.js';
import { readStaffSession, type StaffMember } from './staff-session.js';

describeEachDatabase('officers on the server', (get) => {
  const password = 'CanBo@2026-demo';
  const staff: Record<string, StaffMember> = {};
  let baBe = '';
  let naRi = '';

  async function signIn(username: string, pass: string): Promise<StaffMember> {
    const result = await signInStaff(get().db, username, pass);
    if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
    const member = await readStaffSession(get().db, result.token);
    if (!member) throw new Error('no session');
    return member;
  }

  async function submit(name: string, commune: string, key: string): Promise<string> {
    const result = await submitApplication(get().db, {
      idempotencyKey: key,
      serviceId: 'dang-ky-khai-sinh',
      serviceVersion: '1',
      answers: { child: { fullName: 'X' } },
      applicantName: name,
      applicantIdNumber: '006201007788',
      citizenProfileId: null,
      communeCode: commune,
      deadline: new Date(Date.now() + 10 * 86_400_000),
    });
    return result.id;
  }

  async function auditCount(action: string, outcome: string): Promise<number> {
    const rows = await get()
      .db.selectFrom('audit_log')
      .select('id')
      .where('action', '=', action)
      .where('outcome', '=', outcome)
      .execute();
    return rows.length;
  }

  it('seeds the demo accounts and signs in with the right password only', async () => {
    const { db } = get();
    await seedDemoProfiles(db);
    const seeded = await seedOfficerDemo(db);
    expect(seeded.staff).toBe(6);
    expect((await seedOfficerDemo(db)).staff).toBe(0);
    staff.babe = await signIn('canbo.babe', password);
    staff.chodon = await signIn('CANBO.CHODON ', password);
    staff.leader = await signIn('lanhdao', 'LanhDao@2026-demo');
    staff.admin = await signIn('quantri', 'QuanTri@2026-demo');
    expect(staff.babe.communeCode).toBe('01906');
    expect(await signInStaff(db, 'canbo.babe', 'wrong password!')).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await signInStaff(db, 'nobody', password)).toEqual({ ok: false, reason: 'invalid' });
    expect(await auditCount('sign-in', 'success')).toBe(4);
    expect(await auditCount('sign-in', 'failure')).toBe(2);
    const hash = await db
      .selectFrom('staff_accounts')
      .select('password_hash')
      .where('username', '=', 'canbo.babe')
      .executeTakeFirstOrThrow();
    expect(hash.password_hash).toMatch(/^scrypt\$/u);
    expect(hash.password_hash).not.toContain(password);
  });

  it('locks an account after repeated failures, even against the right password', async () => {
    const { db } = get();
    for (let i = 1; i < lockout.maxFailures; i++) {
      expect(await signInStaff(db, 'canbo.backan', `wrong-${String(i)}`)).toMatchObject({
        reason: 'invalid',
      });
    }
    expect(await signInStaff(db, 'canbo.backan', 'wrong-last')).toMatchObject({
      reason: 'locked',
    });
    expect(await signInStaff(db, 'canbo.backan', password)).toMatchObject({ reason: 'locked' });
    // An administrator unlocks it.
    const account = await db
      .selectFrom('staff_accounts')
      .select('id')
      .where('username', '=', 'canbo.backan')
      .executeTakeFirstOrThrow();
    const admin = staff.admin;
    if (!admin) throw new Error('no admin');
    expect(await changeAccount(db, admin, account.id, { kind: 'unlock' })).toEqual({ ok: true });
    expect((await signInStaff(db, 'canbo.backan', password)).ok).toBe(true);
    // The lock ends by itself after its time.
    const later = new Date(Date.now() + (lockout.minutes + 1) * 60_000);
    for (let i = 0; i < lockout.maxFailures; i++) await signInStaff(db, 'canbo.nari', 'x');
    expect(await signInStaff(db, 'canbo.nari', password)).toMatchObject({ reason: 'locked' });
    expect((await signInStaff(db, 'canbo.nari', password, later)).ok).toBe(true);
  });

  it('lets only administrators manage accounts, and disabling ends sessions', async () => {
    const { db } = get();
    const admin = staff.admin;
    const babe = staff.babe;
    if (!admin || !babe) throw new Error('setup');
    await expect(
      createAccount(db, babe, {
        username: 'x.y',
        displayName: 'X',
        role: 'admin',
        communeCode: null,
        password: 'long enough password',
      }),
    ).rejects.toThrow(/administrators/);
    expect(
      await createAccount(db, admin, {
        username: 'canbo.moi',
        displayName: 'Cán bộ mới',
        role: 'officer',
        communeCode: null,
        password: 'short',
      }),
    ).toEqual({ ok: false, errors: ['commune-required', 'password-too-short'] });
    const created = await createAccount(db, admin, {
      username: 'canbo.moi',
      displayName: 'Cán bộ mới',
      role: 'officer',
      communeCode: '01906',
      password: 'một mật khẩu dài',
    });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const result = await signInStaff(db, 'canbo.moi', 'một mật khẩu dài');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await changeAccount(db, admin, created.id, { kind: 'disable' })).toEqual({ ok: true });
    expect(await readStaffSession(db, result.token)).toBeNull();
    expect(await signInStaff(db, 'canbo.moi', 'một mật khẩu dài')).toMatchObject({
      reason: 'disabled',
    });
  });

  it("shows an officer only their commune's queue, with folded name search", async () => {
    const { db } = get();
    baBe = await submit('Lý Thị Đào', '01906', 'q-1');
    naRi = await submit('Hà Văn Dũng', '02155', 'q-2');
    const babe = staff.babe;
    const leader = staff.leader;
    if (!babe || !leader) throw new Error('setup');
    const own = await listQueue(db, babe, { communeCode: '02155' });
    expect(own.rows.every((r) => r.communeCode === '01906')).toBe(true);
    expect(own.rows.map((r) => r.id)).toContain(baBe);
    expect(own.rows.map((r) => r.id)).not.toContain(naRi);
    const found = await listQueue(db, babe, { query: 'ly thi dao' });
    expect(found.rows.map((r) => r.id)).toEqual([baBe]);
    expect((await listQueue(db, babe, { query: 'Dao' })).rows.map((r) => r.id)).toEqual([baBe]);
    expect((await listQueue(db, babe, { query: '%' })).total).toBe(0);
    const all = await listQueue(db, leader, {});
    expect(all.rows.map((r) => r.id)).toEqual(expect.arrayContaining([baBe, naRi]));
    const byCommune = await listQueue(db, leader, { communeCode: '02155', status: 'new' });
    expect(byCommune.rows.map((r) => r.id)).toEqual([naRi]);
    // Open applications come before closed ones, each group by deadline.
    const ranks = all.rows.map((r) => (r.daysLeft === null ? 1 : 0));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const row = all.rows.find((r) => r.id === baBe);
    expect(row?.applicantIdMasked).not.toContain('006201007788');
    expect(row?.daysLeft).toBeGreaterThan(0);
  });

  it("refuses another commune's application to an officer, by reading or acting", async () => {
    const { db } = get();
    const chodon = staff.chodon;
    if (!chodon) throw new Error('setup');
    expect(await getApplicationForStaff(db, chodon, baBe)).toBeNull();
    expect(
      await performAction(db, chodon, { applicationId: baBe, action: 'accept', version: 0 }),
    ).toEqual({ ok: false, error: 'not-found' });
    const row = await db
      .selectFrom('applications')
      .select(['status', 'version'])
      .where('id', '=', baBe)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'new', version: 0 });
    expect(await auditCount('view-application', 'refused')).toBeGreaterThan(0);
  });

  it('lets a leader read every commune but change nothing', async () => {
    const { db } = get();
    const leader = staff.leader;
    const admin = staff.admin;
    if (!leader || !admin) throw new Error('setup');
    const detail = await getApplicationForStaff(db, leader, naRi);
    expect(detail?.actions).toEqual([]);
    expect(
      await performAction(db, leader, { applicationId: naRi, action: 'accept', version: 0 }),
    ).toEqual({ ok: false, error: 'forbidden' });
    expect(await getApplicationForStaff(db, admin, naRi)).toBeNull();
    expect(
      await performAction(db, admin, { applicationId: naRi, action: 'accept', version: 0 }),
    ).toEqual({ ok: false, error: 'not-found' });
  });

  it('moves an application through the state machine with events the citizen reads', async () => {
    const { db } = get();
    const babe = staff.babe;
    if (!babe) throw new Error('setup');
    expect(
      await performAction(db, babe, { applicationId: baBe, action: 'finish', version: 0 }),
    ).toEqual({ ok: false, error: 'not-allowed' });
    expect(
      await performAction(db, babe, { applicationId: baBe, action: 'accept', version: 0 }),
    ).toEqual({ ok: true, status: 'accepted', version: 1 });
    expect(
      await performAction(db, babe, {
        applicationId: baBe,
        action: 'request-documents',
        version: 1,
      }),
    ).toEqual({ ok: false, error: 'reason-required' });
    await performAction(db, babe, {
      applicationId: baBe,
      action: 'request-documents',
      reason: 'Xin bổ sung bản sao giấy chứng sinh.',
      version: 1,
    });
    await performAction(db, babe, {
      applicationId: baBe,
      action: 'documents-received',
      version: 2,
    });
    const done = await performAction(db, babe, {
      applicationId: baBe,
      action: 'finish',
      version: 3,
    });
    expect(done).toEqual({ ok: true, status: 'done', version: 4 });
    const row = await db
      .selectFrom('applications')
      .select(['status', 'finished_at', 'status_changed_at'])
      .where('id', '=', baBe)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('done');
    expect(row.finished_at).not.toBeNull();
    const events = await db
      .selectFrom('application_events')
      .select(['action', 'reason', 'actor'])
      .where('application_id', '=', baBe)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.action)).toEqual([
      'submitted',
      'status:accepted',
      'status:needs-documents',
      'status:processing',
      'status:done',
    ]);
    expect(events[2]?.reason).toBe('Xin bổ sung bản sao giấy chứng sinh.');
    expect(events[1]?.actor).toBe('officer:canbo.babe');
  });

  it('lets one of two officers acting at once win, and tells the other', async () => {
    const { db } = get();
    const babe = staff.babe;
    if (!babe) throw new Error('setup');
    const second = await signIn('canbo.babe', password);
    const id = await submit('Nông Văn Tú', '01906', 'q-3');
    const results = await Promise.all([
      performAction(db, babe, { applicationId: id, action: 'accept', version: 0 }),
      performAction(db, second, {
        applicationId: id,
        action: 'refuse',
        reason: 'Không thuộc thẩm quyền',
        version: 0,
      }),
    ]);
    const wins = results.filter((r) => r.ok);
    expect(wins).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: 'conflict' }]);
    const row = await db
      .selectFrom('applications')
      .select(['status', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.version).toBe(1);
    const events = await db
      .selectFrom('application_events')
      .select('action')
      .where('application_id', '=', id)
      .execute();
    expect(events).toHaveLength(2);
    // A stale form (version 0) after the change is refused too, and changes nothing.
    expect(
      await performAction(db, babe, {
        applicationId: id,
        action: 'stop',
        reason: 'x',
        version: 0,
      }),
    ).toEqual({ ok: false, error: 'conflict' });
    expect(await auditCount('application-action', 'conflict')).toBe(2);
  });
});
