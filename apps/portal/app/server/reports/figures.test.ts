import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { ApplicationStatus } from '../db/schema.js';
import { describeEachDatabase } from '../test/databases.js';
import { loadReport, weekStartOf, type Figures } from './figures.js';
import { parseReportFilter } from './filter.js';
import { seedApplicationHistory } from './seed-history.js';

// 12:00 in Vietnam on Monday 15 June 2026.
const now = new Date('2026-06-15T05:00:00Z');

interface Seed {
  key: string;
  service: string;
  commune: string | null;
  submitted: string;
  deadline: string;
  status: ApplicationStatus;
  finished?: string;
}

const seeds: Seed[] = [
  // Finished a day after submission, before the deadline: on time.
  {
    key: 'a1',
    service: 'dang-ky-khai-sinh',
    commune: '01843',
    submitted: '2026-06-01T02:00:00Z',
    deadline: '2026-06-03T02:00:00Z',
    status: 'done',
    finished: '2026-06-02T02:00:00Z',
  },
  // Returned four days after, two days past the deadline: late.
  {
    key: 'a2',
    service: 'dang-ky-khai-sinh',
    commune: '01843',
    submitted: '2026-06-01T03:00:00Z',
    deadline: '2026-06-03T03:00:00Z',
    status: 'returned',
    finished: '2026-06-05T03:00:00Z',
  },
  // Open, deadline ahead.
  {
    key: 'a3',
    service: 'dang-ky-thuong-tru',
    commune: '02020',
    submitted: '2026-06-10T01:00:00Z',
    deadline: '2026-06-20T01:00:00Z',
    status: 'processing',
  },
  // Open, deadline passed: overdue.
  {
    key: 'a4',
    service: 'dang-ky-thuong-tru',
    commune: '02020',
    submitted: '2026-05-20T01:00:00Z',
    deadline: '2026-06-01T01:00:00Z',
    status: 'needs-documents',
  },
  // 01:00 on 15 June in Vietnam (still 14 June in UTC): refused.
  {
    key: 'a5',
    service: 'cap-phieu-ly-lich-tu-phap',
    commune: '01906',
    submitted: '2026-06-14T18:00:00Z',
    deadline: '2026-06-28T18:00:00Z',
    status: 'rejected',
    finished: '2026-06-15T01:00:00Z',
  },
  // Before the period: not counted.
  {
    key: 'a6',
    service: 'dang-ky-khai-sinh',
    commune: '01843',
    submitted: '2026-04-01T02:00:00Z',
    deadline: '2026-04-03T02:00:00Z',
    status: 'done',
    finished: '2026-04-02T02:00:00Z',
  },
  // 00:30 on 17 May in Vietnam, the first day of the 30-day period (16 May in UTC).
  {
    key: 'a7',
    service: 'dang-ky-khai-sinh',
    commune: '01843',
    submitted: '2026-05-16T17:30:00Z',
    deadline: '2026-07-01T00:00:00Z',
    status: 'new',
  },
];

const pick = (f: Figures) => ({
  received: f.received,
  open: f.open,
  overdue: f.overdue,
  finished: f.finished,
  onTime: f.onTime,
  late: f.late,
  closed: f.closed,
});

describe('weekStartOf', () => {
  it('gives the Monday of the ISO week', () => {
    expect(weekStartOf('2026-06-15')).toBe('2026-06-15');
    expect(weekStartOf('2026-06-14')).toBe('2026-06-08');
    expect(weekStartOf('2026-05-17')).toBe('2026-05-11');
  });
});

