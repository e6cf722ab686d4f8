import { sql, type Kysely } from 'kysely';
import { submitApplication } from '../applications/submit.js';
import { seedApplicationHistory } from '../reports/seed-history.js';
import { maskIdNumber, maskPhone } from '../security/mask.js';
import type { ApplicationStatus, CitizenProfilesTable, Database } from './schema.js';

type ProfileSeed = Omit<CitizenProfilesTable, 'id_number_masked' | 'phone_masked'>;

/**
 * Demo citizens standing in for VNeID level-2 identities. The numbers follow the real
 * format (province of birth registration 019 Thái Nguyên or 006 Bắc Kạn, century-and-sex
 * digit, two digits of the birth year, six random digits) but belong to nobody.
 */
export const demoProfiles: readonly ProfileSeed[] = [
  {
    id: 'hoang-thi-mai',
    full_name: 'Hoàng Thị Mai',
    id_number: '006190004521',
    date_of_birth: '1990-03-14',
    sex: 'female',
    phone: '0912345678',
    email: 'mai.hoang@example.vn',
    ethnicity_code: '02',
    province_code: '19',
    commune_code: '01843',
    address_line: 'Tổ 3, Phường Bắc Kạn',
  },
  {
    id: 'nguyen-van-an',
    full_name: 'Nguyễn Văn An',
    id_number: '019085001234',
    date_of_birth: '1985-11-02',
    sex: 'male',
    phone: '0987654321',
    email: null,
    ethnicity_code: '01',
    province_code: '19',
    commune_code: '02020',
    address_line: 'Thôn Nà Pài, Xã Chợ Đồn',
  },
  {
    id: 'sung-a-tua',
    full_name: 'Sùng A Tủa',
    id_number: '006201007788',
    date_of_birth: '2001-07-20',
    sex: 'male',
    phone: '0368123456',
    email: null,
    ethnicity_code: '08',
    province_code: '19',
    commune_code: '01906',
    address_line: 'Bản Khuổi Luông, Xã Ba Bể',
  },
  {
    id: 'trieu-thi-lan',
    full_name: 'Triệu Thị Lan',
    id_number: '006199003310',
    date_of_birth: '1999-01-05',
    sex: 'female',
    phone: '0359876543',
    email: 'lan.trieu@example.vn',
    ethnicity_code: '09',
    province_code: '19',
    commune_code: '02155',
    address_line: 'Thôn Pác Cáp, Xã Na Rì',
  },
];

/** Inserts the demo profiles that are missing; returns how many were added. */
export async function seedDemoProfiles(db: Kysely<Database>): Promise<number> {
  const result = await db
    .insertInto('citizen_profiles')
    .values(
      demoProfiles.map((p) => ({
        ...p,
        id_number_masked: maskIdNumber(p.id_number),
        phone_masked: maskPhone(p.phone),
      })),
    )
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

interface ApplicationSeed {
  key: string;
  profileId: string;
  serviceId: string;
  status: ApplicationStatus;
  daysAgo: number;
  answers: Record<string, unknown>;
}

const demoApplications: readonly ApplicationSeed[] = [
  {
    key: 'seed:hoang-thi-mai:khai-sinh',
    profileId: 'hoang-thi-mai',
    serviceId: 'dang-ky-khai-sinh',
    status: 'processing',
    daysAgo: 2,
    answers: { child: { fullName: 'NÔNG GIA HUY', dateOfBirth: '2026-11-20', sex: 'male' } },
  },
  {
    key: 'seed:hoang-thi-mai:ly-lich',
    profileId: 'hoang-thi-mai',
    serviceId: 'cap-phieu-ly-lich-tu-phap',
    status: 'done',
    daysAgo: 20,
    answers: { certificateType: 'so-1', copies: 1 },
  },
  {
    key: 'seed:nguyen-van-an:thuong-tru',
    profileId: 'nguyen-van-an',
    serviceId: 'dang-ky-thuong-tru',
    status: 'needs-documents',
    daysAgo: 5,
    answers: { request: 'Đăng ký thường trú vào nhà người thân' },
  },
  {
    key: 'seed:sung-a-tua:khai-sinh',
    profileId: 'sung-a-tua',
    serviceId: 'dang-ky-khai-sinh',
    status: 'new',
    daysAgo: 0,
    answers: { child: { fullName: 'SÙNG THỊ MỶ', dateOfBirth: '2026-11-25', sex: 'female' } },
  },
];

/** Adds some applications for the demo profiles (once: their idempotency keys are fixed). */
export async function seedDemoApplications(
  db: Kysely<Database>,
  now = new Date(),
): Promise<number> {
  let created = 0;
  for (const seed of demoApplications) {
    const profile = demoProfiles.find((p) => p.id === seed.profileId);
    if (!profile) continue;
    const submittedAt = new Date(now.getTime() - seed.daysAgo * 86_400_000);
    const result = await submitApplication(db, {
      idempotencyKey: seed.key,
      serviceId: seed.serviceId,
      serviceVersion: '1',
      answers: seed.answers,
      applicantName: profile.full_name,
      applicantIdNumber: profile.id_number,
      citizenProfileId: profile.id,
      communeCode: profile.commune_code,
      deadline: new Date(submittedAt.getTime() + 10 * 86_400_000),
      consents: [{ purposeId: 'xu-ly-ho-so', wordingVersion: '2026-01' }],
      actor: `citizen:${profile.id}`,
      now: submittedAt,
    });
    if (!result.created) continue;
    created++;
    if (seed.status !== 'new') {
      await db
        .updateTable('applications')
        .set({ status: seed.status })
        .where('id', '=', result.id)
        .execute();
      await db
        .insertInto('application_events')
        .values({
          application_id: result.id,
          actor: 'officer:demo',
          action: `status:${seed.status}`,
          reason: null,
        })
        .execute();
    }
  }
  // A year of history behind them (reports): enough for a meaningful demo dashboard.
  created += await seedApplicationHistory(db, { rows: demoHistoryRows, set: 'H', now });
  return created;
}

/** Applications of the past year the start seed adds for the reports (set-based, once). */
export const demoHistoryRows = 3000;

/** True when no citizen profile exists yet (a new database). */
export async function hasNoProfiles(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('citizen_profiles')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n) === 0;
}
