import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { DraftOwner } from './drafts.js';

/** A draft as a list shows it: no answers, only what identifies it to its owner. */
export interface DraftListItem {
  id: string;
  serviceId: string;
  updatedAt: Date;
  expiresAt: Date;
}

/**
 * The live drafts of this owner, newest first: those of this session and, when someone is
 * signed in, every draft of that citizen (kept across sessions and devices).
 */
export async function listDrafts(
  db: Kysely<Database>,
  owner: DraftOwner,
  now = new Date(),
): Promise<DraftListItem[]> {
  const rows = await db
    .selectFrom('drafts')
    .select(['id', 'service_id', 'updated_at', 'expires_at'])
    .where((eb) => {
      const mine = [eb('session_id', '=', owner.sessionId)];
      if (owner.citizenProfileId) mine.push(eb('citizen_profile_id', '=', owner.citizenProfileId));
      return eb.or(mine);
    })
    .where('expires_at', '>', now)
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    serviceId: row.service_id,
    updatedAt: new Date(row.updated_at),
    expiresAt: new Date(row.expires_at),
  }));
}
