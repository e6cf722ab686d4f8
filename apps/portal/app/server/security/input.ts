/**
 * Guards every form action passes its request through: size limits per field and per
 * request, control and invisible characters, NFC, unknown fields dropped, and uploads
 * checked by their content and size. A failure is a list of errors the page shows; the
 * action stores nothing.
 */

export type InputErrorCode =
  | 'request-too-large'
  | 'unreadable'
  | 'required'
  | 'too-long'
  | 'control-characters'
  | 'expected-text'
  | 'expected-file'
  | 'file-too-large'
  | 'file-type';

export interface InputError {
  /** The field, or null for the whole request. */
  field: string | null;
  code: InputErrorCode;
  /** The limit that was crossed (characters or bytes), when there is one. */
  limit?: number;
}

export interface TextRule {
  kind: 'text';
  /** In characters, after normalisation. */
  maxLength: number;
  /** Keeps line breaks (a textarea); otherwise all white space collapses to single spaces. */
  multiline?: boolean;
  required?: boolean;
}

export type FileKind = 'pdf' | 'png' | 'jpeg';

export interface FileRule {
  kind: 'file';
  maxBytes: number;
  accept: readonly FileKind[];
  required?: boolean;
}

export type FieldRule = TextRule | FileRule;

export interface FormSpec {
  fields: Record<string, FieldRule>;
  /** The whole body, in bytes. */
  maxRequestBytes?: number;
}

export interface CheckedFile {
  /** The file name as sent, cleaned like a text field (never used as a path). */
  name: string;
  kind: FileKind;
  bytes: Uint8Array;
}

export type GuardedForm =
  | { ok: true; values: Record<string, string>; files: Record<string, CheckedFile> }
  | { ok: false; errors: InputError[] };

/** The default cap on a whole form post: enough for a few scanned documents. */
export const defaultMaxRequestBytes = 12 * 1024 * 1024;

// C0 and C1 controls other than tab, line feed and carriage return, and the bidirectional
// overrides that make text display differently from what it is.
/* eslint-disable no-control-regex -- finding control characters is the point */
const forbidden =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
/* eslint-enable no-control-regex */
// Zero-width characters and the byte-order mark carry nothing a reader can see.
const invisible = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;

export type TextResult = { ok: true; value: string } | { ok: false; code: InputErrorCode };

/** Cleans one text value: NFC, invisible characters removed, controls refused, length checked. */
export function cleanText(raw: string, rule: TextRule): TextResult {
  if (forbidden.test(raw)) return { ok: false, code: 'control-characters' };
  let value = raw.normalize('NFC').replace(invisible, '');
  value = rule.multiline
    ? value
        .replace(/\r\n?/gu, '\n')
        .split('\n')
        .map((line) => line.replace(/[^\S\n]+/gu, ' ').trimEnd())
        .join('\n')
        .trim()
    : value.replace(/\s+/gu, ' ').trim();
  if ([...value].length > rule.maxLength) return { ok: false, code: 'too-long' };
  if (rule.required && value === '') return { ok: false, code: 'required' };
  return { ok: true, value };
}

/** What a file is, by its first bytes; null for anything not accepted anywhere. */
export function detectFileKind(bytes: Uint8Array): FileKind | null {
  const starts = (...signature: number[]) => signature.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
  return null;
}

/** Reads at most `limit` bytes of a body; null if it is longer. */
export async function readBodyWithLimit(
  request: Request,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) return null;
  if (!request.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(new ArrayBuffer(total));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** Parses a form body (URL-encoded or multipart) of at most `limit` bytes. */
export async function readFormData(
  request: Request,
  limit = defaultMaxRequestBytes,
): Promise<FormData | InputError> {
  const body = await readBodyWithLimit(request, limit);
  if (!body) return { field: null, code: 'request-too-large', limit };
  const contentType = request.headers.get('content-type') ?? '';
  try {
    return await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return { field: null, code: 'unreadable' };
  }
}

/**
 * Reads a form post through the guards. Fields the spec does not name are ignored (and
 * never reach the action); a field sent twice keeps its first value.
 */
export async function readGuardedForm(request: Request, spec: FormSpec): Promise<GuardedForm> {
  const form = await readFormData(request, spec.maxRequestBytes ?? defaultMaxRequestBytes);
  if (!(form instanceof FormData)) return { ok: false, errors: [form] };
  const errors: InputError[] = [];
  const values: Record<string, string> = {};
  const files: Record<string, CheckedFile> = {};
  for (const [name, rule] of Object.entries(spec.fields)) {
    const entry = form.get(name);
    if (rule.kind === 'text') {
      if (entry !== null && typeof entry !== 'string') {
        errors.push({ field: name, code: 'expected-text' });
        continue;
      }
      const result = cleanText(entry ?? '', rule);
      if (result.ok) values[name] = result.value;
      else errors.push({ field: name, code: result.code, limit: rule.maxLength });
      continue;
    }
    if (entry === null || (typeof entry !== 'string' && entry.size === 0 && !entry.name)) {
      if (rule.required) errors.push({ field: name, code: 'required' });
      continue;
    }
    if (typeof entry === 'string') {
      errors.push({ field: name, code: 'expected-file' });
      continue;
    }
    if (entry.size > rule.maxBytes) {
      errors.push({ field: name, code: 'file-too-large', limit: rule.maxBytes });
      continue;
    }
    const bytes = new Uint8Array(await entry.arrayBuffer());
    const kind = detectFileKind(bytes);
    if (!kind || !rule.accept.includes(kind)) {
      errors.push({ field: name, code: 'file-type' });
      continue;
    }
    const fileName = cleanText(entry.name, { kind: 'text', maxLength: 255 });
    files[name] = { name: fileName.ok ? fileName.value : 'tep-dinh-kem', kind, bytes };
  }
  return errors.length ? { ok: false, errors } : { ok: true, values, files };
}
