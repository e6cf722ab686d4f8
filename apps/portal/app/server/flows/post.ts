import {
  findEligibility,
  HARD_LENGTH_CAP,
  type FieldError,
  type Question,
  type ServiceDefinition,
} from '@dvc/flows';
import { csrfFieldName } from '../csrf-field-name.js';
import {
  cleanText,
  detectFileKind,
  readFormData,
  type FileKind,
  type InputErrorCode,
} from '../security/input.js';

/** The MIME type of each file kind the portal accepts, as definitions list them in `accept`. */
export const fileKindMime: Record<FileKind, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
};

/** An uploaded file that passed the checks: its content, and what it is by that content. */
export interface UploadedFile {
  questionId: string;
  /** The field it came in (the question id, or a group item's field). */
  field: string;
  name: string;
  kind: FileKind;
  bytes: Uint8Array;
}

/** The entries the engine's `parsePagePost` reads; files as metadata with the sniffed type. */
export type StepEntry = readonly [string, string | { name: string; type: string; size: number }];

export type StepPost =
  | { ok: true; entries: StepEntry[]; files: UploadedFile[] }
  | { ok: false; errors: FieldError[]; entries: StepEntry[] };

/** Form fields every step may carry beside its questions. */
const controlFields = new Set([csrfFieldName, '_action', 'returnTo']);

/** The top-level question (or eligibility question) a posted field belongs to, if any. */
function ownerOf(questions: readonly { id: string }[], name: string): string | undefined {
  return questions.find(
    (q) =>
      name === q.id ||
      name.startsWith(`${q.id}-`) ||
      name.startsWith(`${q.id}.`) ||
      name.startsWith(`${q.id}[`),
  )?.id;
}

function inputError(
  question: string,
  field: string,
  code: InputErrorCode | 'unknown-field' | 'too-many-files',
  limit?: number,
): FieldError {
  return {
    question,
    field,
    code,
    source: 'flow',
    // The portal's shared guard messages, and two of the flow's own.
    messageKey:
      code === 'unknown-field' || code === 'too-many-files'
        ? `portal:citizenFlow.input.${code}`
        : `portal:form.input.${code}`,
    ...(limit === undefined
      ? {}
      : { params: { limit, limitMb: Math.round((limit / 1048576) * 10) / 10 } }),
  };
}

/** The upload rules of a file question (or a file sub-question of a group). */
function fileRules(questions: readonly Question[], field: string) {
  for (const q of questions) {
    if (q.type === 'file' && field === q.id) return { question: q.id, rule: q };
    if (q.type === 'repeatingGroup') {
      for (const sub of q.questions) {
        if (sub.type === 'file' && field.startsWith(`${q.id}[`) && field.endsWith(`].${sub.id}`))
          return { question: q.id, rule: sub };
      }
    }
  }
  return undefined;
}

/** The largest body a step can legitimately send: its files at their limits, and some text. */
export function stepBodyLimit(questions: readonly Question[]): number {
  let files = 0;
  for (const q of questions) {
    if (q.type === 'file') files += q.maxSizeBytes * q.maxFiles;
    if (q.type === 'repeatingGroup')
      for (const sub of q.questions)
        if (sub.type === 'file') files += sub.maxSizeBytes * sub.maxFiles * q.maxItems;
  }
  return files + 512 * 1024;
}

/**
 * Reads one step's form post through the portal's input guards before the engine sees it:
 * the body size, every text field (NFC, invisible characters removed, control characters and
 * oversized values refused), fields the step does not have refused, and each upload checked by
 * its content (magic bytes, not its name), its size and the number of files against the
 * question's limits. A refusal lists errors for the page; nothing is stored.
 */
export async function readStepPost(
  request: Request,
  definition: ServiceDefinition,
  stepId: string,
): Promise<StepPost> {
  const eligibility = findEligibility(definition, stepId);
  const page = definition.pages.find((p) => p.id === stepId);
  const questions: readonly Question[] = page?.questions ?? [];
  const owners: readonly { id: string }[] = eligibility ? [eligibility] : questions;
  const firstField = owners[0]?.id ?? stepId;
  const form = await readFormData(request, stepBodyLimit(questions));
  if (!(form instanceof FormData)) {
    return {
      ok: false,
      errors: [inputError(firstField, firstField, form.code, form.limit)],
      entries: [],
    };
  }
  const errors: FieldError[] = [];
  const entries: StepEntry[] = [];
  const files: UploadedFile[] = [];
  const fileCount = new Map<string, number>();
  for (const [name, value] of form.entries()) {
    if (controlFields.has(name)) {
      if (typeof value === 'string' && name !== csrfFieldName) {
        const cleaned = cleanText(value, { kind: 'text', maxLength: 100 });
        if (cleaned.ok) entries.push([name, cleaned.value]);
      }
      continue;
    }
    const question = ownerOf(owners, name);
    if (!question) {
      errors.push(inputError(firstField, firstField, 'unknown-field'));
      continue;
    }
    if (typeof value === 'string') {
      if (fileRules(questions, name)) {
        errors.push(inputError(question, name, 'expected-file'));
        continue;
      }
      const multiline = questions.some((q) => q.id === name && q.type === 'textarea');
      const cleaned = cleanText(value, { kind: 'text', maxLength: HARD_LENGTH_CAP, multiline });
      if (cleaned.ok) entries.push([name, cleaned.value]);
      else errors.push(inputError(question, name, cleaned.code, HARD_LENGTH_CAP));
      continue;
    }
    // A file input with nothing chosen posts an empty, nameless file.
    if (value.size === 0 && value.name === '') continue;
    const rules = fileRules(questions, name);
    if (!rules) {
      errors.push(inputError(question, name, 'expected-text'));
      continue;
    }
    const count = (fileCount.get(name) ?? 0) + 1;
    fileCount.set(name, count);
    if (count > rules.rule.maxFiles) {
      errors.push(inputError(question, name, 'too-many-files', rules.rule.maxFiles));
      continue;
    }
    if (value.size > rules.rule.maxSizeBytes) {
      errors.push(inputError(question, name, 'file-too-large', rules.rule.maxSizeBytes));
      continue;
    }
    const bytes = new Uint8Array(await value.arrayBuffer());
    const kind = detectFileKind(bytes);
    if (!kind || !rules.rule.accept.includes(fileKindMime[kind])) {
      errors.push(inputError(question, name, 'file-type'));
      continue;
    }
    const fileName = cleanText(value.name, { kind: 'text', maxLength: 255 });
    const cleanName = fileName.ok && fileName.value ? fileName.value : 'tep-dinh-kem';
    files.push({ questionId: rules.question, field: name, name: cleanName, kind, bytes });
    entries.push([name, { name: cleanName, type: fileKindMime[kind], size: bytes.byteLength }]);
  }
  if (errors.length > 0) {
    // One message per field is enough; the text fields that passed are kept for the page.
    const seen = new Set<string>();
    const unique = errors.filter((e) => {
      const key = `${e.field}:${e.code}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return { ok: false, errors: unique, entries: entries.filter(([, v]) => typeof v === 'string') };
  }
  return { ok: true, entries, files };
}
