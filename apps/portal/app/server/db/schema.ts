import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** Application statuses as provincial one-stop systems number them (1-10). */
export const applicationStatuses = [
  'new',
  'accepted',
  'rejected',
  'processing',
  'needs-documents',
  'needs-payment',
  'withdrawn',
  'stopped',
  'done',
  'returned',
] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** jsonb: read as parsed JSON, written as a JSON string (the same for pg and PGlite). */
type Json<T> = ColumnType<T, string, string>;

export type Answers = Record<string, unknown>;

export interface ApplicationsTable {
  id: Generated<string>;
  public_code: string;
  service_id: string;
  service_version: string;
  status: ColumnType<ApplicationStatus, ApplicationStatus | undefined, ApplicationStatus>;
  answers: Json<Answers>;
  applicant_name: string;
  /** The full ID number, needed by the officials who process the application. */
  applicant_id_number: string;
  /** SHA-256 of the ID number: the look-up key, so queries never carry the number itself. */
  applicant_id_hash: string;
  /** The ID number as lists show it. */
  applicant_id_masked: string;
  citizen_profile_id: string | null;
  commune_code: string | null;
  submitted_at: Timestamp;
  deadline: Timestamp;
  idempotency_key: string;
  /** Optimistic concurrency (0003): bumped by every status change. */
  version: ColumnType<number, number | undefined, number>;
  /** When the status last changed (0003); the submission time until then. */
  status_changed_at: ColumnType<
    Date | null,
    Date | string | null | undefined,
    Date | string | null
  >;
  /** When the application first reached a finished status (0003), else null. */
  finished_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface ApplicationEventsTable {
  id: Generated<number>;
  application_id: string;
  actor: string;
  at: CreatedAt;
  action: string;
  reason: string | null;
}

export interface DraftsTable {
  id: string;
  session_id: string | null;
  citizen_profile_id: string | null;
  service_id: string;
  definition_version: string;
  answers: Json<Answers>;
  resume_code_hash: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  expires_at: Timestamp;
}

export interface SessionsTable {
  /** SHA-256 of the cookie value: a copy of this table lets nobody into a session. */
  id: string;
  csrf_token: string;
  citizen_profile_id: string | null;
  data: Json<Record<string, unknown>>;
  created_at: CreatedAt;
  expires_at: Timestamp;
}

export interface ConsentsTable {
  id: Generated<number>;
  application_id: string;
  purpose_id: string;
  wording_version: string;
  given_at: Timestamp;
}

export interface CitizenProfilesTable {
  id: string;
  full_name: string;
  id_number: string;
  id_number_masked: string;
  date_of_birth: string;
  sex: 'male' | 'female';
  phone: string;
  phone_masked: string;
  email: string | null;
  ethnicity_code: string;
  province_code: string;
  commune_code: string;
  address_line: string;
}

export interface RateLimitsTable {
  key: string;
  tokens: number;
  updated_at: Timestamp;
}

// --- Officers (migration 0003) ---
export type StaffRole = 'officer' | 'leader' | 'admin';

export interface StaffAccountsTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  role: StaffRole;
  /** Set for commune officers only. */
  commune_code: string | null;
  /** scrypt$N$r$p$salt$hash (base64url). */
  password_hash: string;
  failed_attempts: ColumnType<number, number | undefined, number>;
  locked_until: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  disabled_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface StaffSessionsTable {
  /** SHA-256 of the cookie value. */
  id: string;
  staff_id: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
}

/** Insert-only (a trigger refuses UPDATE, DELETE and TRUNCATE). */
export interface AuditLogTable {
  id: Generated<number>;
  at: CreatedAt;
  staff_id: string | null;
  username: string;
  action: string;
  outcome: string;
  application_id: string | null;
  detail: ColumnType<Record<string, unknown>, string | undefined, never>;
}

export type StaffAccount = Selectable<StaffAccountsTable>;
// --- end officers ---

// --- Citizen flow (migration 0002-citizen-flow) ---
export interface AttachmentsTable {
  id: Generated<string>;
  draft_id: string | null;
  application_id: string | null;
  question_id: string;
  /** The name the file had on the person's device (cleaned; never used as a path). */
  file_name: string;
  /** What the content is, by its first bytes. */
  kind: 'pdf' | 'png' | 'jpeg';
  size_bytes: number;
  content: Uint8Array;
  created_at: CreatedAt;
}
// --- end citizen flow ---

// --- Reports (migration 0004-reports) ---
/**
 * Applications counted by the day (Vietnam time) they were submitted, service and commune
 * ('' when unknown), each in one bucket by its status now. Kept by triggers on applications:
 * read it, never write it.
 */
export interface ReportDailyTable {
  day: ColumnType<string, string, string>;
  service_id: string;
  commune_code: string;
  received: number;
  open: number;
  on_time: number;
  late: number;
  closed: number;
  /** Sum of (finished_at - submitted_at) in seconds over the on-time and late ones. */
  processing_seconds: ColumnType<string, number | string, number | string>;
}
// --- end reports ---

export interface Database {
  staff_accounts: StaffAccountsTable;
  staff_sessions: StaffSessionsTable;
  audit_log: AuditLogTable;
  applications: ApplicationsTable;
  application_events: ApplicationEventsTable;
  drafts: DraftsTable;
  sessions: SessionsTable;
  consents: ConsentsTable;
  citizen_profiles: CitizenProfilesTable;
  rate_limits: RateLimitsTable;
  attachments: AttachmentsTable;
  report_daily: ReportDailyTable;
}

export type Application = Selectable<ApplicationsTable>;
export type NewApplication = Insertable<ApplicationsTable>;
export type CitizenProfile = Selectable<CitizenProfilesTable>;
export type Session = Selectable<SessionsTable>;
export type Draft = Selectable<DraftsTable>;
