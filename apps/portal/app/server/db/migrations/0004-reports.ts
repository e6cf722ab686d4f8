import { sql, type Kysely } from 'kysely';

// Leadership reports: a daily summary of applications kept correct by triggers on
// `applications`, so that a dashboard over a year of a province's applications reads about
// 100,000 summary rows instead of a million applications. Fill-in of the reserved 0004 slot;
// never edit it after it ships.
//
// Each application counts once, on the day (Vietnam time) it was submitted, under its service
// and commune, in exactly one bucket by its status now:
//   open      new, accepted, processing, needs-documents, needs-payment
//   on_time   done or returned, finished_at <= deadline
//   late      done or returned, finished_at > deadline
//   closed    rejected, withdrawn, stopped (ended without a result)
// and processing_seconds adds up (finished_at - submitted_at) of the on-time and late ones.
// Statement-level triggers with transition tables keep it in step with every writer (the
// citizens' submissions, the officers' state machine, a set-based seed of a million rows, a
// psql session) in the writer's own transaction.

const open = `'new', 'accepted', 'processing', 'needs-documents', 'needs-payment'`;
const finished = `'done', 'returned'`;
const closed = `'rejected', 'withdrawn', 'stopped'`;

/** One row of +sign (or -sign) per application of a transition table, by summary key. */
function contribution(source: string, sign: 1 | -1): string {
  return `
    select (a.submitted_at at time zone 'Asia/Ho_Chi_Minh')::date as day,
           a.service_id,
           coalesce(a.commune_code, '') as commune_code,
           ${String(sign)} as received,
           ${String(sign)} * (a.status in (${open}))::int as open,
           ${String(sign)} * (a.status in (${finished})
             and coalesce(a.finished_at, a.submitted_at) <= a.deadline)::int as on_time,
           ${String(sign)} * (a.status in (${finished})
             and coalesce(a.finished_at, a.submitted_at) > a.deadline)::int as late,
           ${String(sign)} * (a.status in (${closed}))::int as closed,
           ${String(sign)} * case when a.status in (${finished})
             then floor(extract(epoch from coalesce(a.finished_at, a.submitted_at) - a.submitted_at))::bigint
             else 0 end as processing_seconds
    from ${source} a`;
}

/** Adds the grouped contributions to the summary (one upsert per key, in key order). */
function applyDelta(rows: string): string {
  return `
    insert into report_daily as r
      (day, service_id, commune_code, received, open, on_time, late, closed, processing_seconds)
    select day, service_id, commune_code, sum(received), sum(open), sum(on_time), sum(late),
           sum(closed), sum(processing_seconds)
    from (${rows}) d
    group by day, service_id, commune_code
    having sum(received) <> 0 or sum(open) <> 0 or sum(on_time) <> 0 or sum(late) <> 0
        or sum(closed) <> 0 or sum(processing_seconds) <> 0
    order by day, service_id, commune_code
    on conflict (day, service_id, commune_code) do update set
      received = r.received + excluded.received,
      open = r.open + excluded.open,
      on_time = r.on_time + excluded.on_time,
      late = r.late + excluded.late,
      closed = r.closed + excluded.closed,
      processing_seconds = r.processing_seconds + excluded.processing_seconds`;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  // 0003 (officers) adds finished_at; kept here too so this migration never depends on
  // whether that column came first.
  await sql`alter table applications add column if not exists finished_at timestamptz`.execute(db);

  await db.schema
    .createTable('report_daily')
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('service_id', 'text', (c) => c.notNull())
    .addColumn('commune_code', 'text', (c) => c.notNull())
    .addColumn('received', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('open', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('on_time', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('late', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('closed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('processing_seconds', 'bigint', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('report_daily_pkey', ['day', 'service_id', 'commune_code'])
    .execute();

  // A finished application always has its finish time, whoever wrote the status (the
  // officers' state machine sets it itself; a plain UPDATE of the status gets it here).
  await sql
    .raw(
      `create function applications_fill_finished_at() returns trigger language plpgsql as $$
    begin
      new.finished_at := now();
      return new;
    end;
    $$`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger applications_fill_finished_at
    before insert or update of status on applications
    for each row
    when (new.status in (${finished}, ${closed}) and new.finished_at is null)
    execute function applications_fill_finished_at()`,
    )
    .execute(db);

  await sql
    .raw(
      `create function report_daily_after_insert() returns trigger language plpgsql as $$
    begin
      ${applyDelta(contribution('new_rows', 1))};
      return null;
    end;
    $$`,
    )
    .execute(db);
  await sql
    .raw(
      `create function report_daily_after_update() returns trigger language plpgsql as $$
    begin
      ${applyDelta(`${contribution('old_rows', -1)} union all ${contribution('new_rows', 1)}`)};
      return null;
    end;
    $$`,
    )
    .execute(db);
  await sql
    .raw(
      `create function report_daily_after_delete() returns trigger language plpgsql as $$
    begin
      ${applyDelta(contribution('old_rows', -1))};
      return null;
    end;
    $$`,
    )
    .execute(db);
  await sql
    .raw(
      `create function report_daily_after_truncate() returns trigger language plpgsql as $$
    begin
      truncate report_daily;
      return null;
    end;
    $$`,
    )
    .execute(db);
  await sql`
    create trigger report_daily_after_insert after insert on applications
    referencing new table as new_rows
    for each statement execute function report_daily_after_insert()`.execute(db);
  await sql`
    create trigger report_daily_after_update after update on applications
    referencing old table as old_rows new table as new_rows
    for each statement execute function report_daily_after_update()`.execute(db);
  await sql`
    create trigger report_daily_after_delete after delete on applications
    referencing old table as old_rows
    for each statement execute function report_daily_after_delete()`.execute(db);
  await sql`
    create trigger report_daily_after_truncate after truncate on applications
    for each statement execute function report_daily_after_truncate()`.execute(db);

  // Open applications past their deadline depend on the clock, so they are counted live:
  // this partial index holds only the open ones (a few percent of a year's applications).
  await sql
    .raw(
      `create index applications_open_reports_idx on applications (submitted_at)
    include (service_id, commune_code, deadline)
    where status in (${open})`,
    )
    .execute(db);

  // Applications already stored count from the start.
  await sql.raw(applyDelta(contribution('applications', 1))).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists applications_open_reports_idx`.execute(db);
  for (const trigger of [
    'report_daily_after_insert',
    'report_daily_after_update',
    'report_daily_after_delete',
    'report_daily_after_truncate',
    'applications_fill_finished_at',
  ]) {
    await sql`drop trigger if exists ${sql.id(trigger)} on applications`.execute(db);
    await sql`drop function if exists ${sql.id(trigger)}()`.execute(db);
  }
  await db.schema.dropTable('report_daily').execute();
}
