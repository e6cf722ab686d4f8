import { z } from 'zod';
import { isRecord, type Answers } from './answers.js';
import type { FlowState } from './engine.js';
import { normalizeAnswers } from './normalize.js';
import { allQuestions } from './paths.js';
import type { Question, ServiceDefinition } from './schema.js';
import { validateQuestion } from './validate.js';

/** A saved application in progress: plain JSON, safe to store and send. */
export interface Draft {
  serviceId: string;
  /** The definition version the draft was last saved under. */
  definitionVersion: number;
  answers: Answers;
  /** ISO 8601. */
  updatedAt: string;
  /** Prefilled answers not yet confirmed. */
  unconfirmed: string[];
  /** The fingerprint of each answered question's definition, to notice changed questions. */
  questionHashes: Record<string, string>;
}

const textKeys = new Set([
  'label',
  'hint',
  'summaryLabel',
  'itemLabel',
  'suffix',
  'prefill',
  'showIf',
]);

/** JSON with sorted keys and no texts: what a question asks and accepts, not how it is worded. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (isRecord(value)) {
    return Object.fromEntries(
      Object.keys(value)
        .filter((k) => !textKeys.has(k) && value[k] !== undefined)
        .sort()
        .map((k) => [k, shape(value[k])]),
    );
  }
  return value;
}

/**
 * A fingerprint of a question's meaning: its type, constraints, options and `version`, but
 * not its wording or when it is shown. A draft answer is asked again when this changes.
 */
export function questionHash(question: Question): string {
  const text = JSON.stringify(shape(question));
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Makes a draft of the current state, stamped with the definition's version. */
export function createDraft(
  definition: ServiceDefinition,
  state: FlowState,
  now: Date = new Date(),
): Draft {
  const questionHashes: Record<string, string> = {};
  for (const question of allQuestions(definition)) {
    if (Object.hasOwn(state.answers, question.id))
      questionHashes[question.id] = questionHash(question);
  }
  return {
    serviceId: definition.id,
    definitionVersion: definition.version,
    answers: state.answers,
    updatedAt: now.toISOString(),
    unconfirmed: [...state.unconfirmed],
    questionHashes,
  };
}

const draftSchema = z.object({
  serviceId: z.string(),
  definitionVersion: z.number().int(),
  answers: z.record(z.string(), z.unknown()),
  updatedAt: z.string(),
  unconfirmed: z.array(z.string()).default([]),
  questionHashes: z.record(z.string(), z.string()).default({}),
});

/** Reads a draft from untrusted JSON (a database row, a cookie); `undefined` when it is not one. */
export function parseDraft(json: unknown): Draft | undefined {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json) as unknown;
    } catch {
      return undefined;
    }
  }
  const parsed = draftSchema.safeParse(value);
  return parsed.success ? (parsed.data as Draft) : undefined;
}

export type OpenDraftResult =
  | {
      ok: true;
      state: FlowState;
      /** Questions whose definition changed since the draft was saved: asked again. */
      reask: string[];
      /** Whether the draft was saved under another version of the definition. */
      versionChanged: boolean;
    }
  | { ok: false; reason: 'otherService' };

/**
 * Opens a draft under the current definition. Under the same version the answers come back
 * as they were (normalised). Under another version, answers to questions that no longer exist
 * are dropped, and answers to questions whose definition changed (or that no longer validate)
 * are removed and listed in `reask`, so the flow asks them again.
 */
export function openDraft(definition: ServiceDefinition, draft: Draft): OpenDraftResult {
  if (draft.serviceId !== definition.id) return { ok: false, reason: 'otherService' };
  const answers = normalizeAnswers(definition, draft.answers);
  const versionChanged = draft.definitionVersion !== definition.version;
  const reask: string[] = [];
  if (versionChanged) {
    for (const question of allQuestions(definition)) {
      if (!Object.hasOwn(answers, question.id)) continue;
      const changed = draft.questionHashes[question.id] !== questionHash(question);
      const invalid =
        validateQuestion(question, answers[question.id], (id) => answers[id]).length > 0;
      if (changed || invalid) {
        delete answers[question.id];
        reask.push(question.id);
      }
    }
    for (const question of definition.eligibility) {
      const value = answers[question.id];
      if (value !== undefined && !question.options.some((o) => o.value === value)) {
        delete answers[question.id];
        reask.push(question.id);
      }
    }
  }
  const unconfirmed = draft.unconfirmed.filter((id) => Object.hasOwn(answers, id));
  return { ok: true, state: { answers, unconfirmed }, reask, versionChanged };
}
