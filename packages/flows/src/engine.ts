import type { AnswerValue, Answers, GroupItem } from './answers.js';
import { normalizeAnswer } from './normalize.js';
import { findEligibility, walk, type FlowStep } from './paths.js';
import type { ServiceDefinition, Stop } from './schema.js';
import {
  validateEligibility,
  validateQuestion,
  type FieldError,
  type ValidationContext,
} from './validate.js';

/** Where the person goes next. */
export type Step =
  | { kind: 'start' }
  | { kind: 'eligibility'; id: string }
  | { kind: 'page'; id: string }
  | { kind: 'stop'; id: string; stop: Stop }
  | { kind: 'check-answers' };

/** What a flow remembers between requests (a draft holds the same). */
export interface FlowState {
  answers: Answers;
  /** Prefilled answers the person has not yet confirmed (question ids). */
  unconfirmed: string[];
}

/** Options of navigation. */
export interface NavigationOptions extends ValidationContext {
  /** `check-answers` when the person came from check-your-answers with "Change". */
  returnTo?: 'check-answers' | undefined;
  /** Prefilled answers not yet confirmed: they keep their page incomplete. */
  unconfirmed?: readonly string[] | undefined;
}

function toStep(step: FlowStep): Step {
  return { kind: step.kind, id: step.id };
}

/** The eligibility questions and pages on the path for these answers, in order. */
export function flowPath(definition: ServiceDefinition, answers: Answers): Step[] {
  const w = walk(definition, answers);
  const steps = w.steps.map(toStep);
  if (w.stop) steps.push({ kind: 'stop', id: w.stop.questionId, stop: w.stop.stop });
  return steps;
}

/** The ids of the pages (not eligibility questions) on the path. */
export function pagesOnPath(definition: ServiceDefinition, answers: Answers): string[] {
  return walk(definition, answers)
    .steps.filter((s) => s.kind === 'page')
    .map((s) => s.id);
}

/** Validation errors for one step (page or eligibility question) with the answers given. */
export function stepErrors(
  definition: ServiceDefinition,
  answers: Answers,
  stepId: string,
  context: ValidationContext = {},
): FieldError[] {
  const w = walk(definition, answers);
  const step = w.steps.find((s) => s.id === stepId);
  if (!step) {
    // Not on the path (or unknown): validate what would be asked if it were.
    const eligibility = findEligibility(definition, stepId);
    if (eligibility) return validateEligibility(eligibility, answers);
    const page = definition.pages.find((p) => p.id === stepId);
    if (!page) return [];
    return page.questions.flatMap((q) =>
      validateQuestion(q, answers[q.id], (id) => w.effective[id], context),
    );
  }
  if (step.kind === 'eligibility') return validateEligibility(step.question, answers);
  const lookup = (id: string) => w.effective[id];
  return step.questions.flatMap((q) => validateQuestion(q, w.effective[q.id], lookup, context));
}

function stepComplete(
  w: ReturnType<typeof walk>,
  step: FlowStep,
  options: NavigationOptions,
): boolean {
  if (step.kind === 'eligibility')
    return validateEligibility(step.question, w.effective).length === 0;
  const lookup = (id: string) => w.effective[id];
  const unconfirmed = options.unconfirmed ?? [];
  return step.questions.every(
    (q) =>
      !unconfirmed.includes(q.id) &&
      validateQuestion(q, w.effective[q.id], lookup, options).length === 0,
  );
}

/**
 * The first step that still needs the person: an unanswered, invalid or unconfirmed page, or
 * the stop page, or check-your-answers when everything is done. Use it to resume a draft.
 */
export function firstIncompleteStep(
  definition: ServiceDefinition,
  answers: Answers,
  options: NavigationOptions = {},
): Step {
  const w = walk(definition, answers);
  for (const step of w.steps) {
    if (!stepComplete(w, step, options)) return toStep(step);
  }
  if (w.stop) return { kind: 'stop', id: w.stop.questionId, stop: w.stop.stop };
  return { kind: 'check-answers' };
}

/** Whether every step on the path is answered, valid and confirmed, and nothing stops it. */
export function isComplete(
  definition: ServiceDefinition,
  answers: Answers,
  options: NavigationOptions = {},
): boolean {
  return firstIncompleteStep(definition, answers, options).kind === 'check-answers';
}

/**
 * Where to go after the step `currentId` was answered. Normally the next step on the path,
 * then check-your-answers. With `returnTo: 'check-answers'` (a "Change" link), straight back to
 * check-your-answers, unless the change put new or unanswered pages on the path: those come
 * first. An eligibility answer that stops the application leads to the stop page.
 */
export function nextStep(
  definition: ServiceDefinition,
  answers: Answers,
  currentId: string,
  options: NavigationOptions = {},
): Step {
  const w = walk(definition, answers);
  const stop = w.stop
    ? ({ kind: 'stop', id: w.stop.questionId, stop: w.stop.stop } as const)
    : undefined;
  const index = w.steps.findIndex((s) => s.id === currentId);
  if (options.returnTo === 'check-answers') {
    const after = index === -1 ? w.steps : w.steps.slice(index + 1);
    const pending = after.find((s) => !stepComplete(w, s, options));
    if (pending) return toStep(pending);
    return stop ?? firstIncompleteStep(definition, answers, options);
  }
  if (index === -1) return firstIncompleteStep(definition, answers, options);
  const next = w.steps[index + 1];
  if (next) return toStep(next);
  return stop ?? { kind: 'check-answers' };
}

/**
 * Where the back link goes from `currentId`: the step before it on the path, or the start
 * page from the first one; check-your-answers when the person came from there.
 */
