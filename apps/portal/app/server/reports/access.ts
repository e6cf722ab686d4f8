import { requireStaff, type StaffMember, type StaffRequest } from '../officers/access.js';

/** Who may read the leadership reports: provincial leaders and administrators. */
export const reportRoles = ['leader', 'admin'] as const;

/**
 * The one place the reports check access (the dashboard and both exports call it): a
 * redirect to the staff sign-in page without a staff session, a 403 for a commune officer.
 */
export function requireReportReader(args: StaffRequest): Promise<StaffMember> {
  return requireStaff(args, { roles: reportRoles });
}
