import {
  findEthnicGroup,
  validateCitizenId,
  validateDate,
  validateEmail,
  validateFullName,
  validatePhone,
  type MessageParams,
} from '@dvc/vn';
import {
  isRecord,
  type AnswerValue,
  type Answers,
  type DateValue,
  type GroupItem,
} from './answers.js';
import { isAnswered } from './conditions.js';
import { fieldName, itemFieldName } from './fields.js';
import { visibleItemQuestions } from './paths.js';
import type { EligibilityQuestion, Question, SimpleQuestion } from './schema.js';

/**
 * A refused answer. `code` is a machine code, never words: flow codes (`required`, `tooLong`,
 * `notAnOption`, ...) have messages at `flows:errors.<code>`, codes from @dvc/vn
 * (`citizenId.format`, ...) at `validation:<code>`; `messageKey` is the full key.
 */
export interface FieldError {
  /** The top-level question the error belongs to. */
  question: string;
  /** The form field to mark and link to from the error summary (its `name` and `id`). */
  field: string;
  code: string;
  source: 'flow' | 'vn';
  /** `flows:errors.required` or `validation:citizenId.format`. */
  messageKey: string;
  params?: MessageParams;
  /** For a repeating group: the item (from 0) and its sub-question. */
  item?: number;
  subQuestion?: string;
}

/** Every code the flow itself returns; each has a message at `flows:errors.<code>`. */
export const flowErrorCodes = [
  'required',
  'tooLong',
  'invalidFormat',
  'notANumber',
  'notAWholeNumber',
  'tooSmall',
  'tooLarge',
  'notAnOption',
  'tooFewSelected',
  'tooManySelected',
  'provinceRequired',
  'communeRequired',
  'communeNotInProvince',
  'streetRequired',
  'fileTypeNotAllowed',
  'fileTooLarge',
  'fileEmpty',
  'tooManyFiles',
  'tooFewItems',
  'tooManyItems',
] as const;
export type FlowErrorCode = (typeof flowErrorCodes)[number];

/** Looks up places and ethnic groups; the default checks the shape of the codes only. */
export interface ReferenceData {
  isProvince(code: string): boolean;
  isCommuneOf(provinceCode: string, communeCode: string): boolean;
  isEthnicGroup(code: string): boolean;
}

/**
 * The default: ethnic groups from @dvc/vn (54 groups and 55 for foreigners); places by the
 * shape of their codes only (2-digit province, 5-digit commune). A server that holds the
 * place list passes a `ReferenceData` that checks a commune belongs to its province.
 */
export const codeShapeReference: ReferenceData = {
  isProvince: (code) => /^\d{2}$/u.test(code),
  isCommuneOf: (province, commune) => /^\d{2}$/u.test(province) && /^\d{5}$/u.test(commune),
  isEthnicGroup: (code) => findEthnicGroup(code) !== undefined,
};

export interface ValidationContext {
  /** Today, for dates (in the future, ages). */
  today?: Date;
  reference?: ReferenceData;
}

type Where = Pick<FieldError, 'question' | 'item' | 'subQuestion'> & {
  name: (part?: string) => string;
};

function flowError(
  where: Where,
  code: FlowErrorCode,
  part?: string,
  params?: MessageParams,
): FieldError {
  const error: FieldError = {
    question: where.question,
    field: where.name(part),
    code,
    source: 'flow',
    messageKey: `flows:errors.${code}`,
  };
  if (params) error.params = params;
  if (where.item !== undefined) error.item = where.item;
  if (where.subQuestion !== undefined) error.subQuestion = where.subQuestion;
  return error;
}

function vnError(where: Where, code: string, part?: string, params?: MessageParams): FieldError {
  return {
    ...flowError(where, 'required', part, params),
    code,
    source: 'vn',
    messageKey: `validation:${code}`,
  };
}

