import type { Profile } from '@dvc/flows';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** The signed-in demo citizen as the engine's prefill expects; null when nobody is signed in. */
export async function prefillProfile(
  db: Kysely<Database>,
  citizenProfileId: string | null,
): Promise<Profile | null> {
  if (!citizenProfileId) return null;
  const row = await db
    .selectFrom('citizen_profiles')
    .selectAll()
    .where('id', '=', citizenProfileId)
    .executeTakeFirst();
  if (!row) return null;
  const profile: Profile = {
    fullName: row.full_name,
    dateOfBirth: row.date_of_birth,
    citizenId: row.id_number,
    address: { province: row.province_code, commune: row.commune_code, street: row.address_line },
    phone: row.phone,
    sex: row.sex === 'male' ? 'nam' : 'nu',
  };
  if (row.email) profile.email = row.email;
  return profile;
}
