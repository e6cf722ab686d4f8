import type { AddressValue, DateValue } from './answers.js';
import type { FlowState } from './engine.js';
import { normalizeAnswer } from './normalize.js';
import { allQuestions } from './paths.js';
import type { PrefillKey, ServiceDefinition } from './schema.js';
import { validateQuestion, type ValidationContext } from './validate.js';

/** What the state already holds about the signed-in person (e.g. from VNeID). */
export interface Profile {
  fullName?: string;
  /** `yyyy-mm-dd` or three parts. */
  dateOfBirth?: string | DateValue;
  citizenId?: string;
  address?: AddressValue;
  phone?: string;
  email?: string;
  /** `nam` (male) or `nu` (female), as the option values of a prefilled sex question. */
  sex?: 'nam' | 'nu';
}

export interface PrefillResult {
  state: FlowState;
  /** The questions pre-answered now: the person confirms them instead of typing them. */
  prefilled: string[];
}

/**
 * Pre-answers every question marked `prefill` from the profile ("let data travel instead of
 * citizens"), when it has no answer yet and the profile's value is valid for it. Each one is
 * marked unconfirmed: its page stays incomplete until the person has seen and sent it.
 */
export function applyPrefill(
  definition: ServiceDefinition,
  state: FlowState,
  profile: Profile,
  context: ValidationContext = {},
): PrefillResult {
  const answers = { ...state.answers };
  const unconfirmed = [...state.unconfirmed];
  const prefilled: string[] = [];
  for (const question of allQuestions(definition)) {
    const key: PrefillKey | undefined = question.prefill;
    if (!key || Object.hasOwn(answers, question.id)) continue;
    const raw: unknown = profile[key];
    if (raw === undefined) continue;
    const value = normalizeAnswer(question, raw);
    if (value === undefined) continue;
    if (validateQuestion(question, value, (id) => answers[id], context).length > 0) continue;
    answers[question.id] = value;
    if (!unconfirmed.includes(question.id)) unconfirmed.push(question.id);
    prefilled.push(question.id);
  }
  return { state: { answers, unconfirmed }, prefilled };
}
