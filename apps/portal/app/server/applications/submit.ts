import { sql, type Kysely } from 'kysely';
import { idNumberHash } from '../security/crypto.js';
import { maskIdNumber } from '../security/mask.js';
import type { Answers, Database } from '../db/schema.js';
import { newApplicationCode } from './codes.js';

export interface ConsentInput {
  /** Which purpose the person agreed to (e.g. "xu-ly-ho-so"). */
  purposeId: string;
  /** The version of the wording they were shown. */
  wordingVersion: string;
}

export interface SubmitApplicationInput {
  /** One key per submission attempt (a hidden field of the form): a retry sends the same key. */
  idempotencyKey: string;
  serviceId: string;
  serviceVersion: string;
  answers: Answers;
  applicantName: string;
  applicantIdNumber: string;
  citizenProfileId?: string | null;
  communeCode?: string | null;
  /** Working days are counted by the caller; this is the promised date. */
  deadline: Date;
  consents?: readonly ConsentInput[];
  /** Who submitted, for the history: "citizen:<profile>" or "anonymous". */
  actor?: string;
  now?: Date;
}

export interface SubmittedApplication {
  id: string;
  publicCode: string;
  /** False when this call found an earlier submission with the same key. */
  created: boolean;
}

const maxCodeAttempts = 5;

function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const {
    code,
    constraint: name,
    message,
  } = error as {
    code?: unknown;
    constraint?: unknown;
    message?: unknown;
  };
  if (code !== '23505') return false;
  return name === constraint || (typeof message === 'string' && message.includes(constraint));
}

/**
 * Stores an application once. A double click, a retry after a dropped connection, or the
 * back button and submit again carry the same idempotency key, and get the first
 * submission's code back instead of a second application. The unique constraint on the key
 * decides, so this holds across concurrent requests and several app servers.
 */
export async function submitApplication(
  db: Kysely<Database>,
  input: SubmitApplicationInput,
): Promise<SubmittedApplication> {
  if (!input.idempotencyKey) throw new Error('submitApplication needs an idempotency key');
  const now = input.now ?? new Date();
  for (let attempt = 1; ; attempt++) {
    const publicCode = newApplicationCode(now.getFullYear());
    try {
      return await db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto('applications')
          .values({
            public_code: publicCode,
            service_id: input.serviceId,
            service_version: input.serviceVersion,
            answers: JSON.stringify(input.answers),
            applicant_name: input.applicantName,
            applicant_id_number: input.applicantIdNumber,
            applicant_id_hash: idNumberHash(input.applicantIdNumber),
            applicant_id_masked: maskIdNumber(input.applicantIdNumber),
            citizen_profile_id: input.citizenProfileId ?? null,
            commune_code: input.communeCode ?? null,
            submitted_at: now,
            deadline: input.deadline,
            idempotency_key: input.idempotencyKey,
          })
          .onConflict((oc) => oc.column('idempotency_key').doNothing())
          .returning(['id', 'public_code'])
          .executeTakeFirst();
        if (!inserted) {
          const existing = await trx
            .selectFrom('applications')
            .select(['id', 'public_code'])
            .where('idempotency_key', '=', input.idempotencyKey)
            .executeTakeFirstOrThrow();
          return { id: existing.id, publicCode: existing.public_code, created: false };
        }
        await trx
          .insertInto('application_events')
          .values({
            application_id: inserted.id,
            actor: input.actor ?? 'anonymous',
            action: 'submitted',
            reason: null,
          })
          .execute();
        if (input.consents?.length) {
          await trx
            .insertInto('consents')
            .values(
              input.consents.map((consent) => ({
                application_id: inserted.id,
                purpose_id: consent.purposeId,
                wording_version: consent.wordingVersion,
                given_at: now,
              })),
            )
            .execute();
        }
        return { id: inserted.id, publicCode: inserted.public_code, created: true };
      });
    } catch (error) {
      // Two codes out of 2^50 colliding is rare, but it is checked, not hoped away.
      if (attempt < maxCodeAttempts && isUniqueViolation(error, 'applications_public_code_key')) {
        continue;
      }
      throw error;
    }
  }
}

export interface ApplicationStatusView {
  publicCode: string;
  serviceId: string;
  status: Database['applications']['status']['__select__'];
  submittedAt: Date;
  deadline: Date;
  applicantIdMasked: string;
}

/**
 * The status of an application, only when both the code and the applicant's ID number
 * match. Either one wrong gives the same null, so the answer reveals nothing about which.
 */
export async function findApplicationStatus(
  db: Kysely<Database>,
  publicCode: string,
  idNumber: string,
): Promise<ApplicationStatusView | null> {
  const row = await db
    .selectFrom('applications')
    .select([
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
  return {
    publicCode: row.public_code,
    serviceId: row.service_id,
    status: row.status,
    submittedAt: new Date(row.submitted_at),
    deadline: new Date(row.deadline),
    applicantIdMasked: row.applicant_id_masked,
  };
}

/** Counts applications (for tests and the seed). */
export async function countApplications(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('applications')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
