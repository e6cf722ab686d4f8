import { services } from '@dvc/services';
import { communesOf } from '@dvc/vn/places';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { addDays, type ReportFilter } from './filter.js';

/** The province the reports cover: Thái Nguyên (with former Bắc Kạn), 92 communes. */
export const reportProvinceCode = '19';

/** The figures of one group of applications (all, one service, one commune or one week). */
export interface Figures {
  /** Submitted in the period. */
  received: number;
  /** Of those, still being handled (new, accepted, processing, waiting for documents or fees). */
  open: number;
  /** Of the open ones, past their deadline now. */
  overdue: number;
  /** Finished with a result (done or returned), on time plus late. */
  finished: number;
  onTime: number;
  late: number;
  /** Ended without a result: refused, withdrawn by the citizen, or stopped. */
  closed: number;
  /** onTime / finished, or null when nothing finished. */
  onTimeRate: number | null;
  /** Mean days from submission to result over the finished ones, or null. */
  averageDays: number | null;
  /** Share of received applications whose service is fully online (toàn trình), or null. */
  onlineShare: number | null;
}

export interface ServiceFigures extends Figures {
  serviceId: string;
}
export interface CommuneFigures extends Figures {
  communeCode: string;
}
export interface WeekFigures extends Figures {
  /** The Monday that starts the week (YYYY-MM-DD), or the period's first day for a part week. */
  weekStart: string;
}

export interface Report {
  filter: ReportFilter;
  totals: Figures;
  byService: ServiceFigures[];
  byCommune: CommuneFigures[];
  byWeek: WeekFigures[];
}

// Must read exactly as in the partial index of migration 0004, so the planner uses it.
const openStatuses = `'new', 'accepted', 'processing', 'needs-documents', 'needs-payment'`;

interface Raw {
  received: number;
  open: number;
  overdue: number;
  onTime: number;
  late: number;
  closed: number;
  seconds: number;
  online: number;
}

const emptyRaw = (): Raw => ({
  received: 0,
  open: 0,
  overdue: 0,
  onTime: 0,
  late: 0,
  closed: 0,
  seconds: 0,
  online: 0,
});

function toFigures(raw: Raw): Figures {
  const finished = raw.onTime + raw.late;
  return {
    received: raw.received,
    open: raw.open,
    overdue: raw.overdue,
    finished,
    onTime: raw.onTime,
    late: raw.late,
    closed: raw.closed,
    onTimeRate: finished ? raw.onTime / finished : null,
    averageDays: finished ? raw.seconds / finished / 86_400 : null,
    onlineShare: raw.received ? raw.online / raw.received : null,
  };
}

/** The services whose definitions say they are fully online (toàn trình). */
function fullyOnlineServiceIds(): string[] {
  return services.filter((s) => s.onlineLevel === 'toan-trinh').map((s) => s.id);
}

interface SummaryRow {
  g_service: number;
  g_commune: number;
  g_week: number;
  service_id: string | null;
  commune_code: string | null;
  week: string | null;
  received: number;
  open: number;
  on_time: number;
  late: number;
  closed: number;
  seconds: number;
  online: number;
}

interface OverdueRow {
  g_service: number;
  g_commune: number;
  g_week: number;
  service_id: string | null;
  commune_code: string | null;
  week: string | null;
  overdue: number;
}

/** Monday of the ISO week of a YYYY-MM-DD day. */
export function weekStartOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const offset = (date.getUTCDay() + 6) % 7;
  return addDays(day, -offset);
}

/**
 * Everything the dashboard shows for a filter, in two queries: the summary table grouped four
 * ways at once (grouping sets), and the open applications past their deadline (a partial index).
 */
