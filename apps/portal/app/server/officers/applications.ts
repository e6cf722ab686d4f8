import { foldText } from '@dvc/vn';
import { sql, type Kysely } from 'kysely';
import { parseApplicationCode } from '../applications/codes.js';
import type { ApplicationStatus, Database } from '../db/schema.js';
import { applicationStatuses } from '../db/schema.js';
import { canActOnCommune, canReadCommune, type StaffMember } from './access.js';
import { writeAudit } from './audit.js';
import {
  applyTransition,
  availableActions,
  finishedStatuses,
  isFinished,
  type OfficerAction,
} from './workflow.js';
import {
  defaultCalendar,
  vietnamDate,
  workingDaysLeft,
  type WorkingCalendar,
} from '../calendar/working-days.js';

export const queuePageSize = 20;

export interface QueueFilters {
  status?: ApplicationStatus | undefined;
  serviceId?: string | undefined;
  communeCode?: string | undefined;
  /** Submitted on or after this day (yyyy-mm-dd, Việt Nam time). */
  from?: string | undefined;
  /** Submitted on or before this day. */
  to?: string | undefined;
  /** An application code, or part of the applicant's name (folded: no marks, đ = d). */
  query?: string | undefined;
  sort?: 'deadline-asc' | 'deadline-desc' | undefined;
  page?: number | undefined;
}

export interface QueueRow {
  id: string;
  code: string;
  serviceId: string;
  status: ApplicationStatus;
  applicantName: string;
  applicantIdMasked: string;
  communeCode: string | null;
  submittedAt: Date;
  deadline: Date;
  /** Working days until the legal deadline; negative when late; null once finished. */
  daysLeft: number | null;
}

export interface QueuePage {
  rows: QueueRow[];
  total: number;
  page: number;
  pageCount: number;
}

// Vietnamese letters with marks, and what foldText makes of each, for folding in SQL.
const markedLetters = 'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ';
const foldedLetters = [...markedLetters].map((c) => foldText(c)).join('');

export function isStatus(value: unknown): value is ApplicationStatus {
  return typeof value === 'string' && (applicationStatuses as readonly string[]).includes(value);
}

const dayPattern = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * The work queue a staff member may see: a commune officer only their own commune's
 * applications, whatever the filters say; a leader every commune. Administrators manage
 * accounts and see no applications.
 */
