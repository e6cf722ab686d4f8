import { sql, type Kysely } from 'kysely';
import { applicationStatuses } from '../schema.js';

// Migrations take Kysely<unknown>: they describe the schema at their own point in time,
// not whatever the TypeScript types say today.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('citizen_profiles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('id_number', 'text', (c) => c.notNull().unique())
    .addColumn('id_number_masked', 'text', (c) => c.notNull())
    .addColumn('date_of_birth', 'text', (c) => c.notNull())
    .addColumn('sex', 'text', (c) => c.notNull().check(sql`sex in ('male', 'female')`))
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('phone_masked', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('ethnicity_code', 'text', (c) => c.notNull())
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('commune_code', 'text', (c) => c.notNull())
    .addColumn('address_line', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('applications')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('public_code', 'text', (c) => c.notNull().unique())
    .addColumn('service_id', 'text', (c) => c.notNull())
    .addColumn('service_version', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('new')
        .check(sql`status in (${sql.join(applicationStatuses.map((s) => sql.lit(s)))})`),
    )
    .addColumn('answers', 'jsonb', (c) => c.notNull())
    .addColumn('applicant_name', 'text', (c) => c.notNull())
    .addColumn('applicant_id_number', 'text', (c) => c.notNull())
    .addColumn('applicant_id_hash', 'text', (c) => c.notNull())
    .addColumn('applicant_id_masked', 'text', (c) => c.notNull())
    .addColumn('citizen_profile_id', 'text', (c) => c.references('citizen_profiles.id'))
    .addColumn('commune_code', 'text')
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('deadline', 'timestamptz', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addUniqueConstraint('applications_idempotency_key_key', ['idempotency_key'])
    .execute();
  await db.schema
    .createIndex('applications_applicant_id_hash_idx')
    .on('applications')
    .column('applicant_id_hash')
    .execute();
  await db.schema
    .createIndex('applications_citizen_profile_id_idx')
    .on('applications')
    .column('citizen_profile_id')
    .execute();

  await db.schema
    .createTable('application_events')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('application_id', 'uuid', (c) => c.notNull().references('applications.id'))
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .execute();
  await db.schema
    .createIndex('application_events_application_id_idx')
    .on('application_events')
    .column('application_id')
    .execute();
  // The history is evidence: rows are added, never changed or removed.
  await sql`
    create function application_events_insert_only() returns trigger language plpgsql as $$
    begin
      raise exception 'application_events is insert-only';
    end;
    $$`.execute(db);
  await sql`
    create trigger application_events_insert_only
    before update or delete on application_events
    for each row execute function application_events_insert_only()`.execute(db);

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('citizen_profile_id', 'text', (c) => c.references('citizen_profiles.id'))
    .addColumn('data', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sessions_expires_at_idx')
    .on('sessions')
    .column('expires_at')
    .execute();

  await db.schema
    .createTable('drafts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text')
    .addColumn('citizen_profile_id', 'text', (c) => c.references('citizen_profiles.id'))
    .addColumn('service_id', 'text', (c) => c.notNull())
    .addColumn('definition_version', 'text', (c) => c.notNull())
    .addColumn('answers', 'jsonb', (c) => c.notNull())
    .addColumn('resume_code_hash', 'text', (c) => c.unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('drafts_session_id_idx').on('drafts').column('session_id').execute();
  await db.schema
    .createIndex('drafts_citizen_profile_id_idx')
    .on('drafts')
    .column('citizen_profile_id')
    .execute();

  await db.schema
    .createTable('consents')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('application_id', 'uuid', (c) => c.notNull().references('applications.id'))
    .addColumn('purpose_id', 'text', (c) => c.notNull())
    .addColumn('wording_version', 'text', (c) => c.notNull())
    .addColumn('given_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('consents_application_purpose_key', ['application_id', 'purpose_id'])
    .execute();

  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('tokens', 'double precision', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'rate_limits',
    'consents',
    'drafts',
    'sessions',
    'application_events',
    'applications',
    'citizen_profiles',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await sql`drop function if exists application_events_insert_only()`.execute(db);
}
