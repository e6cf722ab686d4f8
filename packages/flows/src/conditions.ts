import { isRecord, type AnswerValue } from './answers.js';
import type { Condition } from './schema.js';

/** Whether a value counts as an answer: empty strings, lists and date or address parts do not. */
export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value !== '';
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.length > 0;
  if (isRecord(value)) return Object.values(value).some((v) => typeof v === 'string' && v !== '');
  return false;
}

function matches(value: AnswerValue | undefined, expected: string | number | boolean): boolean {
  const want = String(expected);
  if (Array.isArray(value)) return value.some((v) => typeof v === 'string' && v === want);
  if (typeof value === 'string' || typeof value === 'number') return String(value) === want;
  return false;
}

/**
 * Evaluates a condition. `lookup` returns the answer to a question id (inside a repeating group
 * it looks in the same item first, then in the whole application).
 */
export function evaluateCondition(
  condition: Condition | undefined,
  lookup: (questionId: string) => AnswerValue | undefined,
): boolean {
  if (!condition) return true;
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, lookup));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, lookup));
  if ('not' in condition) return !evaluateCondition(condition.not, lookup);
  const value = lookup(condition.question);
  if (condition.answered !== undefined) return isAnswered(value) === condition.answered;
  if (condition.equals !== undefined) return matches(value, condition.equals);
  if (condition.notEquals !== undefined) return !matches(value, condition.notEquals);
  if (condition.in !== undefined) return condition.in.some((v) => matches(value, v));
  return true;
}
