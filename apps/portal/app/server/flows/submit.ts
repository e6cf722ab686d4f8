import {
  acceptDeclaration,
  allQuestions,
  isComplete,
  submittedAnswers,
  type AddressValue,
  type Answers,
  type FileMeta,
  type FlowState,
  type ServiceDefinition,
} from '@dvc/flows';
import type { Kysely } from 'kysely';
import { submitApplication } from '../applications/submit.js';
import type { Database, Draft as DraftRow } from '../db/schema.js';
import { deleteDraft } from '../drafts/drafts.js';
import { attachToApplication } from './attachments.js';
import { addWorkingDays, vietnamDate } from '../calendar/working-days.js';

export interface SubmitFlowInput {
  definition: ServiceDefinition;
  row: DraftRow;
  state: FlowState;
  /** The draft's submission key: every retry of this submission carries the same one. */
  submissionKey: string;
  /** The purposes the person ticked on the declaration. */
  ticked: readonly string[];
  citizenProfileId: string | null;
  now?: Date;
}

export type SubmitFlowResult =
  | { ok: true; publicCode: string; applicationId: string; created: boolean; submittedAt: Date }
  | { ok: false; reason: 'incomplete' }
  | { ok: false; reason: 'consent'; missing: string[] };

function firstAnswered(
  definition: ServiceDefinition,
  answers: Answers,
  match: (q: ReturnType<typeof allQuestions>[number]) => boolean,
): unknown {
  for (const q of allQuestions(definition)) {
    if (match(q) && Object.hasOwn(answers, q.id)) return answers[q.id];
  }
  return undefined;
}

/** Who applies: the name and ID number the office and the status look-up go by. */
export function applicantOf(
  definition: ServiceDefinition,
  answers: Answers,
): { name: string; idNumber: string; communeCode: string | null } {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const name =
    text(firstAnswered(definition, answers, (q) => q.prefill === 'fullName')) ||
    text(firstAnswered(definition, answers, (q) => q.type === 'fullName'));
  const idNumber =
    text(firstAnswered(definition, answers, (q) => q.prefill === 'citizenId')) ||
    text(firstAnswered(definition, answers, (q) => q.type === 'citizenId'));
  const address = firstAnswered(definition, answers, (q) => q.type === 'address') as
    AddressValue | undefined;
  return { name, idNumber, communeCode: address?.commune ?? null };
}

/** The storage ids of every file the submitted answers name. */
function fileIds(definition: ServiceDefinition, answers: Answers): string[] {
  const ids: string[] = [];
  const collect = (value: unknown) => {
    if (!Array.isArray(value)) return;
    for (const f of value as FileMeta[]) if (typeof f.id === 'string') ids.push(f.id);
  };
  for (const q of allQuestions(definition)) {
    if (q.type === 'file') collect(answers[q.id]);
    if (q.type === 'repeatingGroup' && Array.isArray(answers[q.id])) {
      for (const item of answers[q.id] as Record<string, unknown>[])
        for (const sub of q.questions) if (sub.type === 'file') collect(item[sub.id]);
    }
  }
  return ids;
}

/**
 * Submits a complete draft once: the declaration's required consents are checked and each
 * purpose's consent recorded with its wording version; the application gets its code; its
 * files move to it; the draft is removed. The same submission key always yields the same
 * application, so a double click, a retry or back-and-submit-again never makes a second one.
 */
export async function submitFlow(
  db: Kysely<Database>,
  input: SubmitFlowInput,
): Promise<SubmitFlowResult> {
  const now = input.now ?? new Date();
  const { definition, state } = input;
  if (!isComplete(definition, state.answers, { unconfirmed: state.unconfirmed, today: now })) {
    return { ok: false, reason: 'incomplete' };
  }
  const declaration = acceptDeclaration(definition, input.ticked, now);
  if (!declaration.ok) return { ok: false, reason: 'consent', missing: declaration.missing };
  const answers = submittedAnswers(definition, state.answers);
  const applicant = applicantOf(definition, answers);
  const submitted = await submitApplication(db, {
    idempotencyKey: input.submissionKey,
    serviceId: definition.id,
    serviceVersion: String(definition.version),
    answers,
    applicantName: applicant.name,
    applicantIdNumber: applicant.idNumber,
    citizenProfileId: input.citizenProfileId,
    communeCode: applicant.communeCode,
    deadline: dueDate(now, definition.processingDays),
    consents: Object.entries(declaration.record.consents)
      .filter(([, given]) => given)
      .map(([purposeId]) => ({ purposeId, wordingVersion: declaration.record.version })),
    actor: input.citizenProfileId ? `citizen:${input.citizenProfileId}` : 'anonymous',
    now,
  });
  if (submitted.created) {
    await attachToApplication(db, input.row.id, submitted.id, fileIds(definition, answers));
  }
  await deleteDraft(db, input.row.id);
  const row = await db
    .selectFrom('applications')
    .select('submitted_at')
    .where('id', '=', submitted.id)
    .executeTakeFirstOrThrow();
  return {
    ok: true,
    publicCode: submitted.publicCode,
    applicationId: submitted.id,
    created: submitted.created,
    submittedAt: new Date(row.submitted_at),
  };
}

/** The application a submission key made, when the draft is already gone (a retry). */
export async function findSubmission(
  db: Kysely<Database>,
  submissionKey: string,
): Promise<{ publicCode: string; serviceId: string; submittedAt: Date } | null> {
  if (!submissionKey || submissionKey.length > 100) return null;
  const row = await db
    .selectFrom('applications')
    .select(['public_code', 'service_id', 'submitted_at'])
    .where('idempotency_key', '=', submissionKey)
    .executeTakeFirst();
  return row
    ? {
        publicCode: row.public_code,
        serviceId: row.service_id,
        submittedAt: new Date(row.submitted_at),
      }
    : null;
}

/** Midnight (Viet Nam time) of the day the result is due: weekends and public holidays skipped. */
function dueDate(now: Date, processingDays: number): Date {
  return new Date(`${addWorkingDays(vietnamDate(now), Math.ceil(processingDays))}T00:00:00+07:00`);
}
