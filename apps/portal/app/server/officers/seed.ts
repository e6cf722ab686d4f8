import { sql, type Kysely } from 'kysely';
import { submitApplication } from '../applications/submit.js';
import { demoProfiles } from '../db/seed.js';
import type { Database, StaffRole } from '../db/schema.js';
import { hashPassword } from './passwords.js';

interface StaffSeed {
  username: string;
  displayName: string;
  role: StaffRole;
  communeCode: string | null;
  password: string;
}

/**
 * Demo staff accounts (listed in the README). The passwords are public: a real deployment
 * creates its own accounts and disables these.
 */
export const demoStaff: readonly StaffSeed[] = [
  {
    username: 'canbo.babe',
    displayName: 'Cán bộ Xã Ba Bể',
    role: 'officer',
    communeCode: '01906',
    password: 'CanBo@2026-demo',
  },
  {
    username: 'canbo.chodon',
    displayName: 'Cán bộ Xã Chợ Đồn',
    role: 'officer',
    communeCode: '02020',
    password: 'CanBo@2026-demo',
  },
  {
    username: 'canbo.backan',
    displayName: 'Cán bộ Phường Bắc Kạn',
    role: 'officer',
    communeCode: '01843',
    password: 'CanBo@2026-demo',
  },
  {
    username: 'canbo.nari',
    displayName: 'Cán bộ Xã Na Rì',
    role: 'officer',
    communeCode: '02155',
    password: 'CanBo@2026-demo',
  },
  {
    username: 'lanhdao',
    displayName: 'Lãnh đạo UBND tỉnh',
    role: 'leader',
    communeCode: null,
    password: 'LanhDao@2026-demo',
  },
  {
    username: 'quantri',
    displayName: 'Quản trị hệ thống',
    role: 'admin',
    communeCode: null,
    password: 'QuanTri@2026-demo',
  },
];

export async function hasNoStaff(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('staff_accounts')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n) === 0;
}

/** Adds the demo staff accounts that are missing; returns how many were added. */
export async function seedDemoStaff(db: Kysely<Database>): Promise<number> {
  let added = 0;
  for (const seed of demoStaff) {
    const result = await db
      .insertInto('staff_accounts')
      .values({
        username: seed.username,
        display_name: seed.displayName,
        role: seed.role,
        commune_code: seed.communeCode,
        password_hash: await hashPassword(seed.password),
      })
      .onConflict((oc) => oc.column('username').doNothing())
      .executeTakeFirst();
    added += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return added;
}

/**
 * A demo application already past its legal deadline (Triệu Thị Lan, Xã Na Rì, submitted
 * 30 days ago with a 10-day deadline, still being processed): the apology letter is due.
 * Once only (fixed idempotency key).
 */
export async function seedLateApplication(db: Kysely<Database>, now = new Date()): Promise<number> {
  const profile = demoProfiles.find((p) => p.id === 'trieu-thi-lan');
  if (!profile) return 0;
  const submittedAt = new Date(now.getTime() - 30 * 86_400_000);
  const result = await submitApplication(db, {
    idempotencyKey: 'seed:trieu-thi-lan:thuong-tru-tre-han',
    serviceId: 'dang-ky-thuong-tru',
    serviceVersion: '1',
    answers: { request: 'Đăng ký thường trú cho con về ở cùng bố mẹ' },
    applicantName: profile.full_name,
    applicantIdNumber: profile.id_number,
    citizenProfileId: profile.id,
    communeCode: profile.commune_code,
    deadline: new Date(submittedAt.getTime() + 10 * 86_400_000),
    consents: [{ purposeId: 'xu-ly-ho-so', wordingVersion: '2026-01' }],
    actor: `citizen:${profile.id}`,
    now: submittedAt,
  });
  if (!result.created) return 0;
  await db
    .updateTable('applications')
    .set({ status: 'processing', version: 2, status_changed_at: submittedAt })
    .where('id', '=', result.id)
    .execute();
  for (const status of ['accepted', 'processing']) {
    await db
      .insertInto('application_events')
      .values({
        application_id: result.id,
        actor: 'officer:canbo.nari',
        action: `status:${status}`,
        reason: null,
      })
      .execute();
  }
  return 1;
}

/** Staff accounts and the late application, on a database that has no staff yet. */
export async function seedOfficerDemo(
  db: Kysely<Database>,
  now = new Date(),
): Promise<{ staff: number; applications: number }> {
  if (!(await hasNoStaff(db))) return { staff: 0, applications: 0 };
  const staff = await seedDemoStaff(db);
  const applications = await seedLateApplication(db, now);
  return { staff, applications };
}
