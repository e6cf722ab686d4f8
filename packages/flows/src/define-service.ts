import type { z } from 'zod';
import {
  serviceDefinitionSchema,
  type Condition,
  type Page,
  type Question,
  type ServiceDefinition,
  type ServiceDefinitionInput,
} from './schema.js';

export type { ServiceDefinition, ServiceDefinitionInput } from './schema.js';

/** Thrown when a service definition is broken, with a message that says where. */
export class ServiceDefinitionError extends Error {
  override name = 'ServiceDefinitionError';
  /** Every problem found, each starting with where it is. */
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.problems = problems;
  }
}

type Raw = Record<string, unknown>;

function idOf(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null && 'id' in value) {
    const id = (value as Raw).id;
    return typeof id === 'string' ? id : undefined;
  }
  return undefined;
}

/** Turns a zod issue path into `page "x", question "y", field "maxLength"` using the raw ids. */
function describePath(input: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let node: unknown = input;
  let field: string[] = [];
  const names: Record<string, string> = {
    pages: 'page',
    questions: 'question',
    eligibility: 'eligibility question',
    documents: 'document',
    purposes: 'purpose',
    options: 'option',
  };
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = node !== null && typeof node === 'object' ? (node as Raw)[String(key)] : undefined;
    const kind = typeof key === 'string' ? names[key] : undefined;
    const index = path[i + 1];
    if (kind && typeof index === 'number') {
      const item = Array.isArray(next) ? (next as unknown[])[index] : undefined;
      const label = kind === 'option' ? (item as Raw | undefined)?.value : idOf(item);
      // A bare question standing as a page is both: name it a question.
      const isBareQuestion =
        kind === 'page' && item !== null && typeof item === 'object' && 'type' in item;
      // Questions inside a repeating group are "item questions".
      const inGroup = kind === 'question' && parts.at(-1)?.startsWith('question ') === true;
      parts.push(
        `${isBareQuestion ? 'question' : inGroup ? 'item question' : kind} ${typeof label === 'string' ? `"${label}"` : `#${String(index + 1)}`}`,
      );
      field = [];
      node = item;
      i++;
      continue;
    }
    field.push(String(key));
    node = next;
  }
  if (field.length > 0) parts.push(`field "${field.join('.')}"`);
  return parts.join(', ');
}

/**
 * A failed union (a page that is either a page or a bare question) reports "Invalid input";
 * report instead the issues of the branch that came closest (the fewest issues).
 */
function expandUnion(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const best = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
  if (best.length === 0) return [issue];
  return best.flatMap((inner) => expandUnion({ ...inner, path: [...issue.path, ...inner.path] }));
}

function toPage(entry: Page | Question): Page {
  if ('type' in entry) return { id: entry.id, questions: [entry] };
  return entry;
}

function conditionRefs(condition: Condition, out: string[] = []): string[] {
  if ('all' in condition) condition.all.forEach((c) => conditionRefs(c, out));
  else if ('any' in condition) condition.any.forEach((c) => conditionRefs(c, out));
  else if ('not' in condition) conditionRefs(condition.not, out);
  else out.push(condition.question);
  return out;
}

function conditionTests(
  condition: Condition,
  out: Extract<Condition, { question: string }>[] = [],
) {
  if ('all' in condition) condition.all.forEach((c) => conditionTests(c, out));
  else if ('any' in condition) condition.any.forEach((c) => conditionTests(c, out));
  else if ('not' in condition) conditionTests(condition.not, out);
  else out.push(condition);
  return out;
}

const prefillTypes: Record<string, readonly string[]> = {
  fullName: ['fullName', 'text'],
  dateOfBirth: ['date'],
  citizenId: ['citizenId'],
  address: ['address'],
  phone: ['phone'],
  email: ['email'],
  sex: ['radios', 'select'],
};

/** Options by id for questions that have them: conditions are checked against them. */
type Known = Map<string, { options?: readonly string[] }>;

function checkCondition(
  where: string,
  condition: Condition | undefined,
  known: Known,
  problems: string[],
) {
  if (!condition) return;
  for (const ref of conditionRefs(condition)) {
    if (!known.has(ref)) {
      problems.push(`${where}: condition refers to "${ref}", which is not an earlier question`);
    }
  }
  for (const test of conditionTests(condition)) {
    const options = known.get(test.question)?.options;
    if (!options) continue;
    const values = [test.equals, test.notEquals, ...(test.in ?? [])].filter((v) => v !== undefined);
    for (const value of values) {
      if (!options.includes(String(value))) {
        problems.push(
          `${where}: condition compares "${test.question}" with "${String(value)}", which is not one of its options (${options.join(', ')})`,
        );
      }
    }
  }
}

