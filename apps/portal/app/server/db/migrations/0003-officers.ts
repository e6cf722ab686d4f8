import { sql, type Kysely } from 'kysely';

// The officers' side: processing columns on applications, staff accounts and their sessions,
// and the audit log. Fill-in of the reserved 0003 slot; never edit it after it ships.

export async function up(db: Kysely<unknown>): Promise<void> {
  // Optimistic concurrency: every status change is `... where version = <read version>`.
  await db.schema
    .alterTable('applications')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('applications')
    .addColumn('status_changed_at', 'timestamptz')
    .execute();
  // Set when the application first reaches a finished status (rejected, withdrawn, stopped,
  // done, returned); never moved afterwards, so "done -> returned" keeps the processing end.
  await db.schema.alterTable('applications').addColumn('finished_at', 'timestamptz').execute();
  await sql`update applications set status_changed_at = submitted_at`.execute(db);
  await db.schema
    .createIndex('applications_commune_status_idx')
    .on('applications')
    .columns(['commune_code', 'status'])
    .execute();
  await db.schema
    .createIndex('applications_deadline_idx')
    .on('applications')
    .column('deadline')
    .execute();

  await db.schema
    .createTable('staff_accounts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('officer', 'leader', 'admin')`),
    )
    .addColumn('commune_code', 'text')
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'timestamptz')
    .addColumn('disabled_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // A commune officer always belongs to exactly one commune; the others to none.
    .addCheckConstraint(
      'staff_accounts_commune_for_officers',
      sql`(role = 'officer') = (commune_code is not null)`,
    )
    .execute();

  await db.schema
    .createTable('staff_sessions')
    // SHA-256 of the cookie value, as for citizens' sessions.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('staff_id', 'uuid', (c) => c.notNull().references('staff_accounts.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('staff_sessions_staff_id_idx')
    .on('staff_sessions')
    .column('staff_id')
    .execute();

  // Who did what, when and why: every sign-in (either outcome) and every officer action.
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('staff_id', 'uuid')
    // The username as typed (for failed sign-ins there may be no account).
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('application_id', 'uuid')
    .addColumn('detail', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();
  await db.schema
    .createIndex('audit_log_application_id_idx')
    .on('audit_log')
    .column('application_id')
    .execute();
  await sql`
    create function audit_log_insert_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is insert-only';
    end;
    $$`.execute(db);
  await sql`
    create trigger audit_log_insert_only
    before update or delete on audit_log
    for each row execute function audit_log_insert_only()`.execute(db);
  await sql`
    create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_insert_only()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_log').execute();
  await sql`drop function if exists audit_log_insert_only()`.execute(db);
  await db.schema.dropTable('staff_sessions').execute();
  await db.schema.dropTable('staff_accounts').execute();
  await db.schema.dropIndex('applications_deadline_idx').execute();
  await db.schema.dropIndex('applications_commune_status_idx').execute();
  for (const column of ['finished_at', 'status_changed_at', 'version']) {
    await db.schema.alterTable('applications').dropColumn(column).execute();
  }
}
