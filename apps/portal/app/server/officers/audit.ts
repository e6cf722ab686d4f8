import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export type AuditAction =
  | 'sign-in'
  | 'sign-out'
  | 'view-application'
  | 'application-action'
  | 'apology-letter'
  | 'account-create'
  | 'account-reset-password'
  | 'account-unlock'
  | 'account-disable'
  | 'account-enable'
  | 'refused';

export interface AuditEntry {
  staffId: string | null;
  username: string;
  action: AuditAction;
  outcome: 'success' | 'failure' | 'refused' | 'conflict';
  applicationId?: string | null;
  /** Never personal data: codes, statuses, reasons given by staff, counts. */
  detail?: Record<string, unknown>;
}

/** Adds one row to the insert-only audit log. */
export async function writeAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      staff_id: entry.staffId,
      username: entry.username.slice(0, 100),
      action: entry.action,
      outcome: entry.outcome,
      application_id: entry.applicationId ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
    })
    .execute();
}
