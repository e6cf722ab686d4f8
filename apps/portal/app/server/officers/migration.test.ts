import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases.js';

describeEachDatabase('migration 0003 (officers)', (get) => {
  it('adds the processing columns to applications', async () => {
    const { db } = get();
    const columns = await sql<{
      column_name: string;
      is_nullable: string;
      column_default: string | null;
    }>`
      select column_name, is_nullable, column_default from information_schema.columns
      where table_name = 'applications' and table_schema = current_schema()
        and column_name in ('version', 'status_changed_at', 'finished_at')
      order by column_name`.execute(db);
    expect(columns.rows.map((r) => [r.column_name, r.is_nullable])).toEqual([
      ['finished_at', 'YES'],
      ['status_changed_at', 'YES'],
      ['version', 'NO'],
    ]);
  });

  it('keeps the audit log insert-only: update, delete and truncate are refused', async () => {
    const { db } = get();
    const row = await db
      .insertInto('audit_log')
      .values({ username: 'x', action: 'sign-in', outcome: 'failure' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await expect(
      db.updateTable('audit_log').set({ outcome: 'success' }).where('id', '=', row.id).execute(),
    ).rejects.toThrow(/insert-only/);
    await expect(db.deleteFrom('audit_log').where('id', '=', row.id).execute()).rejects.toThrow(
      /insert-only/,
    );
    await expect(sql`truncate audit_log`.execute(db)).rejects.toThrow(/insert-only/);
    const kept = await db
      .selectFrom('audit_log')
      .select('outcome')
      .where('id', '=', row.id)
      .executeTakeFirst();
    expect(kept?.outcome).toBe('failure');
  });

  it('requires a commune for officers and none for the other roles', async () => {
    const { db } = get();
    await expect(
      db
        .insertInto('staff_accounts')
        .values({
          username: 'o1',
          display_name: 'O',
          role: 'officer',
          commune_code: null,
          password_hash: 'h',
        })
        .execute(),
    ).rejects.toThrow();
    await expect(
      db
        .insertInto('staff_accounts')
        .values({
          username: 'l1',
          display_name: 'L',
          role: 'leader',
          commune_code: '01843',
          password_hash: 'h',
        })
        .execute(),
    ).rejects.toThrow();
  });
});
