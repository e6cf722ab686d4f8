import type { ApplicationStatus } from '../db/schema.js';

/**
 * The processing state machine over the ten statuses provincial one-stop systems use
 * (1 Mới đăng ký … 10 Đã trả kết quả). Pure: no database, no clock. Every officer action is
 * one of these transitions; anything else is refused before the database is touched.
 */
export const officerActions = [
  'accept',
  'refuse',
  'start',
  'request-documents',
  'documents-received',
  'request-payment',
  'payment-received',
  'finish',
  'return-result',
  'stop',
  'record-withdrawal',
] as const;
export type OfficerAction = (typeof officerActions)[number];

export interface Transition {
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  /** Refusing, asking for more documents and stopping must say why (the citizen reads it). */
  reasonRequired: boolean;
}

const open: readonly ApplicationStatus[] = [
  'new',
  'accepted',
  'processing',
  'needs-documents',
  'needs-payment',
];

export const transitions: Readonly<Record<OfficerAction, Transition>> = {
  accept: { from: ['new'], to: 'accepted', reasonRequired: false },
  refuse: { from: ['new'], to: 'rejected', reasonRequired: true },
  start: { from: ['accepted'], to: 'processing', reasonRequired: false },
  'request-documents': {
    from: ['accepted', 'processing'],
    to: 'needs-documents',
    reasonRequired: true,
  },
  'documents-received': { from: ['needs-documents'], to: 'processing', reasonRequired: false },
  'request-payment': {
    from: ['accepted', 'processing'],
    to: 'needs-payment',
    reasonRequired: false,
  },
  'payment-received': { from: ['needs-payment'], to: 'processing', reasonRequired: false },
  finish: { from: ['accepted', 'processing'], to: 'done', reasonRequired: false },
  'return-result': { from: ['done'], to: 'returned', reasonRequired: false },
  stop: { from: open, to: 'stopped', reasonRequired: true },
  'record-withdrawal': { from: open, to: 'withdrawn', reasonRequired: false },
};

/** Statuses after which nothing more happens to the processing (finished_at is set). */
export const finishedStatuses: readonly ApplicationStatus[] = [
  'rejected',
  'withdrawn',
  'stopped',
  'done',
  'returned',
];

export function isFinished(status: ApplicationStatus): boolean {
  return finishedStatuses.includes(status);
}

export function isOfficerAction(value: unknown): value is OfficerAction {
  return typeof value === 'string' && (officerActions as readonly string[]).includes(value);
}

/** The actions open to an application in a status, in the order the page offers them. */
export function availableActions(status: ApplicationStatus): OfficerAction[] {
  return officerActions.filter((action) => transitions[action].from.includes(status));
}

export type TransitionResult =
  | { ok: true; to: ApplicationStatus; reason: string | null }
  | { ok: false; error: 'not-allowed' | 'reason-required' };

/** Checks one action against the current status; the reason is trimmed, empty means none. */
export function applyTransition(
  status: ApplicationStatus,
  action: OfficerAction,
  reason?: string | null,
): TransitionResult {
  const transition = transitions[action];
  if (!transition.from.includes(status)) return { ok: false, error: 'not-allowed' };
  const cleaned = reason?.trim() ?? '';
  if (transition.reasonRequired && !cleaned) return { ok: false, error: 'reason-required' };
  return { ok: true, to: transition.to, reason: cleaned || null };
}
