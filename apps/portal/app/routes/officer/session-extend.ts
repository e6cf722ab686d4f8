import { data } from 'react-router';
import type { Route } from './+types/session-extend';
import { getDb } from '../../server/db/index';
import { requireStaff } from '../../server/officers/access';
import { staffSessionTtlMs } from '../../server/officers/staff-session';

/**
 * "Tiếp tục" in the staff session warning: extends the staff session (the CSRF check ran in
 * the root middleware) and says when it now ends. Without JavaScript any page load extends it.
 */
export async function action({ request, context }: Route.ActionArgs) {
  const staff = await requireStaff({ request, context });
  const extended = new Date(Date.now() + staffSessionTtlMs());
  await (
    await getDb()
  )
    .updateTable('staff_sessions')
    .set({ expires_at: extended })
    .where('id', '=', staff.sessionId)
    .execute();
  return data({ expiresAt: extended.getTime() });
}

export function loader() {
  return data({ reason: 'method' }, { status: 405, headers: { Allow: 'POST' } });
}