function lengthOf(text: string): number {
  return [...text].length;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

function validateSimple(
  question: SimpleQuestion,
  value: AnswerValue | undefined,
  where: Where,
  context: ValidationContext,
): FieldError[] {
  const reference = context.reference ?? codeShapeReference;
  const firstPart =
    question.type === 'date'
      ? question.precision === 'full'
        ? 'day'
        : question.precision === 'month-year'
          ? 'month'
          : 'year'
      : question.type === 'address'
        ? 'province'
        : undefined;
  if (!isAnswered(value) || value === undefined) {
    return question.required ? [flowError(where, 'required', firstPart)] : [];
  }
  const text = typeof value === 'string' ? value : undefined;
  const expectText = () => [flowError(where, 'invalidFormat', firstPart)];
  switch (question.type) {
    case 'text':
    case 'textarea': {
      if (text === undefined) return expectText();
      if (lengthOf(text) > question.maxLength) {
        return [flowError(where, 'tooLong', undefined, { maxLength: question.maxLength })];
      }
      if (question.type === 'text' && question.pattern !== undefined) {
        if (!new RegExp(`^(?:${question.pattern})$`, 'u').test(text)) {
          return [flowError(where, 'invalidFormat')];
        }
      }
      return [];
    }
    case 'fullName': {
      if (text === undefined) return expectText();
      if (lengthOf(text) > question.maxLength) {
        return [flowError(where, 'tooLong', undefined, { maxLength: question.maxLength })];
      }
      const result = validateFullName(text, {
        maxLength: question.maxLength,
        uppercase: question.uppercase,
      });
      return result.ok ? [] : [vnError(where, result.code, undefined, result.params)];
    }
    case 'citizenId':
    case 'phone':
    case 'email': {
      if (text === undefined) return expectText();
      if (lengthOf(text) > 254) return [flowError(where, 'tooLong', undefined, { maxLength: 254 })];
      const result =
        question.type === 'citizenId'
          ? validateCitizenId(text, context.today ? { today: context.today } : {})
          : question.type === 'phone'
            ? validatePhone(text)
            : validateEmail(text);
      return result.ok ? [] : [vnError(where, result.code, undefined, result.params)];
    }
    case 'number': {
      if (typeof value !== 'number') return [flowError(where, 'notANumber')];
      if (question.integer && !Number.isInteger(value))
        return [flowError(where, 'notAWholeNumber')];
      if (question.min !== undefined && value < question.min) {
        return [flowError(where, 'tooSmall', undefined, { min: question.min })];
      }
      if (question.max !== undefined && value > question.max) {
        return [flowError(where, 'tooLarge', undefined, { max: question.max })];
      }
      return [];
    }
    case 'select':
    case 'radios':
      if (text === undefined || !question.options.some((o) => o.value === text)) {
        return [flowError(where, 'notAnOption')];
      }
      return [];
    case 'checkboxes': {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
        return [flowError(where, 'notAnOption')];
      }
      const chosen = value;
      if (!chosen.every((v) => question.options.some((o) => o.value === v))) {
        return [flowError(where, 'notAnOption')];
      }
      if (question.minSelected !== undefined && chosen.length < question.minSelected) {
        return [flowError(where, 'tooFewSelected', undefined, { min: question.minSelected })];
      }
      if (question.maxSelected !== undefined && chosen.length > question.maxSelected) {
        return [flowError(where, 'tooManySelected', undefined, { max: question.maxSelected })];
      }
      return [];
    }
    case 'ethnicGroup':
      return text !== undefined && reference.isEthnicGroup(text)
        ? []
        : [flowError(where, 'notAnOption')];
    case 'date': {
      if (!isRecord(value)) return expectText();
      const parts = value as DateValue;
      const options: Parameters<typeof validateDate>[1] = {
        precision: question.precision,
        notInFuture: question.notInFuture,
      };
      if (question.minAge !== undefined) options.minAge = question.minAge;
      if (question.maxAge !== undefined) options.maxAge = question.maxAge;
      if (context.today) options.today = context.today;
      const result = validateDate(parts, options);
      if (result.ok) return [];
      return [vnError(where, result.code, result.field ?? firstPart, result.params)];
    }
    case 'address': {
      if (!isRecord(value)) return expectText();
      const { province, commune, street } = value;
      const p = typeof province === 'string' ? province : '';
      const c = typeof commune === 'string' ? commune : '';
      const s = typeof street === 'string' ? street : '';
      if (!p) return [flowError(where, 'provinceRequired', 'province')];
      if (!reference.isProvince(p)) return [flowError(where, 'notAnOption', 'province')];
      if (!c) return [flowError(where, 'communeRequired', 'commune')];
      if (!reference.isCommuneOf(p, c))
        return [flowError(where, 'communeNotInProvince', 'commune')];
      if (question.street === 'required' && !s)
        return [flowError(where, 'streetRequired', 'street')];
      if (lengthOf(s) > question.maxLength) {
        return [flowError(where, 'tooLong', 'street', { maxLength: question.maxLength })];
      }
      return [];
    }
    case 'file': {
      if (!Array.isArray(value)) return expectText();
      const files = (value as unknown[]).filter(isRecord);
      if (files.length > question.maxFiles) {
        return [flowError(where, 'tooManyFiles', undefined, { max: question.maxFiles })];
      }
      for (const file of files) {
        const name = typeof file.name === 'string' ? file.name : '';
        const type = typeof file.type === 'string' ? file.type : '';
        const size = typeof file.size === 'number' ? file.size : Number.NaN;
        if (lengthOf(name) > 255)
          return [flowError(where, 'tooLong', undefined, { maxLength: 255 })];
        const accepted = question.accept.some((a) =>
          a.startsWith('.')
            ? extensionOf(name) === a.toLowerCase()
            : a.endsWith('/*')
              ? type.startsWith(a.slice(0, -1))
              : type === a,
        );
        if (!accepted) return [flowError(where, 'fileTypeNotAllowed', undefined, { name })];
        if (!Number.isFinite(size) || size > question.maxSizeBytes) {
          return [
            flowError(where, 'fileTooLarge', undefined, {
              name,
              maxMegabytes: Math.round((question.maxSizeBytes / 1048576) * 10) / 10,
            }),
          ];
        }
        if (size === 0) return [flowError(where, 'fileEmpty', undefined, { name })];
      }
      return [];
    }
  }
}

