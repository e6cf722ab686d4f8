/** A date as typed in three fields; parts not asked at the question's precision stay empty. */
export interface DateValue {
  day?: string;
  month?: string;
  year?: string;
}

/** An address on the two-level units since 1 July 2025: province, commune, street line. */
export interface AddressValue {
  /** Province code (2 digits). */
  province: string;
  /** Commune code (5 digits). */
  commune: string;
  /** House number, street, hamlet: free text. */
  street: string;
}

/** What the engine knows of an uploaded file: its metadata, never its content. */
export interface FileMeta {
  name: string;
  /** MIME type as reported by the browser or sniffed by the server. */
  type: string;
  /** Size in bytes. */
  size: number;
  /** An id given by the storage that holds the file, when there is one. */
  id?: string;
}

/** The answer to a question that is not a repeating group. */
export type SimpleAnswer = string | number | string[] | DateValue | AddressValue | FileMeta[];

/** One item of a repeating group: sub-question id -> answer. */
export type GroupItem = Record<string, SimpleAnswer>;

/** Any answer. */
export type AnswerValue = SimpleAnswer | GroupItem[];

/** Answers by question id (eligibility questions included). */
export type Answers = Record<string, AnswerValue>;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
