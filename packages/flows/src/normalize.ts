import {
  normalizeText,
  validateCitizenId,
  validateEmail,
  validateFullName,
  validatePhone,
} from '@dvc/vn';
import {
  isRecord,
  type AddressValue,
  type AnswerValue,
  type Answers,
  type DateValue,
  type FileMeta,
  type GroupItem,
  type SimpleAnswer,
} from './answers.js';
import { allQuestions } from './paths.js';
import type { Question, ServiceDefinition, SimpleQuestion } from './schema.js';

/**
 * No single value is kept longer than this many characters, whatever the question allows:
 * longer input is cut here and then refused by validation with `tooLong`.
 */
export const HARD_LENGTH_CAP = 10_000;
/** No list (checkboxes, files, group items) is kept longer than this. */
export const HARD_LIST_CAP = 100;

/** NFC, trimmed, inner white space collapsed: for every single-line field. */
export function cleanLine(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return '';
  return normalizeText(value.slice(0, HARD_LENGTH_CAP + 1));
}

/** NFC, trimmed, line breaks kept (at most one blank line), spaces collapsed inside lines. */
export function cleanBlock(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value
    .slice(0, HARD_LENGTH_CAP + 1)
    .normalize('NFC')
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/gu, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

/** Reads a number as people type it in Vietnam (1.234.567,5) or plainly (1234567.5). */
export function parseNumber(text: string): number | undefined {
  const compact = text.replace(/\s/gu, '');
  let plain: string;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/u.test(compact)) {
    plain = compact.replace(/\./gu, '').replace(',', '.');
  } else if (/^-?\d+(,\d+)?$/u.test(compact)) {
    plain = compact.replace(',', '.');
  } else if (/^-?\d+(\.\d+)?$/u.test(compact)) {
    plain = compact;
  } else {
    return undefined;
  }
  const n = Number(plain);
  return Number.isFinite(n) ? n : undefined;
}

function normalizeDate(raw: unknown, precision: 'full' | 'month-year' | 'year'): DateValue {
  let parts: Record<string, unknown> = {};
  if (typeof raw === 'string') {
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(raw.trim());
    const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(raw.trim());
    if (iso) parts = { year: iso[1], month: iso[2], day: iso[3] };
    else if (dmy) parts = { day: dmy[1], month: dmy[2], year: dmy[3] };
    else if (/^\d{4}$/u.test(raw.trim())) parts = { year: raw.trim() };
  } else if (isRecord(raw)) {
    parts = raw;
  }
  const date: DateValue = {};
  const year = cleanLine(parts.year).replace(/\s/gu, '');
  const month = cleanLine(parts.month).replace(/\s/gu, '');
  const day = cleanLine(parts.day).replace(/\s/gu, '');
  if (precision === 'full' && day) date.day = day.slice(0, 10);
  if (precision !== 'year' && month) date.month = month.slice(0, 10);
  if (year) date.year = year.slice(0, 10);
  return date;
}

function normalizeFiles(raw: unknown): FileMeta[] {
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const files: FileMeta[] = [];
  for (const item of list.slice(0, HARD_LIST_CAP)) {
    if (!isRecord(item)) continue;
    const name = cleanLine(item.name);
    const size = typeof item.size === 'number' ? item.size : Number(item.size);
    if (!name || !Number.isFinite(size) || size < 0) continue;
    const file: FileMeta = { name, type: cleanLine(item.type).toLowerCase(), size };
    if (typeof item.id === 'string' && item.id) file.id = cleanLine(item.id);
    files.push(file);
  }
  return files;
}

function upper(text: string, on: boolean): string {
  return on ? text.toLocaleUpperCase('vi') : text;
}

/**
 * Normalises one answer for a question that is not a group. Returns `undefined` when nothing
 * was answered. Never throws, whatever the input.
 */