export async function loadReport(
  db: Kysely<Database>,
  filter: ReportFilter,
  now: Date = new Date(),
): Promise<Report> {
  const online = fullyOnlineServiceIds();
  const onlineList = online.length ? sql.join(online.map((id) => sql.lit(id))) : sql`null`;
  const summaryWhere = [
    sql`day between ${filter.from}::date and ${filter.to}::date`,
    ...(filter.serviceId ? [sql`service_id = ${filter.serviceId}`] : []),
    ...(filter.communeCode ? [sql`commune_code = ${filter.communeCode}`] : []),
  ];
  const summary = sql<SummaryRow>`
    select grouping(service_id)::int as g_service, grouping(commune_code)::int as g_commune,
           grouping(week)::int as g_week, service_id, commune_code, week::text as week,
           sum(received)::int as received, sum(open)::int as open, sum(on_time)::int as on_time,
           sum(late)::int as late, sum(closed)::int as closed,
           sum(processing_seconds)::float8 as seconds,
           (sum(received) filter (where service_id in (${onlineList})))::int as online
    from (
      select d.*, date_trunc('week', day)::date as week from report_daily d
      where ${sql.join(summaryWhere, sql` and `)}
    ) s
    group by grouping sets ((), (service_id), (commune_code), (week))`;

  // Vietnam has no daylight saving time: a day there runs from 00:00 +07:00.
  const fromInstant = `${filter.from}T00:00:00+07:00`;
  const toInstant = `${addDays(filter.to, 1)}T00:00:00+07:00`;
  const overdueWhere = [
    sql.raw(`status in (${openStatuses})`),
    sql`submitted_at >= ${fromInstant}::timestamptz`,
    sql`submitted_at < ${toInstant}::timestamptz`,
    sql`deadline < ${now.toISOString()}::timestamptz`,
    ...(filter.serviceId ? [sql`service_id = ${filter.serviceId}`] : []),
    ...(filter.communeCode ? [sql`commune_code = ${filter.communeCode}`] : []),
  ];
  const overdue = sql<OverdueRow>`
    select grouping(service_id)::int as g_service, grouping(commune_code)::int as g_commune,
           grouping(week)::int as g_week, service_id, commune_code, week::text as week,
           count(*)::int as overdue
    from (
      select service_id, coalesce(commune_code, '') as commune_code,
             date_trunc('week', (submitted_at at time zone 'Asia/Ho_Chi_Minh')::date)::date as week
      from applications
      where ${sql.join(overdueWhere, sql` and `)}
    ) o
    group by grouping sets ((), (service_id), (commune_code), (week))`;

  const [summaryRows, overdueRows] = await Promise.all([
    summary.execute(db).then((r) => r.rows),
    overdue.execute(db).then((r) => r.rows),
  ]);

  const totals = emptyRaw();
  const byService = new Map<string, Raw>();
  const byCommune = new Map<string, Raw>();
  const byWeek = new Map<string, Raw>();
  const target = (row: {
    g_service: number;
    g_commune: number;
    g_week: number;
    service_id: string | null;
    commune_code: string | null;
    week: string | null;
  }): Raw => {
    const pick = (map: Map<string, Raw>, key: string) => {
      let raw = map.get(key);
      if (!raw) map.set(key, (raw = emptyRaw()));
      return raw;
    };
    if (!row.g_service) return pick(byService, row.service_id ?? '');
    if (!row.g_commune) return pick(byCommune, row.commune_code ?? '');
    if (!row.g_week) return pick(byWeek, row.week ?? '');
    return totals;
  };
  for (const row of summaryRows) {
    const raw = target(row);
    raw.received = Number(row.received);
    raw.open = Number(row.open);
    raw.onTime = Number(row.on_time);
    raw.late = Number(row.late);
    raw.closed = Number(row.closed);
    raw.seconds = Number(row.seconds);
    raw.online = Number(row.online);
  }
  for (const row of overdueRows) target(row).overdue = Number(row.overdue);

  // Every service, commune and week appears, with zeros where nothing was received.
  const serviceIds = filter.serviceId ? [filter.serviceId] : services.map((s) => s.id);
  const communeCodes = filter.communeCode
    ? [filter.communeCode]
    : communesOf(reportProvinceCode).map((c) => c.code);
  const extraCommunes = [...byCommune.keys()].filter((code) => !communeCodes.includes(code));
  const weeks: string[] = [];
  for (let week = weekStartOf(filter.from); week <= filter.to; week = addDays(week, 7)) {
    weeks.push(week);
  }
  return {
    filter,
    totals: toFigures(totals),
    byService: serviceIds.map((serviceId) => ({
      serviceId,
      ...toFigures(byService.get(serviceId) ?? emptyRaw()),
    })),
    byCommune: [...communeCodes, ...extraCommunes].map((communeCode) => ({
      communeCode,
      ...toFigures(byCommune.get(communeCode) ?? emptyRaw()),
    })),
    byWeek: weeks.map((week) => ({
      weekStart: week < filter.from ? filter.from : week,
      ...toFigures(byWeek.get(week) ?? emptyRaw()),
    })),
  };
}
