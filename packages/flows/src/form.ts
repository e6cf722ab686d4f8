import { actionField, addressParts, dateParts, fieldName } from './fields.js';
import { normalizeAnswer } from './normalize.js';
import { findEligibility } from './paths.js';
import type { Question, ServiceDefinition, SimpleQuestion } from './schema.js';
import type { AnswerValue } from './answers.js';

/** A form post: `URLSearchParams`, `FormData`, or any list of name/value pairs. */
export type FormEntries = Iterable<readonly [string, unknown]>;

/** A file in a form post, as `FormData` gives it (a `File`), or its metadata. */
interface FileLike {
  name: string;
  type: string;
  size: number;
}

function isFileLike(value: unknown): value is FileLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FileLike).name === 'string' &&
    typeof (value as FileLike).size === 'number'
  );
}

/** A button that changes a repeating group, posted without JavaScript. */
export type GroupAction =
  { type: 'add'; group: string } | { type: 'remove'; group: string; index: number };

/** The old address typed into an address question's helper (before the 2025 merger). */
export interface OldAddressQuery {
  province: string;
  district: string;
  ward: string;
}

/**
 * A button of an address question pressed without JavaScript: "Chọn" (`reload`, list the chosen
 * province's communes) or "Tìm địa chỉ mới" (`map-old`, map the old address typed in the helper).
 * Neither is an answer yet: the server shows the page again instead of checking it.
 */
export type AddressAction =
  | { type: 'reload'; question: string }
  | { type: 'map-old'; question: string; old: OldAddressQuery };

export interface ParsedPost {
  /** Typed, normalised answers for the step's questions; a question left empty is absent. */
  answers: Record<string, AnswerValue>;
  /** Which "add" or "remove" button was pressed, if any. */
  action?: GroupAction;
  /** Whether the post came from check-your-answers' "Change" (a `returnTo` field). */
  returnTo?: 'check-answers';
  /** Which address button was pressed, if any (see `AddressAction`). */
  address?: AddressAction;
}

/** Collects entries by name; repeated names (checkboxes, files) keep every value. */
function collect(entries: FormEntries): Map<string, unknown[]> {
  const map = new Map<string, unknown[]>();
  let count = 0;
  for (const entry of entries) {
    if (++count > 2000) break; // a real page never has this many fields
    const [name, value] = entry;
    if (typeof name !== 'string') continue;
    const list = map.get(name);
    if (list) list.push(value);
    else map.set(name, [value]);
  }
  return map;
}

function rawFor(question: SimpleQuestion, prefix: string, fields: Map<string, unknown[]>): unknown {
  const name = prefix + question.id;
  const first = (n: string) => {
    const v = fields.get(n)?.[0];
    return typeof v === 'string' ? v : undefined;
  };
  switch (question.type) {
    case 'checkboxes':
      return (fields.get(name) ?? []).filter((v) => typeof v === 'string');
    case 'date':
      return Object.fromEntries(dateParts.map((p) => [p, first(fieldName(name, p)) ?? '']));
    case 'address':
      // `ho-ten-province` from older pages, `ho-ten.province` from the AddressPicker.
      return Object.fromEntries(
        addressParts.map((p) => [p, first(fieldName(name, p)) ?? first(`${name}.${p}`) ?? '']),
      );
    case 'file':
      // A file input with nothing chosen posts an empty, nameless file: skip it.
      return (fields.get(name) ?? [])
        .filter(isFileLike)
        .filter((f) => f.name !== '' || f.size > 0)
        .map((f) => ({ name: f.name, type: f.type, size: f.size }));
    default:
      return first(name);
  }
}

function rawGroup(question: Question & { type: 'repeatingGroup' }, fields: Map<string, unknown[]>) {
  const pattern = new RegExp(`^${question.id}\\[(\\d{1,3})\\]\\.`, 'u');
  let count = 0;
  for (const name of fields.keys()) {
    const match = pattern.exec(name);
    if (match) count = Math.max(count, Number(match[1]) + 1);
  }
  count = Math.min(count, question.maxItems + 1);
  const items: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const prefix = `${question.id}[${String(i)}].`;
    const item: Record<string, unknown> = {};
    for (const sub of question.questions) item[sub.id] = rawFor(sub, prefix, fields);
    items.push(item);
  }
  return items;
}

function parseAction(value: unknown): GroupAction | undefined {
  if (typeof value !== 'string') return undefined;
  const add = /^add:([a-z0-9-]+)$/u.exec(value);
  if (add?.[1]) return { type: 'add', group: add[1] };
  const remove = /^remove:([a-z0-9-]+):(\d{1,3})$/u.exec(value);
  if (remove?.[1] && remove[2])
    return { type: 'remove', group: remove[1], index: Number(remove[2]) };
  return undefined;
}

/**
 * Parses a plain HTML form post for one step into typed, normalised answers, exactly as the
 * server and the browser both decide: `ngay-sinh-day`/`-month`/`-year` become a date, repeated
 * checkbox values a list, `thanh-vien[0].ho-ten` group items, files their metadata. Fields that
 * do not belong to the step are ignored.
 */