export async function listQueue(
  db: Kysely<Database>,
  staff: StaffMember,
  filters: QueueFilters,
  now = new Date(),
  calendar: WorkingCalendar = defaultCalendar,
): Promise<QueuePage> {
  if (staff.role === 'admin') return { rows: [], total: 0, page: 1, pageCount: 1 };
  let query = db.selectFrom('applications');
  if (staff.role === 'officer') query = query.where('commune_code', '=', staff.communeCode ?? '');
  else if (filters.communeCode) query = query.where('commune_code', '=', filters.communeCode);
  if (filters.status) query = query.where('status', '=', filters.status);
  if (filters.serviceId) query = query.where('service_id', '=', filters.serviceId);
  if (filters.from && dayPattern.test(filters.from)) {
    query = query.where('submitted_at', '>=', new Date(`${filters.from}T00:00:00+07:00`));
  }
  if (filters.to && dayPattern.test(filters.to)) {
    const end = new Date(`${filters.to}T00:00:00+07:00`);
    end.setUTCDate(end.getUTCDate() + 1);
    query = query.where('submitted_at', '<', end);
  }
  const text = filters.query ? foldText(filters.query).slice(0, 100) : '';
  const code = filters.query ? parseApplicationCode(filters.query) : null;
  if (code) {
    query = query.where('public_code', '=', code);
  } else if (text) {
    const pattern = `%${text.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb(
        sql<string>`translate(lower(applicant_name), ${markedLetters}, ${foldedLetters})`,
        'like',
        pattern,
      ),
    );
  }
  const counted = await query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const total = Number(counted.n);
  const pageCount = Math.max(1, Math.ceil(total / queuePageSize));
  const page = Math.min(Math.max(1, Math.floor(filters.page ?? 1)), pageCount);
  const direction = filters.sort === 'deadline-desc' ? 'desc' : 'asc';
  const rows = await query
    .select([
      'id',
      'public_code',
      'service_id',
      'status',
      'applicant_name',
      'applicant_id_masked',
      'commune_code',
      'submitted_at',
      'deadline',
    ])
    // Open applications first (the work), then closed ones; each by deadline.
    .orderBy(
      sql`case when status in (${sql.join(finishedStatuses.map((f) => sql.lit(f)))}) then 1 else 0 end`,
    )
    .orderBy('deadline', direction)
    .orderBy('public_code')
    .limit(queuePageSize)
    .offset((page - 1) * queuePageSize)
    .execute();
  const today = vietnamDate(now);
  return {
    total,
    page,
    pageCount,
    rows: rows.map((r) => ({
      id: r.id,
      code: r.public_code,
      serviceId: r.service_id,
      status: r.status,
      applicantName: r.applicant_name,
      applicantIdMasked: r.applicant_id_masked,
      communeCode: r.commune_code,
      submittedAt: new Date(r.submitted_at),
      deadline: new Date(r.deadline),
      daysLeft: isFinished(r.status)
        ? null
        : workingDaysLeft(today, vietnamDate(new Date(r.deadline)), calendar),
    })),
  };
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u;

export interface ApplicationEvent {
  at: Date;
  actor: string;
  action: string;
  reason: string | null;
}

export interface AttachmentInfo {
  id: string;
  fileName: string;
  kind: string;
  sizeBytes: number;
}

export interface ApplicationDetail {
  id: string;
  code: string;
  serviceId: string;
  status: ApplicationStatus;
  version: number;
  applicantName: string;
  applicantIdMasked: string;
  communeCode: string | null;
  submittedAt: Date;
  deadline: Date;
  finishedAt: Date | null;
  answers: Record<string, unknown>;
  daysLeft: number | null;
  /** Past the legal deadline and not finished: the apology letter is due. */
  late: boolean;
  events: ApplicationEvent[];
  attachments: AttachmentInfo[];
  /** What this staff member may do now (empty for leaders). */
  actions: OfficerAction[];
}

async function hasAttachmentsTable(db: Kysely<Database>): Promise<boolean> {
  const row = await sql<{ t: string | null }>`select to_regclass('attachments')::text as t`.execute(
    db,
  );
  return Boolean(row.rows[0]?.t);
}

/**
 * One application, for a staff member allowed to read it; null when it does not exist or
 * belongs to another commune (the same answer, so nobody learns which). Each reading is
 * audited: the page shows personal data.
 */
export async function getApplicationForStaff(
  db: Kysely<Database>,
  staff: StaffMember,
  id: string,
  now = new Date(),
  calendar: WorkingCalendar = defaultCalendar,
): Promise<ApplicationDetail | null> {
  if (!uuidPattern.test(id)) return null;
  const row = await db
    .selectFrom('applications')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row || !canReadCommune(staff, row.commune_code)) {
    await writeAudit(db, {
      staffId: staff.id,
      username: staff.username,
      action: 'view-application',
      outcome: 'refused',
      applicationId: row ? row.id : null,
    });
    return null;
  }
  const events = await db
    .selectFrom('application_events')
    .select(['at', 'actor', 'action', 'reason'])
    .where('application_id', '=', id)
    .orderBy('at')
    .orderBy('id')
    .execute();
  const attachments = (await hasAttachmentsTable(db))
    ? await sql<{ id: string; file_name: string; kind: string; size_bytes: number }>`
        select id::text, file_name, kind, size_bytes from attachments
        where application_id = ${id} order by created_at, id`.execute(db)
    : { rows: [] };
  await writeAudit(db, {
    staffId: staff.id,
    username: staff.username,
    action: 'view-application',
    outcome: 'success',
    applicationId: row.id,
  });
  const finished = isFinished(row.status);
  const daysLeft = finished
    ? null
    : workingDaysLeft(vietnamDate(now), vietnamDate(new Date(row.deadline)), calendar);
  return {
    id: row.id,
    code: row.public_code,
    serviceId: row.service_id,
    status: row.status,
    version: row.version,
    applicantName: row.applicant_name,
    applicantIdMasked: row.applicant_id_masked,
    communeCode: row.commune_code,
    submittedAt: new Date(row.submitted_at),
    deadline: new Date(row.deadline),
    finishedAt: row.finished_at ? new Date(row.finished_at) : null,
    answers: row.answers,
    daysLeft,
    late: !finished && new Date(row.deadline) < now,
    events: events.map((e) => ({ ...e, at: new Date(e.at) })),
    attachments: attachments.rows.map((a) => ({
      id: a.id,
      fileName: a.file_name,
      kind: a.kind,
      sizeBytes: Number(a.size_bytes),
    })),
    actions: canActOnCommune(staff, row.commune_code) ? availableActions(row.status) : [],
  };
}

export interface ActionInput {
  applicationId: string;
  action: OfficerAction;
  reason?: string | null;
  /** The version the officer saw: the change applies only if nobody changed it since. */
  version: number;
}

export type ActionResult =
  | { ok: true; status: ApplicationStatus; version: number }
  | {
      ok: false;
      error: 'not-found' | 'forbidden' | 'not-allowed' | 'reason-required' | 'conflict';
    };

/**
 * Applies one officer action: checked against the commune and role, the state machine and
 * the version the officer saw (so of two officers acting at once one wins and the other is
 * told). The status change, the citizen-visible event with its reason and the audit row are
 * one transaction; every refusal is audited too.
 */
export async function performAction(
  db: Kysely<Database>,
  staff: StaffMember,
  input: ActionInput,
  now = new Date(),
): Promise<ActionResult> {
  const refuse = async (
    error: 'not-found' | 'forbidden' | 'not-allowed' | 'reason-required' | 'conflict',
    applicationId: string | null,
  ): Promise<ActionResult> => {
    await writeAudit(db, {
      staffId: staff.id,
      username: staff.username,
      action: 'application-action',
      outcome: error === 'conflict' ? 'conflict' : 'refused',
      applicationId,
      detail: { action: input.action, error },
    });
    return { ok: false, error };
  };
  if (!uuidPattern.test(input.applicationId)) return refuse('not-found', null);
  const row = await db
    .selectFrom('applications')
    .select(['id', 'commune_code', 'status', 'version'])
    .where('id', '=', input.applicationId)
    .executeTakeFirst();
  if (!row || !canReadCommune(staff, row.commune_code)) return refuse('not-found', row?.id ?? null);
  if (!canActOnCommune(staff, row.commune_code)) return refuse('forbidden', row.id);
  if (row.version !== input.version) return refuse('conflict', row.id);
  const checked = applyTransition(row.status, input.action, input.reason);
  if (!checked.ok) return refuse(checked.error, row.id);
  const finishes = isFinished(checked.to);
  const updated = await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('applications')
      .set({
        status: checked.to,
        version: input.version + 1,
        status_changed_at: now,
        ...(finishes ? { finished_at: sql<Date>`coalesce(finished_at, ${now})` } : {}),
      })
      .where('id', '=', row.id)
      .where('version', '=', input.version)
      .where('status', '=', row.status)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await trx
      .insertInto('application_events')
      .values({
        application_id: row.id,
        actor: `officer:${staff.username}`,
        action: `status:${checked.to}`,
        reason: checked.reason,
      })
      .execute();
    await writeAudit(trx, {
      staffId: staff.id,
      username: staff.username,
      action: 'application-action',
      outcome: 'success',
      applicationId: row.id,
      detail: { action: input.action, from: row.status, to: checked.to, reason: checked.reason },
    });
    return true;
  });
  if (!updated) return refuse('conflict', row.id);
  return { ok: true, status: checked.to, version: input.version + 1 };
}

export interface AttachmentFile {
  fileName: string;
  kind: string;
  content: Uint8Array;
}

/**
 * One attached file of an application, for a staff member allowed to read the application;
 * null otherwise (the same for "not there" and "not yours"). Audited like a page view.
 */
export async function getAttachmentForStaff(
  db: Kysely<Database>,
  staff: StaffMember,
  applicationId: string,
  fileId: string,
): Promise<AttachmentFile | null> {
  if (!uuidPattern.test(applicationId) || !uuidPattern.test(fileId)) return null;
  const app = await db
    .selectFrom('applications')
    .select(['id', 'commune_code'])
    .where('id', '=', applicationId)
    .executeTakeFirst();
  const allowed = Boolean(app && canReadCommune(staff, app.commune_code));
  await writeAudit(db, {
    staffId: staff.id,
    username: staff.username,
    action: 'view-application',
    outcome: allowed ? 'success' : 'refused',
    applicationId: app?.id ?? null,
    detail: { attachment: fileId },
  });
  if (!allowed || !(await hasAttachmentsTable(db))) return null;
  const file = await sql<{ file_name: string; kind: string; content: Uint8Array }>`
    select file_name, kind, content from attachments
    where id::text = ${fileId} and application_id = ${applicationId}`.execute(db);
  const row = file.rows[0];
  return row ? { fileName: row.file_name, kind: row.kind, content: row.content } : null;
}