function checkQuestion(
  where: string,
  question: Question | Exclude<Question, { type: 'repeatingGroup' }>,
  problems: string[],
) {
  if ('options' in question) {
    const values = question.options.map((o) => o.value);
    const duplicate = values.find((v, i) => values.indexOf(v) !== i);
    if (duplicate) problems.push(`${where}: option "${duplicate}" appears twice`);
  }
  switch (question.type) {
    case 'text':
      if (question.pattern !== undefined) {
        try {
          new RegExp(question.pattern, 'u');
        } catch {
          problems.push(
            `${where}: pattern "${question.pattern}" is not a valid regular expression`,
          );
        }
      }
      break;
    case 'date':
      if (
        question.minAge !== undefined &&
        question.maxAge !== undefined &&
        question.minAge > question.maxAge
      ) {
        problems.push(`${where}: minAge is greater than maxAge`);
      }
      break;
    case 'number':
      if (question.min !== undefined && question.max !== undefined && question.min > question.max) {
        problems.push(`${where}: min is greater than max`);
      }
      break;
    case 'checkboxes':
      if ((question.minSelected ?? 0) > (question.maxSelected ?? question.options.length)) {
        problems.push(`${where}: minSelected is greater than maxSelected`);
      }
      if ((question.minSelected ?? 0) > question.options.length) {
        problems.push(`${where}: minSelected is greater than the number of options`);
      }
      break;
    case 'repeatingGroup':
      if (question.minItems > question.maxItems) {
        problems.push(`${where}: minItems is greater than maxItems`);
      }
      break;
    default:
      break;
  }
  if (question.prefill) {
    const fits = prefillTypes[question.prefill] ?? [];
    if (!fits.includes(question.type)) {
      problems.push(
        `${where}: prefill "${question.prefill}" cannot fill a "${question.type}" question (use ${fits.join(' or ')})`,
      );
    } else if (question.prefill === 'sex' && 'options' in question) {
      const values = question.options.map((o) => o.value);
      if (!values.includes('nam') || !values.includes('nu')) {
        problems.push(`${where}: prefill "sex" needs the options "nam" and "nu"`);
      }
    }
  }
}

/**
 * Checks a service definition at run time and returns it with defaults filled in and every
 * page in page form (a bare question becomes a page of its own). Throws a
 * `ServiceDefinitionError` listing every problem, each saying where it is:
 * `Service "dang-ky-khai-sinh", page "cha-me", question "ho-ten-cha": ...`.
 */
export function defineService(input: ServiceDefinitionInput): ServiceDefinition {
  const serviceId = idOf(input);
  const head = `Service ${serviceId ? `"${serviceId}"` : '(no id)'}`;
  const parsed = serviceDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    throw new ServiceDefinitionError(
      parsed.error.issues.flatMap(expandUnion).map((issue) => {
        const where = describePath(input, issue.path);
        return `${head}${where ? `, ${where}` : ''}: ${issue.message}`;
      }),
    );
  }
  const { pages: rawPages, ...rest } = parsed.data;
  const definition: ServiceDefinition = { ...rest, pages: rawPages.map(toPage) };

  const problems: string[] = [];
  const known: Known = new Map();
  const ids = new Map<string, string>();
  const claim = (id: string, where: string) => {
    const earlier = ids.get(id);
    if (earlier) problems.push(`${where}: id "${id}" is already used by ${earlier}`);
    else ids.set(id, where.slice(head.length + 2));
  };

  for (const question of definition.eligibility) {
    const where = `${head}, eligibility question "${question.id}"`;
    claim(question.id, where);
    checkCondition(where, question.showIf, known, problems);
    known.set(question.id, { options: question.options.map((o) => o.value) });
  }
  const pageIds = new Set<string>();
  for (const page of definition.pages) {
    const pageWhere = `${head}, page "${page.id}"`;
    if (pageIds.has(page.id)) problems.push(`${pageWhere}: page id "${page.id}" is used twice`);
    if (definition.eligibility.some((q) => q.id === page.id)) {
      problems.push(`${pageWhere}: page id "${page.id}" is already an eligibility question's id`);
    }
    pageIds.add(page.id);
    checkCondition(pageWhere, page.showIf, known, problems);
    for (const question of page.questions) {
      const where =
        page.questions.length === 1 && page.id === question.id
          ? `${head}, question "${question.id}"`
          : `${pageWhere}, question "${question.id}"`;
      claim(question.id, where);
      checkCondition(where, question.showIf, known, problems);
      checkQuestion(where, question, problems);
      if (question.type === 'repeatingGroup') {
        const inner: Known = new Map(known);
        const subIds = new Set<string>();
        for (const sub of question.questions) {
          const subWhere = `${where}, item question "${sub.id}"`;
          if (subIds.has(sub.id)) problems.push(`${subWhere}: id "${sub.id}" is used twice`);
          subIds.add(sub.id);
          if (sub.prefill)
            problems.push(`${subWhere}: questions inside a group cannot be prefilled`);
          checkCondition(subWhere, sub.showIf, inner, problems);
          checkQuestion(subWhere, sub, problems);
          inner.set(sub.id, 'options' in sub ? { options: sub.options.map((o) => o.value) } : {});
        }
      }
      known.set(
        question.id,
        'options' in question ? { options: question.options.map((o) => o.value) } : {},
      );
    }
  }
  for (const document of definition.documents) {
    checkCondition(`${head}, document "${document.id}"`, document.showIf, known, problems);
  }
  const purposeIds = definition.declaration.purposes.map((p) => p.id);
  const dup = purposeIds.find((p, i) => purposeIds.indexOf(p) !== i);
  if (dup) problems.push(`${head}, declaration: purpose "${dup}" is used twice`);
  const facts = definition.unverified.map((u) => u.fact);
  const twice = facts.find((f, i) => facts.indexOf(f) !== i);
  if (twice) problems.push(`${head}, unverified: fact "${twice}" is listed twice`);
  if (definition.procedureCodeVerified && facts.includes('procedureCode')) {
    problems.push(
      `${head}: procedureCodeVerified is true but "procedureCode" is listed as unverified`,
    );
  }

  if (problems.length > 0) throw new ServiceDefinitionError(problems);
  return definition;
}