export function previousStep(
  definition: ServiceDefinition,
  answers: Answers,
  /** A step id, or `check-answers`. */
  currentId: string,
  options: Pick<NavigationOptions, 'returnTo'> = {},
): Step {
  if (options.returnTo === 'check-answers' && currentId !== 'check-answers') {
    return { kind: 'check-answers' };
  }
  const steps = walk(definition, answers).steps;
  if (currentId === 'check-answers') {
    const last = steps.at(-1);
    return last ? toStep(last) : { kind: 'start' };
  }
  const index = steps.findIndex((s) => s.id === currentId);
  const before = index > 0 ? steps[index - 1] : undefined;
  return before ? toStep(before) : { kind: 'start' };
}

/** Whether a step may be shown with these answers: it is on the path, or it is the stop. */
export function canVisit(definition: ServiceDefinition, answers: Answers, stepId: string): boolean {
  return flowPath(definition, answers).some((s) => 'id' in s && s.id === stepId);
}

/**
 * The answers that will be submitted: answers to visible questions on pages on the path,
 * without eligibility answers. Answers to pages that left the path stay in the draft (they
 * come back if the path does) but are never submitted.
 */
export function submittedAnswers(definition: ServiceDefinition, answers: Answers): Answers {
  const { effective } = walk(definition, answers);
  const out: Answers = {};
  for (const [id, value] of Object.entries(effective)) {
    if (!findEligibility(definition, id)) out[id] = value;
  }
  return out;
}

/** The pages a change takes off the path (their answers are no longer submitted). */
export function invalidatedPages(
  definition: ServiceDefinition,
  before: Answers,
  after: Answers,
): string[] {
  const now = new Set(pagesOnPath(definition, after));
  return pagesOnPath(definition, before).filter((id) => !now.has(id));
}

/** The pages a change puts on the path. */
export function addedPages(
  definition: ServiceDefinition,
  before: Answers,
  after: Answers,
): string[] {
  const then = new Set(pagesOnPath(definition, before));
  return pagesOnPath(definition, after).filter((id) => !then.has(id));
}

/** The outcome of answering one step. */
export interface SubmitResult {
  /** The new state: the step's answers replaced (normalised), its prefills confirmed if valid. */
  state: FlowState;
  /** Errors on the step; when there are any, `next` is the same step. */
  errors: FieldError[];
  next: Step;
  /** Pages taken off the path by this answer. */
  invalidated: string[];
  /** Pages put on the path by this answer. */
  added: string[];
}

/**
 * Records the answers to one step (raw values, e.g. from `parsePagePost`) and decides where to
 * go. Unknown fields are ignored; values are normalised; a field left out clears its answer.
 */
export function submitStep(
  definition: ServiceDefinition,
  state: FlowState,
  stepId: string,
  raw: Record<string, unknown>,
  options: NavigationOptions = {},
): SubmitResult {
  const answers: Answers = { ...state.answers };
  const eligibility = findEligibility(definition, stepId);
  const page = definition.pages.find((p) => p.id === stepId);
  const touched: string[] = [];
  if (eligibility) {
    const value = raw[eligibility.id];
    const text = typeof value === 'string' ? value.normalize('NFC').trim() : '';
    if (text) answers[eligibility.id] = text;
    else delete answers[eligibility.id];
    touched.push(eligibility.id);
  } else if (page) {
    for (const question of page.questions) {
      const value = normalizeAnswer(question, raw[question.id]);
      if (value === undefined) delete answers[question.id];
      else answers[question.id] = value;
      touched.push(question.id);
    }
  }
  const errors = eligibility || page ? stepErrors(definition, answers, stepId, options) : [];
  const unconfirmed =
    errors.length === 0
      ? state.unconfirmed.filter((id) => !touched.includes(id))
      : [...state.unconfirmed];
  const next: Step =
    errors.length > 0
      ? { kind: eligibility ? 'eligibility' : 'page', id: stepId }
      : nextStep(definition, answers, stepId, { ...options, unconfirmed });
  return {
    state: { answers, unconfirmed },
    errors,
    next,
    invalidated: invalidatedPages(definition, state.answers, answers),
    added: addedPages(definition, state.answers, answers),
  };
}

/** Adds an empty item to a repeating group (up to its maximum). */
export function addGroupItem(
  definition: ServiceDefinition,
  answers: Answers,
  groupId: string,
): Answers {
  const group = definition.pages.flatMap((p) => p.questions).find((q) => q.id === groupId);
  if (group?.type !== 'repeatingGroup') return answers;
  const items = Array.isArray(answers[groupId]) ? (answers[groupId] as GroupItem[]) : [];
  if (items.length >= group.maxItems) return answers;
  return { ...answers, [groupId]: [...items, {}] };
}

/** Replaces one item of a repeating group with new (raw) answers, normalised. */
export function changeGroupItem(
  definition: ServiceDefinition,
  answers: Answers,
  groupId: string,
  index: number,
  raw: Record<string, unknown>,
): Answers {
  const group = definition.pages.flatMap((p) => p.questions).find((q) => q.id === groupId);
  const items = Array.isArray(answers[groupId]) ? [...(answers[groupId] as GroupItem[])] : [];
  if (group?.type !== 'repeatingGroup' || index < 0 || index >= items.length) return answers;
  const normalised = normalizeAnswer(group, [raw]);
  const item = Array.isArray(normalised) ? (normalised[0] as GroupItem | undefined) : undefined;
  items[index] = item ?? {};
  return { ...answers, [groupId]: items };
}

/** Removes one item of a repeating group. */
export function removeGroupItem(answers: Answers, groupId: string, index: number): Answers {
  const value: AnswerValue | undefined = answers[groupId];
  if (!Array.isArray(value) || index < 0 || index >= value.length) return answers;
  const items = (value as GroupItem[]).filter((_, i) => i !== index);
  return { ...answers, [groupId]: items };
}
