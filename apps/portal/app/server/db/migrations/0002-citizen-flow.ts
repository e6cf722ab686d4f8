import { sql, type Kysely } from 'kysely';

// The citizens' service flow: files uploaded with an application, kept in the database so a
// province running several app servers on one PostgreSQL needs no shared disk.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('attachments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // While the person is still answering, the file belongs to their draft...
    .addColumn('draft_id', 'text', (c) => c.references('drafts.id').onDelete('set null'))
    // ...and once submitted, to the application.
    .addColumn('application_id', 'uuid', (c) => c.references('applications.id'))
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('pdf', 'png', 'jpeg')`))
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('attachments_draft_id_idx')
    .on('attachments')
    .column('draft_id')
    .execute();
  await db.schema
    .createIndex('attachments_application_id_idx')
    .on('attachments')
    .column('application_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('attachments').execute();
}