export function parsePagePost(
  definition: ServiceDefinition,
  stepId: string,
  entries: FormEntries,
): ParsedPost {
  const fields = collect(entries);
  const answers: Record<string, AnswerValue> = {};
  const eligibility = findEligibility(definition, stepId);
  if (eligibility) {
    const value = fields.get(eligibility.id)?.[0];
    if (typeof value === 'string' && value.trim())
      answers[eligibility.id] = value.normalize('NFC').trim();
  }
  const page = eligibility ? undefined : definition.pages.find((p) => p.id === stepId);
  for (const question of page?.questions ?? []) {
    const raw =
      question.type === 'repeatingGroup'
        ? rawGroup(question, fields)
        : rawFor(question, '', fields);
    const value = normalizeAnswer(question, raw);
    if (value !== undefined) answers[question.id] = value;
  }
  const parsed: ParsedPost = { answers };
  const action = parseAction(fields.get(actionField)?.[0]);
  if (action && page?.questions.some((q) => q.id === action.group && q.type === 'repeatingGroup')) {
    parsed.action = action;
  }
  if (fields.get('returnTo')?.[0] === 'check-answers') parsed.returnTo = 'check-answers';
  const address = parseAddressAction(page?.questions ?? [], fields);
  if (address && !parsed.action) parsed.address = address;
  return parsed;
}

function parseAddressAction(
  questions: readonly Question[],
  fields: Map<string, unknown[]>,
): AddressAction | undefined {
  const text = (name: string) => {
    const v = fields.get(name)?.[0];
    return typeof v === 'string' ? v.normalize('NFC').trim().slice(0, 200) : '';
  };
  for (const question of questions) {
    const names =
      question.type === 'address'
        ? [question.id]
        : question.type === 'repeatingGroup'
          ? question.questions
              .filter((sub) => sub.type === 'address')
              .flatMap((sub) =>
                Array.from(
                  { length: question.maxItems },
                  (_, i) => `${question.id}[${String(i)}].${sub.id}`,
                ),
              )
          : [];
    for (const name of names) {
      const action = text(`${name}.action`);
      if (action === 'reload') return { type: 'reload', question: question.id };
      if (action === 'map-old' && question.type === 'address') {
        return {
          type: 'map-old',
          question: question.id,
          old: {
            province: text(`${name}.oldProvince`),
            district: text(`${name}.oldDistrict`),
            ward: text(`${name}.oldWard`),
          },
        };
      }
    }
  }
  return undefined;
}

/** A new commune an old address maps to (what `mapOldAddress` of `@dvc/vn/places-full` returns). */
export interface MappedCommune {
  code: string;
  provinceCode: string;
}

/**
 * Applies an address helper post on the server: the old address is mapped with `map` (in a
 * portal, `mapOldAddress` from `@dvc/vn/places-full`, which stays on the server) and the first
 * new commune fills the question's province and commune, keeping the street typed. Returns the
 * page's answers to show again, and the commune found (`undefined` when nothing matched).
 */
export function applyOldAddress(
  answers: Record<string, AnswerValue>,
  action: AddressAction & { type: 'map-old' },
  map: (old: OldAddressQuery) => readonly MappedCommune[],
): { answers: Record<string, AnswerValue>; found: MappedCommune | undefined } {
  const found =
    action.old.ward === '' && action.old.district === '' ? undefined : map(action.old)[0];
  if (!found) return { answers, found };
  const current = answers[action.question];
  const street =
    typeof current === 'object' && current !== null && !Array.isArray(current)
      ? (current as { street?: string }).street
      : undefined;
  return {
    answers: {
      ...answers,
      [action.question]: {
        province: found.provinceCode,
        commune: found.code,
        street: street ?? '',
      },
    },
    found,
  };
}

function simpleEntries(
  question: SimpleQuestion,
  name: string,
  value: unknown,
  keepEmpty = false,
): [string, string][] {
  if (value === undefined && !keepEmpty) return [];
  switch (question.type) {
    case 'checkboxes':
      return (Array.isArray(value) ? value : []).map((v) => [name, String(v)]);
    case 'date':
    case 'address': {
      const parts = question.type === 'date' ? dateParts : addressParts;
      const record =
        typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
      return parts.map((p) => [fieldName(name, p), typeof record[p] === 'string' ? record[p] : '']);
    }
    case 'file':
      return []; // files travel as uploads, not as text fields
    default:
      if (typeof value === 'string' || typeof value === 'number') return [[name, String(value)]];
      return keepEmpty ? [[name, '']] : [];
  }
}

/**
 * The form fields that show these answers on a step: what a server-rendered page puts in its
 * inputs, and what a browser posts back. `parsePagePost` reads them back to the same answers
 * (files excepted: they travel as uploads).
 */
export function answersToEntries(
  definition: ServiceDefinition,
  stepId: string,
  answers: Record<string, unknown>,
): [string, string][] {
  const eligibility = findEligibility(definition, stepId);
  if (eligibility) {
    const value = answers[eligibility.id];
    return typeof value === 'string' ? [[eligibility.id, value]] : [];
  }
  const page = definition.pages.find((p) => p.id === stepId);
  const entries: [string, string][] = [];
  for (const question of page?.questions ?? []) {
    const value = answers[question.id];
    if (question.type !== 'repeatingGroup') {
      entries.push(...simpleEntries(question, question.id, value));
      continue;
    }
    (Array.isArray(value) ? value : []).forEach((item: unknown, index) => {
      const record =
        typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
      for (const sub of question.questions) {
        // Every field of an item is written, so that an item still empty stays an item.
        const name = `${question.id}[${String(index)}].${sub.id}`;
        entries.push(...simpleEntries(sub, name, record[sub.id], true));
      }
    });
  }
  return entries;
}
