import { data } from 'react-router';
import type { Route } from './+types/session-extend';
import { getDb } from '../../server/db/index';
import { getRequestState } from '../../server/request-context';
import { touchSession } from '../../server/security/session';

/**
 * "Tiếp tục" in the session warning: extends the session (the CSRF check ran in the root
 * middleware) and says when it now ends. Without JavaScript any page load extends it.
 */
export async function action({ context }: Route.ActionArgs) {
  const state = getRequestState(context);
  // Force the write: the warning only shows near the end, when an extension is due.
  state.session.expires_at = new Date(0);
  await touchSession(await getDb(), state.session);
  return data({ expiresAt: new Date(state.session.expires_at).getTime() });
}

export function loader() {
  return data({ reason: 'method' }, { status: 405, headers: { Allow: 'POST' } });
}
