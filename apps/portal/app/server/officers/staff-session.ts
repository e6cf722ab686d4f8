import type { Kysely } from 'kysely';
import type { Database, StaffRole } from '../db/schema.js';
import { randomToken, sha256 } from '../security/crypto.js';

/**
 * The staff session cookie: separate from the citizen's `dvc_session`, HttpOnly, SameSite=Lax,
 * Secure behind TLS. Its value is 32 random bytes; the database keeps only a hash.
 */
export const staffCookieName = 'dvc_staff';

/** Idle lifetime of a staff session (STAFF_SESSION_TTL_MINUTES, default 20). */
export function staffSessionTtlMs(env: NodeJS.ProcessEnv = process.env): number {
  const minutes = Number(env.STAFF_SESSION_TTL_MINUTES);
  return (Number.isFinite(minutes) && minutes > 0 ? minutes : 20) * 60_000;
}

function staffSessionId(token: string): string {
  return sha256('staff-session', token);
}

/** A signed-in staff member, as every officer page and server function sees them. */
export interface StaffMember {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  /** The commune a commune officer works for; null for leaders and administrators. */
  communeCode: string | null;
  /** The staff session's id (hash), for sign-out. */
  sessionId: string;
  /** When the session ends unless the person does something. */
  expiresAt: Date;
}

/** Starts a staff session; returns the cookie value (shown once, never stored). */
export async function createStaffSession(
  db: Kysely<Database>,
  staffId: string,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomToken(32);
  const expiresAt = new Date(now.getTime() + staffSessionTtlMs());
  await db
    .insertInto('staff_sessions')
    .values({ id: staffSessionId(token), staff_id: staffId, expires_at: expiresAt })
    .execute();
  return { token, expiresAt };
}

/**
 * The staff member a cookie value names: the session must be live and the account neither
 * disabled nor locked. Extends the idle lifetime (writing at most once a minute).
 */
export async function readStaffSession(
  db: Kysely<Database>,
  token: string | undefined,
  now = new Date(),
): Promise<StaffMember | null> {
  if (!token || token.length > 100) return null;
  const row = await db
    .selectFrom('staff_sessions as s')
    .innerJoin('staff_accounts as a', 'a.id', 's.staff_id')
    .select([
      's.id as session_id',
      's.expires_at',
      'a.id',
      'a.username',
      'a.display_name',
      'a.role',
      'a.commune_code',
      'a.disabled_at',
    ])
    .where('s.id', '=', staffSessionId(token))
    .where('s.expires_at', '>', now)
    .executeTakeFirst();
  if (!row || row.disabled_at) return null;
  let expiresAt = new Date(row.expires_at);
  const extended = new Date(now.getTime() + staffSessionTtlMs());
  if (extended.getTime() - expiresAt.getTime() >= 60_000) {
    await db
      .updateTable('staff_sessions')
      .set({ expires_at: extended })
      .where('id', '=', row.session_id)
      .execute();
    expiresAt = extended;
  }
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    communeCode: row.commune_code,
    sessionId: row.session_id,
    expiresAt,
  };
}

/** Ends one staff session. */
export async function endStaffSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom('staff_sessions').where('id', '=', sessionId).execute();
}

/** Ends every session of an account (password reset, disable). */
export async function endAllStaffSessions(db: Kysely<Database>, staffId: string): Promise<void> {
  await db.deleteFrom('staff_sessions').where('staff_id', '=', staffId).execute();
}
