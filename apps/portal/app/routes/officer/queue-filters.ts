import { vi } from '@dvc/i18n';
import { sql, type Kysely } from 'kysely';
import type { Database, Session } from '../../server/db/schema';
import { isStatus } from './statuses';
import type { QueueFilters } from '../../server/officers/applications';

/**
 * The queue's filters live in the session, not the URL: a search by applicant name is
 * personal data, and URLs end up in histories and logs. The filter form posts; the page
 * shows what the session holds; only the page number is in the URL.
 */
export interface StoredFilters {
  status?: string;
  service?: string;
  commune?: string;
  /** As typed, dd/mm/yyyy. */
  from?: string;
  to?: string;
  query?: string;
  sort?: 'deadline-asc' | 'deadline-desc';
}

export const knownServices = Object.keys(vi.portal.services);

export function readStoredFilters(session: Session): StoredFilters {
  const data = session.data as { officerQueue?: unknown } | null;
  const stored = data?.officerQueue;
  if (!stored || typeof stored !== 'object') return {};
  const out: StoredFilters = {};
  for (const key of ['status', 'service', 'commune', 'from', 'to', 'query'] as const) {
    const value = (stored as Record<string, unknown>)[key];
    if (typeof value === 'string' && value) out[key] = value.slice(0, 100);
  }
  const sort = (stored as Record<string, unknown>).sort;
  if (sort === 'deadline-desc' || sort === 'deadline-asc') out.sort = sort;
  return out;
}

export async function writeStoredFilters(
  db: Kysely<Database>,
  session: Session,
  filters: StoredFilters,
): Promise<void> {
  // Merged in SQL, so the citizen-flow keys of the same session are never overwritten.
  await db
    .updateTable('sessions')
    .set({
      data: sql`data || ${JSON.stringify({ officerQueue: filters })}::jsonb` as unknown as string,
    })
    .where('id', '=', session.id)
    .execute();
}

/** dd/mm/yyyy (or d/m/yyyy) to yyyy-mm-dd when it is a real date; null otherwise. */
export function parseDay(value: string | undefined): string | null {
  const match = value?.trim().match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u);
  if (!match) return null;
  const [, d, m, y] = match as unknown as [string, string, string, string];
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** What the server function gets, plus which date fields could not be read. */
export function toQueueFilters(
  stored: StoredFilters,
  page: number,
): { filters: QueueFilters; badDates: ('from' | 'to')[] } {
  const from = stored.from ? parseDay(stored.from) : null;
  const to = stored.to ? parseDay(stored.to) : null;
  const badDates: ('from' | 'to')[] = [];
  if (stored.from && !from) badDates.push('from');
  if (stored.to && !to) badDates.push('to');
  return {
    badDates,
    filters: {
      status: isStatus(stored.status) ? stored.status : undefined,
      serviceId:
        stored.service && knownServices.includes(stored.service) ? stored.service : undefined,
      communeCode: stored.commune && /^\d{5}$/u.test(stored.commune) ? stored.commune : undefined,
      from: from ?? undefined,
      to: to ?? undefined,
      query: stored.query,
      sort: stored.sort,
      page,
    },
  };
}
