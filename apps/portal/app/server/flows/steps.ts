import {
  addGroupItem,
  allQuestions,
  applyOldAddress,
  findEligibility,
  parsePagePost,
  removeGroupItem,
  submitStep,
  type Answers,
  type FieldError,
  type FileMeta,
  type FlowState,
  type ServiceDefinition,
  type Step,
} from '@dvc/flows';
import { saveDraftAction } from '@dvc/flows/templates';
import type { Kysely } from 'kysely';
import type { Database, Draft as DraftRow } from '../db/schema.js';
import { issueResumeCode, type DraftOwner } from '../drafts/drafts.js';
import { storeAttachments, withStorageIds } from './attachments.js';
import { mapOldAddressQuery } from './old-address.js';
import { readStepPost, type UploadedFile } from './post.js';
import { saveFlow, type OpenFlow } from './store.js';

/** Whether `stepId` is a step of the service (an eligibility question or a page). */
export function isStepOf(definition: ServiceDefinition, stepId: string): boolean {
  return (
    findEligibility(definition, stepId) !== undefined ||
    definition.pages.some((p) => p.id === stepId)
  );
}

/** The ids of the questions a step asks. */
function stepQuestionIds(definition: ServiceDefinition, stepId: string): string[] {
  const eligibility = findEligibility(definition, stepId);
  if (eligibility) return [eligibility.id];
  return definition.pages.find((p) => p.id === stepId)?.questions.map((q) => q.id) ?? [];
}

/** The answers with the step's own replaced by what was posted (kept as typed). */
export function replaceStepAnswers(
  definition: ServiceDefinition,
  stepId: string,
  answers: Answers,
  posted: Answers,
): Answers {
  const next: Answers = { ...answers };
  for (const id of stepQuestionIds(definition, stepId)) delete next[id];
  return { ...next, ...posted };
}

export type StepOutcome =
  /** Refused: show the page again with these errors and everything typed. */
  | { kind: 'invalid'; errors: FieldError[]; answers: Answers; status: 400 | 413 }
  /** Saved: go to the next step. */
  | { kind: 'next'; next: Step }
  /** A repeating group item was added or removed: show the same page again. */
  | { kind: 'same' }
  /**
   * An address button without JavaScript ("Chọn" to list a province's communes, or the
   * old-address helper): the page again with what was typed, nothing checked or saved yet.
   */
  | {
      kind: 'address';
      answers: Answers;
      lookup?: { question: string; found: { code: string; provinceCode: string } | undefined };
      communes?: { code: string; provinceCode: string }[];
    }
  /** "Save and come back later": the draft is saved; a resume code for a person without an account. */
  | { kind: 'saved'; resumeCode: string | null };

export interface StepPostInput {
  db: Kysely<Database>;
  definition: ServiceDefinition;
  owner: DraftOwner;
  flow: OpenFlow;
  stepId: string;
  request: Request;
  now?: Date;
}

/** Keeps files uploaded before when a page is sent again without choosing them again. */
function keepEarlierFiles(
  definition: ServiceDefinition,
  stepId: string,
  before: Answers,
  posted: Answers,
): Answers {
  const next = { ...posted };
  const page = definition.pages.find((p) => p.id === stepId);
  for (const q of page?.questions ?? []) {
    if (q.type === 'file' && next[q.id] === undefined && Array.isArray(before[q.id])) {
      next[q.id] = before[q.id] as FileMeta[];
    }
  }
  return next;
}

async function ensureDraft(
  db: Kysely<Database>,
  input: StepPostInput,
  state: FlowState,
): Promise<DraftRow> {
  return (
    input.flow.row ??
    saveFlow(db, {
      owner: input.owner,
      definition: input.definition,
      row: null,
      state,
      reask: input.flow.reask,
      now: input.now,
    })
  );
}

/**
 * One step's form post, decided by the engine: the guards first (nothing stored when they
 * refuse), then "save and come back later", add/remove of a group item, or the answers, which
 * are saved to the draft when valid and sent back with the errors when not.
 */
