import type { Kysely } from 'kysely';
import type { Database, Session } from '../db/schema.js';
import { randomToken, sha256 } from './crypto.js';

/** The session cookie's name. Its value is 32 random bytes; the database keeps only a hash. */
export const sessionCookieName = 'dvc_session';

/** Idle lifetime of a session: every request within it extends it. */
export function sessionTtlMs(env: NodeJS.ProcessEnv = process.env): number {
  const minutes = Number(env.SESSION_TTL_MINUTES);
  return (Number.isFinite(minutes) && minutes > 0 ? minutes : 30) * 60_000;
}

function sessionId(token: string): string {
  return sha256('session', token);
}

export interface NewSession {
  /** The cookie value: shown to the browser once, never stored. */
  token: string;
  session: Session;
}

/** Starts a session with a fresh CSRF token. */
export async function createSession(
  db: Kysely<Database>,
  options: { now?: Date; citizenProfileId?: string | null; data?: Record<string, unknown> } = {},
): Promise<NewSession> {
  const now = options.now ?? new Date();
  const token = randomToken(32);
  const session = await db
    .insertInto('sessions')
    .values({
      id: sessionId(token),
      csrf_token: randomToken(32),
      citizen_profile_id: options.citizenProfileId ?? null,
      data: JSON.stringify(options.data ?? {}),
      expires_at: new Date(now.getTime() + sessionTtlMs()),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { token, session };
}

/** The live session a cookie value names, or null if there is none or it has expired. */
export async function readSession(
  db: Kysely<Database>,
  token: string | undefined,
  now = new Date(),
): Promise<Session | null> {
  if (!token || token.length > 100) return null;
  const session = await db
    .selectFrom('sessions')
    .selectAll()
    .where('id', '=', sessionId(token))
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return session ?? null;
}

/** Extends a session's idle lifetime, writing only once a minute at most. */
export async function touchSession(
  db: Kysely<Database>,
  session: Session,
  now = new Date(),
): Promise<void> {
  const expiresAt = new Date(now.getTime() + sessionTtlMs());
  if (expiresAt.getTime() - new Date(session.expires_at).getTime() < 60_000) return;
  await db
    .updateTable('sessions')
    .set({ expires_at: expiresAt })
    .where('id', '=', session.id)
    .execute();
  session.expires_at = expiresAt;
}

/**
 * Replaces a session by a new one with a new cookie value and CSRF token (on sign-in and
 * sign-out), so a session id planted before sign-in is worthless after it. Drafts follow.
 */
export async function rotateSession(
  db: Kysely<Database>,
  old: Session | null,
  citizenProfileId: string | null,
  now = new Date(),
): Promise<NewSession> {
  return db.transaction().execute(async (trx) => {
    const fresh = await createSession(trx, { now, citizenProfileId });
    if (old) {
      await trx
        .updateTable('drafts')
        .set({ session_id: fresh.session.id })
        .where('session_id', '=', old.id)
        .execute();
      await trx.deleteFrom('sessions').where('id', '=', old.id).execute();
    }
    return fresh;
  });
}

/** Removes expired sessions; returns how many. */
export async function purgeExpiredSessions(
  db: Kysely<Database>,
  now = new Date(),
): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Cookies of a request as a map (first value wins). */
export function parseCookies(header: string | null): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    const name = part.slice(0, eq).trim();
    if (!name || cookies.has(name)) continue;
    try {
      cookies.set(name, decodeURIComponent(part.slice(eq + 1).trim()));
    } catch {
      // A malformed value is ignored, as if absent.
    }
  }
  return cookies;
}

export interface CookieOptions {
  /** Adds `Secure`: set when the request came over TLS. */
  secure: boolean;
  /** Seconds; 0 deletes the cookie; undefined makes it last for the browser session. */
  maxAge?: number;
  httpOnly?: boolean;
}

/** A Set-Cookie value with Path=/ and SameSite=Lax. */
export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, 'Path=/', 'SameSite=Lax'];
  if (options.httpOnly ?? true) parts.push('HttpOnly');
  if (options.secure) parts.push('Secure');
  if (options.maxAge !== undefined)
    parts.push(`Max-Age=${Math.max(0, Math.floor(options.maxAge))}`);
  return parts.join('; ');
}
