import { getDb } from './db/index.js';
import type { RequestState } from './request-context.js';
import {
  rotateSession,
  serializeCookie,
  sessionCookieName,
  sessionTtlMs,
} from './security/session.js';

/**
 * Signs a demo citizen in (or out, with null): the session is replaced by a new one, so a
 * session id known before cannot follow the person in. Drafts move to the new session.
 */
export async function switchCitizen(state: RequestState, profileId: string | null): Promise<void> {
  const db = await getDb();
  const fresh = await rotateSession(db, state.session, profileId);
  state.session = fresh.session;
  state.cookies = state.cookies.filter((c) => !c.startsWith(`${sessionCookieName}=`));
  state.cookies.push(
    serializeCookie(sessionCookieName, fresh.token, {
      secure: state.secure,
      maxAge: sessionTtlMs() / 1000,
    }),
  );
}
