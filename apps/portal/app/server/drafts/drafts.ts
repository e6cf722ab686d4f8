import { randomBytes } from 'node:crypto';
import type { ExpressionBuilder, Kysely } from 'kysely';
import { crockfordAlphabet } from '../applications/codes.js';
import type { Answers, Database, Draft } from '../db/schema.js';
import { randomToken, sha256 } from '../security/crypto.js';

/** How long an untouched draft is kept. */
export const draftTtlMs = 30 * 86_400_000;

export interface DraftOwner {
  /** The session's id (the stored hash, `session.id`). */
  sessionId: string;
  /** The signed-in demo citizen, if any: their drafts follow them across sessions. */
  citizenProfileId: string | null;
}

export interface SaveDraftInput extends DraftOwner {
  /** Omit to start a new draft. */
  draftId?: string | undefined;
  serviceId: string;
  definitionVersion: string;
  answers: Answers;
  now?: Date;
}

/**
 * Saves everything typed so far. A new draft gets an opaque id; an existing one is only
 * updated by its owner (same session or same signed-in citizen), otherwise null.
 */
export async function saveDraft(
  db: Kysely<Database>,
  input: SaveDraftInput,
): Promise<Draft | null> {
  const now = input.now ?? new Date();
  const expiresAt = new Date(now.getTime() + draftTtlMs);
  if (input.draftId) {
    const updated = await db
      .updateTable('drafts')
      .set({
        answers: JSON.stringify(input.answers),
        definition_version: input.definitionVersion,
        updated_at: now,
        expires_at: expiresAt,
      })
      .where('id', '=', input.draftId)
      .where('expires_at', '>', now)
      .where((eb) => ownedBy(eb, input))
      .returningAll()
      .executeTakeFirst();
    return updated ?? null;
  }
  return db
    .insertInto('drafts')
    .values({
      id: randomToken(16),
      session_id: input.sessionId,
      citizen_profile_id: input.citizenProfileId,
      service_id: input.serviceId,
      definition_version: input.definitionVersion,
      answers: JSON.stringify(input.answers),
      resume_code_hash: null,
      updated_at: now,
      expires_at: expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

function ownedBy(eb: ExpressionBuilder<Database, 'drafts'>, owner: DraftOwner) {
  const byOwner = [eb('session_id', '=', owner.sessionId)];
  if (owner.citizenProfileId) byOwner.push(eb('citizen_profile_id', '=', owner.citizenProfileId));
  return eb.or(byOwner);
}

/** A draft its owner may read; null if absent, expired or someone else's. */
export async function loadDraft(
  db: Kysely<Database>,
  draftId: string,
  owner: DraftOwner,
  now = new Date(),
): Promise<Draft | null> {
  const draft = await db
    .selectFrom('drafts')
    .selectAll()
    .where('id', '=', draftId)
    .where('expires_at', '>', now)
    .where((eb) => ownedBy(eb, owner))
    .executeTakeFirst();
  return draft ?? null;
}

function normaliseResumeCode(input: string): string {
  return input
    .normalize('NFC')
    .toUpperCase()
    .replace(/[\s-]/gu, '')
    .replace(/O/gu, '0')
    .replace(/[IL]/gu, '1');
}

/**
 * Gives a draft a resume code ("7K3M-9Q2X-DA4B": 12 Crockford characters, 60 bits) to
 * continue on another device. Shown once; only its hash is kept. A new code replaces the old.
 */
export async function issueResumeCode(
  db: Kysely<Database>,
  draftId: string,
  owner: DraftOwner,
): Promise<string | null> {
  let code = '';
  for (const byte of randomBytes(12)) code += crockfordAlphabet[byte & 31];
  const result = await db
    .updateTable('drafts')
    .set({ resume_code_hash: sha256('resume-code', code) })
    .where('id', '=', draftId)
    .where((eb) => ownedBy(eb, owner))
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return null;
  return code.match(/.{4}/gu)?.join('-') ?? code;
}

/**
 * Continues a draft on this session from its resume code (rate-limit the callers: a code
 * is a key). The draft moves to the new owner; null when no live draft has this code.
 */
export async function resumeDraft(
  db: Kysely<Database>,
  code: string,
  owner: DraftOwner,
  now = new Date(),
): Promise<Draft | null> {
  const normalised = normaliseResumeCode(code);
  if (!/^[0-9A-HJKMNP-TV-Z]{12}$/u.test(normalised)) return null;
  const draft = await db
    .updateTable('drafts')
    .set({ session_id: owner.sessionId, citizen_profile_id: owner.citizenProfileId })
    .where('resume_code_hash', '=', sha256('resume-code', normalised))
    .where('expires_at', '>', now)
    .returningAll()
    .executeTakeFirst();
  return draft ?? null;
}

/** The owner's most recently saved live draft of a service, or null. */
export async function findLatestDraft(
  db: Kysely<Database>,
  serviceId: string,
  owner: DraftOwner,
  now = new Date(),
): Promise<Draft | null> {
  const draft = await db
    .selectFrom('drafts')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('expires_at', '>', now)
    .where((eb) => ownedBy(eb, owner))
    .orderBy('updated_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return draft ?? null;
}

/** A draft as a list shows it: no answers, nothing personal. */
export interface DraftSummary {
  id: string;
  serviceId: string;
  updatedAt: Date;
  expiresAt: Date;
}

/**
 * The owner's live drafts, newest first: for "my applications" (a signed-in person's drafts
 * follow them across sessions and devices). Continue one at `/dich-vu/<serviceId>`.
 */
export async function listDrafts(
  db: Kysely<Database>,
  owner: DraftOwner,
  now = new Date(),
): Promise<DraftSummary[]> {
  const rows = await db
    .selectFrom('drafts')
    .select(['id', 'service_id', 'updated_at', 'expires_at'])
    .where('expires_at', '>', now)
    .where((eb) => ownedBy(eb, owner))
    .orderBy('updated_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    serviceId: r.service_id,
    updatedAt: new Date(r.updated_at),
    expiresAt: new Date(r.expires_at),
  }));
}

/** Removes a draft once its application is submitted. */
export async function deleteDraft(db: Kysely<Database>, draftId: string): Promise<void> {
  await db.deleteFrom('drafts').where('id', '=', draftId).execute();
}
