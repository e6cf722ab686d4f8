import { data, redirect, type RouterContextProvider } from 'react-router';
import { getDb } from '../db/index.js';
import type { StaffRole } from '../db/schema.js';
import { requestStateContext } from '../request-context.js';
import { parseCookies, serializeCookie } from '../security/session.js';
import {
  readStaffSession,
  staffCookieName,
  staffSessionTtlMs,
  type StaffMember,
} from './staff-session.js';

export type { StaffMember } from './staff-session.js';

/** Where staff sign in. */
export const staffSignInPath = '/can-bo/dang-nhap';

export interface StaffRequest {
  request: Request;
  context: Readonly<RouterContextProvider>;
}

export interface RequireStaffOptions {
  /** Roles allowed through; every role when omitted. */
  roles?: readonly StaffRole[];
}

/** The signed-in staff member of a request, or null. Refreshes the cookie's lifetime. */
export async function getStaff({ request, context }: StaffRequest): Promise<StaffMember | null> {
  const token = parseCookies(request.headers.get('cookie')).get(staffCookieName);
  if (!token) return null;
  const staff = await readStaffSession(await getDb(), token);
  const state = context.get(requestStateContext);
  if (staff && state) {
    state.cookies.push(
      serializeCookie(staffCookieName, token, {
        secure: state.secure,
        maxAge: staffSessionTtlMs() / 1000,
      }),
    );
  }
  return staff;
}

/**
 * The signed-in staff member, or a thrown response: a redirect to the staff sign-in page
 * when nobody is signed in (or the session expired), a 403 when the role is not allowed.
 * Use in every loader and action of a staff page:
 * `const staff = await requireStaff({ request, context }, { roles: ['leader', 'admin'] });`
 */
export async function requireStaff(
  args: StaffRequest,
  options: RequireStaffOptions = {},
): Promise<StaffMember> {
  const staff = await getStaff(args);
  if (!staff) {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- React Router handles thrown responses
    throw redirect(staffSignInPath);
  }
  if (options.roles && !options.roles.includes(staff.role)) {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- React Router renders thrown responses
    throw staffForbidden();
  }
  return staff;
}

/** The 403 every refusal gives: the same whether the thing exists or not. */
export function staffForbidden() {
  return data({ reason: 'staff-forbidden' as const }, { status: 403, statusText: 'Forbidden' });
}

/** Whether a staff member may read an application of a commune (administrators manage accounts only). */
export function canReadCommune(
  staff: Pick<StaffMember, 'role' | 'communeCode'>,
  commune: string | null,
): boolean {
  if (staff.role === 'leader') return true;
  return staff.communeCode !== null && staff.communeCode === commune;
}

/** Whether a staff member may act on (change) an application of a commune: officers only. */
export function canActOnCommune(
  staff: Pick<StaffMember, 'role' | 'communeCode'>,
  commune: string | null,
): boolean {
  return staff.role === 'officer' && staff.communeCode !== null && staff.communeCode === commune;
}
