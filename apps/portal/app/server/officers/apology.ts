import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { canActOnCommune, canReadCommune, type StaffMember } from './access.js';
import { writeAudit } from './audit.js';
import { isFinished } from './workflow.js';
import {
  addWorkingDays,
  defaultCalendar,
  vietnamDate,
  type WorkingCalendar,
} from '../calendar/working-days.js';

/** The choices of extra working days an officer may promise in an apology letter. */
export const apologyExtraDays = [3, 5, 10, 15] as const;

export interface ApologyLetter {
  /** The new date promised (yyyy-mm-dd, Việt Nam). */
  newDate: string;
  reason: string;
  /** Who wrote it (display name), and when. */
  officerName: string;
  at: Date;
}

/**
 * Records an apology letter for a late application: only its own commune's officer, only
 * when it is past its deadline and not finished. The new date is `extraDays` working days
 * from today. The history gets an `apology-letter` event; the audit log keeps the date.
 */
export async function recordApology(
  db: Kysely<Database>,
  staff: StaffMember,
  input: { applicationId: string; extraDays: number; reason: string },
  now = new Date(),
  calendar: WorkingCalendar = defaultCalendar,
): Promise<
  | { ok: true; letter: ApologyLetter }
  | { ok: false; error: 'not-found' | 'forbidden' | 'not-late' | 'reason-required' | 'extra-days' }
> {
  const row = await db
    .selectFrom('applications')
    .select(['id', 'commune_code', 'status', 'deadline'])
    .where('id', '=', input.applicationId)
    .executeTakeFirst();
  const refuse = async (
    error: 'not-found' | 'forbidden' | 'not-late' | 'reason-required' | 'extra-days',
  ) => {
    await writeAudit(db, {
      staffId: staff.id,
      username: staff.username,
      action: 'apology-letter',
      outcome: 'refused',
      applicationId: row?.id ?? null,
      detail: { error },
    });
    return { ok: false as const, error };
  };
  if (!row || !canReadCommune(staff, row.commune_code)) return refuse('not-found');
  if (!canActOnCommune(staff, row.commune_code)) return refuse('forbidden');
  if (isFinished(row.status) || new Date(row.deadline) >= now) return refuse('not-late');
  const reason = input.reason.trim();
  if (!reason) return refuse('reason-required');
  if (!(apologyExtraDays as readonly number[]).includes(input.extraDays)) {
    return refuse('extra-days');
  }
  const newDate = addWorkingDays(vietnamDate(now), input.extraDays, calendar);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('application_events')
      .values({
        application_id: row.id,
        actor: `officer:${staff.username}`,
        action: 'apology-letter',
        reason: `${reason} (${newDate})`,
      })
      .execute();
    await writeAudit(trx, {
      staffId: staff.id,
      username: staff.username,
      action: 'apology-letter',
      outcome: 'success',
      applicationId: row.id,
      detail: { newDate, reason, officerName: staff.displayName },
    });
  });
  return { ok: true, letter: { newDate, reason, officerName: staff.displayName, at: now } };
}

/** The latest apology letter of an application (from the audit log), or null. */
export async function latestApology(
  db: Kysely<Database>,
  applicationId: string,
): Promise<ApologyLetter | null> {
  const row = await db
    .selectFrom('audit_log')
    .select(['at', 'detail'])
    .where('application_id', '=', applicationId)
    .where('action', '=', 'apology-letter')
    .where('outcome', '=', 'success')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  const detail = row.detail;
  const newDate = typeof detail.newDate === 'string' ? detail.newDate : '';
  const reason = typeof detail.reason === 'string' ? detail.reason : '';
  const officerName = typeof detail.officerName === 'string' ? detail.officerName : '';
  return { newDate, reason, officerName, at: new Date(row.at) };
}