describeEachDatabase('leadership report figures', (get) => {
  const insert = async (seed: Seed) => {
    await get()
      .db.insertInto('applications')
      .values({
        public_code: `HS-2026-T${seed.key.toUpperCase().padStart(9, '0')}`,
        service_id: seed.service,
        service_version: '1',
        status: seed.status,
        answers: '{}',
        applicant_name: 'Nông Văn Thử',
        applicant_id_number: '019090000001',
        applicant_id_hash: 'x',
        applicant_id_masked: '•••••••••001',
        commune_code: seed.commune,
        submitted_at: seed.submitted,
        deadline: seed.deadline,
        finished_at: seed.finished ?? null,
        idempotency_key: `report-test:${seed.key}`,
      })
      .execute();
  };

  it('counts a small known set correctly for the last 30 days', async () => {
    for (const seed of seeds) await insert(seed);
    const { filter, errors } = parseReportFilter(new URLSearchParams('period=30d'), now);
    expect(errors).toEqual([]);
    expect(filter).toMatchObject({ from: '2026-05-17', to: '2026-06-15' });
    const report = await loadReport(get().db, filter, now);
    expect(pick(report.totals)).toEqual({
      received: 6,
      open: 3,
      overdue: 1,
      finished: 2,
      onTime: 1,
      late: 1,
      closed: 1,
    });
    expect(report.totals.onTimeRate).toBe(0.5);
    expect(report.totals.averageDays).toBeCloseTo(2.5, 6);
    // All three services are fully online (toàn trình) in their definitions.
    expect(report.totals.onlineShare).toBe(1);

    const byService = Object.fromEntries(report.byService.map((s) => [s.serviceId, s.received]));
    expect(byService).toEqual({
      'dang-ky-khai-sinh': 3,
      'dang-ky-thuong-tru': 2,
      'cap-phieu-ly-lich-tu-phap': 1,
    });
    expect(report.byCommune).toHaveLength(92);
    const commune = (code: string) => report.byCommune.find((c) => c.communeCode === code);
    expect(commune('01843')?.received).toBe(3);
    expect(commune('02020')).toMatchObject({ received: 2, open: 2, overdue: 1 });
    expect(commune('01906')).toMatchObject({ received: 1, closed: 1 });
    expect(commune('05809')?.received).toBe(0);

    expect(report.byWeek.map((w) => [w.weekStart, w.received])).toEqual([
      ['2026-05-17', 1],
      ['2026-05-18', 1],
      ['2026-05-25', 0],
      ['2026-06-01', 2],
      ['2026-06-08', 1],
      ['2026-06-15', 1],
    ]);
  });

  it('narrows to one service and one commune', async () => {
    const { filter } = parseReportFilter(
      new URLSearchParams('period=30d&service=dang-ky-khai-sinh&commune=01843'),
      now,
    );
    const report = await loadReport(get().db, filter, now);
    expect(pick(report.totals)).toEqual({
      received: 3,
      open: 1,
      overdue: 0,
      finished: 2,
      onTime: 1,
      late: 1,
      closed: 0,
    });
    expect(report.byService.map((s) => s.serviceId)).toEqual(['dang-ky-khai-sinh']);
    expect(report.byCommune.map((c) => c.communeCode)).toEqual(['01843']);
  });

  it('follows status changes and deletions by any writer (triggers)', async () => {
    const { db } = get();
    // A plain UPDATE without finished_at: the trigger stamps it (now, past the deadline: late).
    await db
      .updateTable('applications')
      .set({ status: 'done' })
      .where('idempotency_key', '=', 'report-test:a3')
      .execute();
    const stamped = await db
      .selectFrom('applications')
      .select('finished_at')
      .where('idempotency_key', '=', 'report-test:a3')
      .executeTakeFirstOrThrow();
    expect(stamped.finished_at).not.toBeNull();
    await db.deleteFrom('applications').where('idempotency_key', '=', 'report-test:a5').execute();
    const { filter } = parseReportFilter(new URLSearchParams('period=30d'), now);
    const report = await loadReport(db, filter, now);
    expect(pick(report.totals)).toEqual({
      received: 5,
      open: 2,
      overdue: 1,
      finished: 3,
      onTime: 1,
      late: 2,
      closed: 0,
    });
  });

  it('keeps the summary equal to a recount of the applications after bulk changes', async () => {
    const { db } = get();
    const added = await seedApplicationHistory(db, { rows: 3000, set: 'H', now, chunk: 1000 });
    expect(added).toBe(3000);
    // The same set again adds nothing.
    expect(await seedApplicationHistory(db, { rows: 3000, set: 'H', now })).toBe(0);
    await sql`update applications set status = 'stopped', finished_at = now()
              where status = 'processing' and commune_code < '02000'`.execute(db);
    await sql`update applications set commune_code = '01906'
              where status = 'needs-payment'`.execute(db);

    const apps = await db
      .selectFrom('applications')
      .select(['status', 'commune_code', 'service_id', 'deadline', 'finished_at'])
      .select(sql<string>`(submitted_at at time zone 'Asia/Ho_Chi_Minh')::date::text`.as('day'))
      .execute();
    const expected = new Map<string, number[]>();
    for (const a of apps) {
      const key = `${a.day}|${a.service_id}|${a.commune_code ?? ''}`;
      const row = expected.get(key) ?? [0, 0, 0, 0, 0];
      const finishedWithResult = a.status === 'done' || a.status === 'returned';
      const late = finishedWithResult && a.finished_at !== null && a.finished_at > a.deadline;
      row[0] = (row[0] ?? 0) + 1;
      if (['new', 'accepted', 'processing', 'needs-documents', 'needs-payment'].includes(a.status))
        row[1] = (row[1] ?? 0) + 1;
      if (finishedWithResult && !late) row[2] = (row[2] ?? 0) + 1;
      if (late) row[3] = (row[3] ?? 0) + 1;
      if (['rejected', 'withdrawn', 'stopped'].includes(a.status)) row[4] = (row[4] ?? 0) + 1;
      expected.set(key, row);
    }
    const summary = await db
      .selectFrom('report_daily')
      .select(['service_id', 'commune_code', 'received', 'open', 'on_time', 'late', 'closed'])
      .select(sql<string>`day::text`.as('day'))
      .execute();
    const actual = new Map(
      summary
        .filter((r) => r.received || r.open || r.on_time || r.late || r.closed)
        .map((r) => [
          `${r.day}|${r.service_id}|${r.commune_code}`,
          [r.received, r.open, r.on_time, r.late, r.closed],
        ]),
    );
    expect(actual).toEqual(expected);

    // A realistic mix: most finished, some late, some still open, some ended without a result.
    const year = await loadReport(
      db,
      parseReportFilter(new URLSearchParams('period=12m'), now).filter,
      now,
    );
    const t = year.totals;
    expect(t.received).toBeGreaterThanOrEqual(3000);
    expect(t.finished / t.received).toBeGreaterThan(0.7);
    expect(t.late).toBeGreaterThan(0);
    expect(t.open).toBeGreaterThan(0);
    expect(t.closed).toBeGreaterThan(0);
    expect(year.byCommune.filter((c) => c.received > 0).length).toBeGreaterThan(60);
  });
});
