import { data, redirect } from 'react-router';
import type { Route } from './+types/sign-out';
import { getDb } from '../../server/db/index';
import { getStaff } from '../../server/officers/access';
import { writeAudit } from '../../server/officers/audit';
import { endStaffSession, staffCookieName } from '../../server/officers/staff-session';
import { getRequestState } from '../../server/request-context';
import { serializeCookie } from '../../server/security/session';

/** Ends the staff session (a POST with the CSRF token, checked in the root middleware). */
export async function action({ request, context }: Route.ActionArgs) {
  const state = getRequestState(context);
  const staff = await getStaff({ request, context });
  const db = await getDb();
  if (staff) {
    await endStaffSession(db, staff.sessionId);
    await writeAudit(db, {
      staffId: staff.id,
      username: staff.username,
      action: 'sign-out',
      outcome: 'success',
    });
  }
  // getStaff queued a refreshed cookie; the deletion below must be the only one.
  state.cookies = state.cookies.filter((c) => !c.startsWith(`${staffCookieName}=`));
  return redirect('/can-bo/dang-nhap?da-dang-xuat=1', {
    headers: {
      'Set-Cookie': serializeCookie(staffCookieName, '', { secure: state.secure, maxAge: 0 }),
    },
  });
}

export function loader() {
  return data({ reason: 'method' }, { status: 405, headers: { Allow: 'POST' } });
}
