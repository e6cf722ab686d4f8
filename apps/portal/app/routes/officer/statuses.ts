import { applicationStatuses, type ApplicationStatus } from '../../server/db/schema';

/** Whether a value is one of the ten statuses (safe in the browser bundle). */
export function isStatus(value: unknown): value is ApplicationStatus {
  return typeof value === 'string' && (applicationStatuses as readonly string[]).includes(value);
}
