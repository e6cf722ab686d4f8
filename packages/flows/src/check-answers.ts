import { findEthnicGroup } from '@dvc/vn';
import { isRecord, type AnswerValue, type Answers, type GroupItem } from './answers.js';
import { evaluateCondition } from './conditions.js';
import { fieldName } from './fields.js';
import { visibleItemQuestions, walk } from './paths.js';
import type {
  DocumentItem,
  LocalText,
  Question,
  ServiceDefinition,
  SimpleQuestion,
} from './schema.js';

/** The languages definitions are written in. */
export type FlowLocale = 'vi' | 'en';

/** Names for codes the definition does not hold (places, ethnic groups); codes are shown otherwise. */
export interface DisplayNames {
  province?(code: string, locale: FlowLocale): string | undefined;
  commune?(code: string, locale: FlowLocale): string | undefined;
  ethnicGroup?(code: string, locale: FlowLocale): string | undefined;
}

export function localText(text: LocalText, locale: FlowLocale): string {
  return text[locale];
}

function pad2(text: string): string {
  return /^\d$/u.test(text) ? `0${text}` : text;
}

function formatBytes(size: number, locale: FlowLocale): string {
  const mb = size / 1048576;
  const n = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    maximumFractionDigits: 1,
  });
  return mb >= 1 ? `${n.format(mb)} MB` : `${n.format(size / 1024)} KB`;
}

/** The answer as a person reads it, in one line (or a few for a textarea). */
export function displaySimple(
  question: SimpleQuestion,
  value: AnswerValue | undefined,
  locale: FlowLocale,
  names: DisplayNames = {},
): string {
  if (value === undefined) return '';
  switch (question.type) {
    case 'select':
    case 'radios': {
      const option = question.options.find((o) => o.value === value);
      return option ? option.label[locale] : typeof value === 'string' ? value : '';
    }
    case 'checkboxes':
      return (Array.isArray(value) ? value : [])
        .map((v) =>
          typeof v === 'string'
            ? (question.options.find((o) => o.value === v)?.label[locale] ?? v)
            : '',
        )
        .join(', ');
    case 'ethnicGroup':
      return typeof value === 'string'
        ? (names.ethnicGroup?.(value, locale) ?? findEthnicGroup(value)?.name ?? value)
        : '';
    case 'date': {
      if (!isRecord(value)) return '';
      const parts = [value.day, value.month, value.year]
        .filter((p): p is string => typeof p === 'string' && p !== '')
        .map(pad2);
      return parts.join('/');
    }
    case 'address': {
      if (!isRecord(value)) return '';
      const { province, commune, street } = value as Record<string, string>;
      return [
        street,
        commune ? (names.commune?.(commune, locale) ?? commune) : '',
        province ? (names.province?.(province, locale) ?? province) : '',
      ]
        .filter(Boolean)
        .join(', ');
    }
    case 'file':
      return (Array.isArray(value) ? (value as unknown[]) : [])
        .filter(isRecord)
        .map((f) => `${String(f.name)} (${formatBytes(Number(f.size), locale)})`)
        .join(', ');
    case 'number': {
      const n = typeof value === 'number' ? value : Number.NaN;
      const text = Number.isFinite(n)
        ? new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB').format(n)
        : typeof value === 'string'
          ? value
          : '';
      return question.suffix ? `${text} ${question.suffix[locale]}` : text;
    }
    default:
      return typeof value === 'string' ? value : '';
  }
}

/** A row of check-your-answers: one per question whose answer will be submitted. */
export interface CheckAnswersRow {
  pageId: string;
  questionId: string;
  label: string;
  /** The answer as lines: one line for most, one per item for a repeating group. */
  value: string[];
  /**
   * What the "Change" link needs: go to `pageId` with `returnTo=check-answers`, and focus
   * `fieldId` (use it as the URL fragment).
   */
  change: { pageId: string; fieldId: string; returnTo: 'check-answers' };
}

function displayItem(
  group: Question & { type: 'repeatingGroup' },
  item: GroupItem,
  index: number,
  locale: FlowLocale,
  names: DisplayNames,
  outer: (id: string) => AnswerValue | undefined,
): string {
  const parts = visibleItemQuestions(group.questions, item, outer)
    .filter((sub) => item[sub.id] !== undefined)
    .map((sub) => displaySimple(sub, item[sub.id], locale, names));
  return `${group.itemLabel[locale]} ${String(index + 1)}: ${parts.join(', ')}`;
}

/**
 * The check-your-answers model: a row for every answer that will be submitted (visible
 * questions on pages on the path), in page order, with what each "Change" link needs.
 */
export function checkAnswers(
  definition: ServiceDefinition,
  answers: Answers,
  locale: FlowLocale = 'vi',
  names: DisplayNames = {},
): CheckAnswersRow[] {
  const w = walk(definition, answers);
  const lookup = (id: string) => w.effective[id];
  const rows: CheckAnswersRow[] = [];
  for (const step of w.steps) {
    if (step.kind !== 'page') continue;
    for (const question of step.questions) {
      const value = w.effective[question.id];
      if (value === undefined) continue;
      const lines =
        question.type === 'repeatingGroup'
          ? (value as GroupItem[]).map((item, i) =>
              displayItem(question, item, i, locale, names, lookup),
            )
          : displaySimple(question, value, locale, names).split('\n');
      const firstField =
        question.type === 'date'
          ? fieldName(
              question.id,
              question.precision === 'full'
                ? 'day'
                : question.precision === 'month-year'
                  ? 'month'
                  : 'year',
            )
          : question.type === 'address'
            ? fieldName(question.id, 'province')
            : question.id;
      rows.push({
        pageId: step.id,
        questionId: question.id,
        label: (question.summaryLabel ?? question.label)[locale],
        value: lines,
        change: { pageId: step.id, fieldId: firstField, returnTo: 'check-answers' },
      });
    }
  }
  return rows;
}

/** The documents this person needs, given their answers (documents with conditions included only when they hold). */
export function documentsNeeded(definition: ServiceDefinition, answers: Answers): DocumentItem[] {
  const { effective } = walk(definition, answers);
  return definition.documents.filter((d) => evaluateCondition(d.showIf, (id) => effective[id]));
}

/** What was agreed on the declaration page, to store with the application. */
export interface DeclarationRecord {
  version: string;
  /** Purpose id -> whether the person consented. */
  consents: Record<string, boolean>;
  /** ISO 8601. */
  at: string;
}

/**
 * Checks the consents ticked on the declaration page: every required purpose must be ticked
 * (nothing is pre-ticked; ticking is the affirmative act). Unknown purposes are ignored.
 */
export function acceptDeclaration(
  definition: ServiceDefinition,
  ticked: readonly string[],
  now: Date = new Date(),
): { ok: true; record: DeclarationRecord } | { ok: false; missing: string[] } {
  const { purposes, version } = definition.declaration;
  const missing = purposes.filter((p) => p.required && !ticked.includes(p.id)).map((p) => p.id);
  if (missing.length > 0) return { ok: false, missing };
  const consents = Object.fromEntries(purposes.map((p) => [p.id, ticked.includes(p.id)]));
  return { ok: true, record: { version, consents, at: now.toISOString() } };
}