export function normalizeSimpleAnswer(
  question: SimpleQuestion,
  raw: unknown,
): SimpleAnswer | undefined {
  let value: SimpleAnswer;
  switch (question.type) {
    case 'text':
      value = upper(cleanLine(raw), question.uppercase);
      break;
    case 'fullName': {
      // A valid name is stored as @dvc/vn writes it (straight apostrophes, capitals if asked);
      // an invalid one as typed, so the person sees what they wrote beside the error.
      const text = upper(cleanLine(raw), question.uppercase);
      const result = validateFullName(text, {
        uppercase: question.uppercase,
        maxLength: HARD_LENGTH_CAP,
      });
      value = result.ok ? result.value : text;
      break;
    }
    case 'citizenId':
    case 'phone':
    case 'email': {
      // Stored in canonical form when valid: digits only, 0xxxxxxxxx, lower-case domain.
      const text = cleanLine(raw);
      const validate =
        question.type === 'citizenId'
          ? validateCitizenId
          : question.type === 'phone'
            ? validatePhone
            : validateEmail;
      const result = text.length <= 254 ? validate(text) : undefined;
      value = result?.ok ? result.value : text;
      break;
    }
    case 'select':
    case 'radios':
    case 'ethnicGroup':
      value = cleanLine(raw);
      break;
    case 'textarea':
      value = cleanBlock(raw);
      break;
    case 'number': {
      if (typeof raw === 'number') {
        if (!Number.isFinite(raw)) return undefined;
        value = raw;
        break;
      }
      const text = cleanLine(raw);
      value = text === '' ? '' : (parseNumber(text) ?? text);
      break;
    }
    case 'checkboxes': {
      const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
      const seen = new Set<string>();
      for (const item of list.slice(0, HARD_LIST_CAP)) {
        const v = cleanLine(item);
        if (v) seen.add(v);
      }
      value = [...seen];
      break;
    }
    case 'date':
      value = normalizeDate(raw, question.precision);
      break;
    case 'address': {
      const parts = isRecord(raw) ? raw : {};
      const address: AddressValue = {
        province: cleanLine(parts.province),
        commune: cleanLine(parts.commune),
        street: question.street === 'none' ? '' : cleanLine(parts.street),
      };
      value = address;
      break;
    }
    case 'file':
      value = normalizeFiles(raw);
      break;
  }
  return isAnsweredValue(value) ? value : undefined;
}

function isAnsweredValue(value: SimpleAnswer): boolean {
  if (typeof value === 'string') return value !== '';
  if (typeof value === 'number') return true;
  if (Array.isArray(value)) return value.length > 0;
  return Object.values(value).some((v) => typeof v === 'string' && v !== '');
}

/** Normalises one item of a repeating group; unknown sub-fields are ignored. */
export function normalizeGroupItem(questions: readonly SimpleQuestion[], raw: unknown): GroupItem {
  const source = isRecord(raw) ? raw : {};
  const item: GroupItem = {};
  for (const sub of questions) {
    if (!Object.hasOwn(source, sub.id)) continue;
    const value = normalizeSimpleAnswer(sub, source[sub.id]);
    if (value !== undefined) item[sub.id] = value;
  }
  return item;
}

/** Normalises an answer to any question; `undefined` when nothing was answered. */
export function normalizeAnswer(question: Question, raw: unknown): AnswerValue | undefined {
  if (question.type !== 'repeatingGroup') return normalizeSimpleAnswer(question, raw);
  if (!Array.isArray(raw)) return undefined;
  const items = raw
    .slice(0, HARD_LIST_CAP)
    .map((item) => normalizeGroupItem(question.questions, item));
  return items;
}

/**
 * Normalises answers for a whole service: NFC, trimmed, collapsed white space on single-line
 * fields; answers to unknown ids are dropped; eligibility answers kept when they are options.
 */
export function normalizeAnswers(definition: ServiceDefinition, raw: unknown): Answers {
  const source = isRecord(raw) ? raw : {};
  const answers: Answers = {};
  for (const question of definition.eligibility) {
    if (!Object.hasOwn(source, question.id)) continue;
    const value = cleanLine(source[question.id]);
    if (value) answers[question.id] = value;
  }
  for (const question of allQuestions(definition)) {
    if (!Object.hasOwn(source, question.id)) continue;
    const value = normalizeAnswer(question, source[question.id]);
    if (value !== undefined) answers[question.id] = value;
  }
  return answers;
}