/**
 * Validates the answer to one question. `lookup` gives earlier answers, for the visibility of
 * sub-questions inside repeating-group items. Never throws.
 */
export function validateQuestion(
  question: Question,
  value: AnswerValue | undefined,
  lookup: (id: string) => AnswerValue | undefined = () => undefined,
  context: ValidationContext = {},
): FieldError[] {
  const top: Where = { question: question.id, name: (part) => fieldName(question.id, part) };
  if (question.type !== 'repeatingGroup') return validateSimple(question, value, top, context);
  const items = Array.isArray(value) ? value : [];
  if (value !== undefined && !Array.isArray(value)) return [flowError(top, 'invalidFormat')];
  if (items.length === 0 && question.required && question.minItems === 0) {
    return [flowError(top, 'required')];
  }
  if (items.length < question.minItems) {
    return [flowError(top, 'tooFewItems', undefined, { min: question.minItems })];
  }
  if (items.length > question.maxItems) {
    return [flowError(top, 'tooManyItems', undefined, { max: question.maxItems })];
  }
  const errors: FieldError[] = [];
  items.forEach((raw, index) => {
    const item: GroupItem = isRecord(raw) ? raw : {};
    for (const sub of visibleItemQuestions(question.questions, item, lookup)) {
      const where: Where = {
        question: question.id,
        item: index,
        subQuestion: sub.id,
        name: (part) => itemFieldName(question.id, index, sub.id, part),
      };
      errors.push(...validateSimple(sub, item[sub.id], where, context));
    }
  });
  return errors;
}

/** Validates the answer to an eligibility question: one of its options. */
export function validateEligibility(question: EligibilityQuestion, answers: Answers): FieldError[] {
  const where: Where = { question: question.id, name: (part) => fieldName(question.id, part) };
  const value = answers[question.id];
  if (typeof value !== 'string' || value === '') return [flowError(where, 'required')];
  return question.options.some((o) => o.value === value) ? [] : [flowError(where, 'notAnOption')];
}
