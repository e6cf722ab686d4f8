import {
  applyPrefill,
  createDraft,
  openDraft,
  parseDraft,
  type FlowState,
  type ServiceDefinition,
} from '@dvc/flows';
import type { Kysely } from 'kysely';
import type { Database, Draft as DraftRow } from '../db/schema.js';
import { findLatestDraft, saveDraft, type DraftOwner } from '../drafts/drafts.js';
import { randomToken } from '../security/crypto.js';
import { prefillProfile } from './profile.js';

/** What a draft row's `answers` column holds for a flow. */
interface StoredFlow {
  /** The engine's serialisable draft (answers, unconfirmed prefills, question fingerprints). */
  draft: unknown;
  /** Questions still to ask again because the definition changed since they were answered. */
  reask?: unknown;
  /** The idempotency key of this draft's submission, made when the declaration is shown. */
  submissionKey?: unknown;
}

export interface OpenFlow {
  /** The stored draft, or null when nothing has been saved yet. */
  row: DraftRow | null;
  state: FlowState;
  /** Questions asked again (changed definition), not yet answered again. */
  reask: string[];
  /** Questions pre-answered from the signed-in profile on this visit (not yet saved). */
  prefilled: string[];
  submissionKey: string | null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * The owner's flow for a service: their latest draft opened under the current definition (a
 * draft from an older version comes back with its changed questions to ask again), with any
 * answers the signed-in profile can give pre-filled for the person to confirm.
 */
export async function openFlow(
  db: Kysely<Database>,
  definition: ServiceDefinition,
  owner: DraftOwner,
  now = new Date(),
): Promise<OpenFlow> {
  const row = await findLatestDraft(db, definition.id, owner, now);
  let state: FlowState = { answers: {}, unconfirmed: [] };
  let reask: string[] = [];
  let submissionKey: string | null = null;
  if (row) {
    const stored = row.answers as unknown as StoredFlow;
    const draft = parseDraft(stored.draft);
    const opened = draft ? openDraft(definition, draft) : undefined;
    if (opened?.ok) {
      state = opened.state;
      reask = [...new Set([...strings(stored.reask), ...opened.reask])].filter(
        (id) => !Object.hasOwn(state.answers, id),
      );
    }
    submissionKey = typeof stored.submissionKey === 'string' ? stored.submissionKey : null;
  }
  const profile = await prefillProfile(db, owner.citizenProfileId);
  let prefilled: string[] = [];
  if (profile) {
    // A question asked again is asked, not silently answered from the profile.
    const result = applyPrefill(definition, state, profile, { today: now });
    const kept = result.prefilled.filter((id) => !reask.includes(id));
    prefilled = kept;
    state = {
      answers: Object.fromEntries(
        Object.entries(result.state.answers).filter(
          ([id]) => !result.prefilled.includes(id) || kept.includes(id),
        ),
      ),
      unconfirmed: result.state.unconfirmed.filter(
        (id) => !result.prefilled.includes(id) || kept.includes(id),
      ),
    };
  }
  return { row, state, reask, prefilled, submissionKey };
}

export interface SaveFlowInput {
  owner: DraftOwner;
  definition: ServiceDefinition;
  /** The draft to update; null to start one. */
  row: DraftRow | null;
  state: FlowState;
  reask?: readonly string[];
  submissionKey?: string | null;
  now?: Date;
}

/** Saves the flow's state as the owner's draft (a new one when `row` is null). */
export async function saveFlow(db: Kysely<Database>, input: SaveFlowInput): Promise<DraftRow> {
  const now = input.now ?? new Date();
  const stored: StoredFlow = {
    draft: createDraft(input.definition, input.state, now),
    reask: (input.reask ?? []).filter((id) => !Object.hasOwn(input.state.answers, id)),
    ...(input.submissionKey ? { submissionKey: input.submissionKey } : {}),
  };
  const saved = await saveDraft(db, {
    ...input.owner,
    draftId: input.row?.id,
    serviceId: input.definition.id,
    definitionVersion: String(input.definition.version),
    answers: stored as unknown as Record<string, unknown>,
    now,
  });
  if (saved) return saved;
  // The draft expired or changed hands meanwhile: keep what was typed in a new one.
  const fresh = await saveDraft(db, {
    ...input.owner,
    serviceId: input.definition.id,
    definitionVersion: String(input.definition.version),
    answers: stored as unknown as Record<string, unknown>,
    now,
  });
  if (!fresh) throw new Error('A new draft could not be saved');
  return fresh;
}

/** A new submission key: made once per draft, so every retry of the submission carries it. */
export function newSubmissionKey(): string {
  return randomToken(24);
}
