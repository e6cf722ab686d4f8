import type { TagVariant } from '../tag/Tag.js';

/**
 * The ten application statuses used by provincial one-stop systems, in their usual order.
 * `code` is the number those systems use; `id` is stable and names the catalog label
 * (`statusTag.<id>`); `tone` chooses colour and icon. Kept as data so a province whose
 * system differs changes this list, not the component.
 */
export const applicationStatuses = [
  { code: 1, id: 'registered', tone: 'neutral' },
  { code: 2, id: 'received', tone: 'info' },
  { code: 3, id: 'notReceived', tone: 'error' },
  { code: 4, id: 'processing', tone: 'info' },
  { code: 5, id: 'supplementRequested', tone: 'warning' },
  { code: 6, id: 'paymentRequested', tone: 'warning' },
  { code: 7, id: 'withdrawalRequested', tone: 'neutral' },
  { code: 8, id: 'stopped', tone: 'error' },
  { code: 9, id: 'processed', tone: 'success' },
  { code: 10, id: 'resultReturned', tone: 'success' },
] as const satisfies readonly { code: number; id: string; tone: TagVariant }[];

/** One application status as listed in `applicationStatuses`. */
export type ApplicationStatus = (typeof applicationStatuses)[number];

/** The stable id of an application status, e.g. `'received'`. */
export type ApplicationStatusId = ApplicationStatus['id'];

/** The number a one-stop system uses for a status, 1 to 10. */
export type ApplicationStatusCode = ApplicationStatus['code'];

/** Finds a status by its stable id or by its number; `undefined` when there is none. */
export function findApplicationStatus(
  idOrCode: ApplicationStatusId | number,
): ApplicationStatus | undefined {
  return applicationStatuses.find((s) => s.id === idOrCode || s.code === idOrCode);
}
