import type { Kysely } from 'kysely';
import { applicationStatuses, type ApplicationStatus, type Database } from '../db/schema.js';
import { idNumberHash } from '../security/crypto.js';

/** What a change in the history was, as the citizen's look-up tells it. */
export type HistoryEntry =
  | { kind: 'submitted'; at: Date; reason: string | null }
  | { kind: 'status'; status: ApplicationStatus; at: Date; reason: string | null };

export interface ApplicationWithHistory {
  publicCode: string;
  serviceId: string;
  status: ApplicationStatus;
  submittedAt: Date;
  deadline: Date;
  applicantIdMasked: string;
  /** Oldest first: the submission, then each change of status with its reason. */
  history: HistoryEntry[];
}

function isStatus(value: string): value is ApplicationStatus {
  return (applicationStatuses as readonly string[]).includes(value);
}

/**
 * Reads an `application_events.action` the citizen may see: the submission, and each change
 * of status (written `status:<status>`, or the bare status). Anything else (an officer's
 * assignment or internal note) stays with the officers: null.
 */
export function citizenEvent(
  action: string,
): { kind: 'submitted' } | { kind: 'status'; status: ApplicationStatus } | null {
  if (action === 'submitted') return { kind: 'submitted' };
  const status = action.startsWith('status:') ? action.slice('status:'.length) : action;
  return isStatus(status) ? { kind: 'status', status } : null;
}

/**
 * The status of an application and its history, only when both the code and the applicant's
 * ID number match (either one wrong gives the same null). The ID number is compared by its
 * hash, so the query never carries the number itself.
 */
export async function findApplicationWithHistory(
  db: Kysely<Database>,
  publicCode: string,
  idNumber: string,
): Promise<ApplicationWithHistory | null> {
  const row = await db
    .selectFrom('applications')
    .select([
      'id',
      'public_code',
      'service_id',
      'status',
      'submitted_at',
      'deadline',
      'applicant_id_masked',
    ])
    .where('public_code', '=', publicCode)
    .where('applicant_id_hash', '=', idNumberHash(idNumber))
    .executeTakeFirst();
  if (!row) return null;
  const events = await db
    .selectFrom('application_events')
    .select(['action', 'at', 'reason'])
    .where('application_id', '=', row.id)
    .orderBy('at', 'asc')
    .orderBy('id', 'asc')
    .execute();
  const submittedAt = new Date(row.submitted_at);
  const history = events
    .flatMap((event): HistoryEntry[] => {
      const seen = citizenEvent(event.action);
      if (!seen) return [];
      const reason = event.reason?.normalize('NFC').trim() || null;
      // The submission is dated by the application itself (the event row may be written later,
      // by a retry or an import); each later change by its own event.
      if (seen.kind === 'submitted') return [{ ...seen, at: submittedAt, reason }];
      return [{ ...seen, at: new Date(event.at), reason }];
    })
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  return {
    publicCode: row.public_code,
    serviceId: row.service_id,
    status: row.status,
    submittedAt,
    deadline: new Date(row.deadline),
    applicantIdMasked: row.applicant_id_masked,
    history,
  };
}

/** True when the promised date has passed and the application is still open. */
export function isOverdue(status: ApplicationStatus, deadline: Date, now = new Date()): boolean {
  const closed: readonly ApplicationStatus[] = [
    'rejected',
    'withdrawn',
    'stopped',
    'done',
    'returned',
  ];
  return !closed.includes(status) && deadline.getTime() < now.getTime();
}