export async function handleStepPost(input: StepPostInput): Promise<StepOutcome> {
  const { db, definition, flow, stepId } = input;
  const now = input.now ?? new Date();
  const guarded = await readStepPost(input.request, definition, stepId);
  if (!guarded.ok) {
    const kept = parsePagePost(definition, stepId, guarded.entries).answers;
    const tooLarge = guarded.errors.some((e) => e.code === 'request-too-large');
    return {
      kind: 'invalid',
      errors: guarded.errors,
      answers: replaceStepAnswers(definition, stepId, flow.state.answers, kept),
      status: tooLarge ? 413 : 400,
    };
  }
  const parsed = parsePagePost(definition, stepId, guarded.entries);
  const posted = keepEarlierFiles(definition, stepId, flow.state.answers, parsed.answers);
  const action = guarded.entries.find(([name]) => name === '_action')?.[1];

  if (parsed.address) {
    const shown = replaceStepAnswers(definition, stepId, flow.state.answers, posted);
    if (parsed.address.type === 'reload') return { kind: 'address', answers: shown };
    const communes = mapOldAddressQuery(parsed.address.old);
    const applied = applyOldAddress(shown, parsed.address, () => communes);
    return {
      kind: 'address',
      answers: applied.answers,
      lookup: { question: parsed.address.question, found: applied.found },
      communes,
    };
  }

  if (action === saveDraftAction || parsed.action) {
    let answers = replaceStepAnswers(definition, stepId, flow.state.answers, posted);
    if (parsed.action?.type === 'add')
      answers = addGroupItem(definition, answers, parsed.action.group);
    if (parsed.action?.type === 'remove')
      answers = removeGroupItem(answers, parsed.action.group, parsed.action.index);
    const state: FlowState = { answers, unconfirmed: flow.state.unconfirmed };
    const row = await ensureDraft(db, input, state);
    await storeAndName(db, row.id, guarded.files, state.answers);
    const saved = await saveFlow(db, {
      owner: input.owner,
      definition,
      row,
      state,
      reask: flow.reask,
      submissionKey: flow.submissionKey,
      now,
    });
    if (parsed.action) return { kind: 'same' };
    const resumeCode = input.owner.citizenProfileId
      ? null
      : await issueResumeCode(db, saved.id, input.owner);
    return { kind: 'saved', resumeCode };
  }

  const result = submitStep(definition, flow.state, stepId, posted, {
    returnTo: parsed.returnTo,
    unconfirmed: flow.state.unconfirmed,
    today: now,
  });
  if (result.errors.length > 0) {
    return { kind: 'invalid', errors: result.errors, answers: result.state.answers, status: 400 };
  }
  const row = await ensureDraft(db, input, result.state);
  await storeAndName(db, row.id, guarded.files, result.state.answers);
  await saveFlow(db, {
    owner: input.owner,
    definition,
    row,
    state: result.state,
    reask: flow.reask,
    submissionKey: flow.submissionKey,
    now,
  });
  return { kind: 'next', next: result.next };
}

/** Stores the uploads and writes their storage ids into the answers (in place). */
async function storeAndName(
  db: Kysely<Database>,
  draftId: string,
  files: readonly UploadedFile[],
  answers: Answers,
): Promise<void> {
  if (files.length === 0) return;
  const byQuestion = new Map<string, UploadedFile[]>();
  for (const f of files) byQuestion.set(f.questionId, [...(byQuestion.get(f.questionId) ?? []), f]);
  for (const [questionId, list] of byQuestion) {
    const metas = answers[questionId];
    // Only files of top-level file questions are named by id (groups carry metadata only).
    if (!Array.isArray(metas) || !list.every((f) => f.field === questionId)) continue;
    const ids = await storeAttachments(db, draftId, list);
    answers[questionId] = withStorageIds(metas as FileMeta[], ids);
  }
}

/** Every question id of a service (for tests and checks). */
export function questionIds(definition: ServiceDefinition): string[] {
  return allQuestions(definition).map((q) => q.id);
}
