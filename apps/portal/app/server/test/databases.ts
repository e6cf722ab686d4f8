import { afterAll, beforeAll, describe } from 'vitest';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../db/index.js';
import { sql } from 'kysely';

interface Engine {
  name: string;
  databaseUrl?: string;
}

const databaseUrl = process.env.DATABASE_URL?.trim();

if (!databaseUrl) {
  console.warn(
    'DATABASE_URL is not set: the PostgreSQL variants of the storage tests are skipped ' +
      '(run them with `node scripts/postgres.mjs -- <command>`).',
  );
}

/**
 * Runs a block of storage tests against a fresh in-memory PGlite, and again against the
 * PostgreSQL server in DATABASE_URL (on a schema of its own, dropped afterwards) when set.
 */
export function describeEachDatabase(
  title: string,
  body: (get: () => DatabaseHandle) => void,
): void {
  const engines: Engine[] = [{ name: 'PGlite' }];
  engines.push(databaseUrl ? { name: 'PostgreSQL', databaseUrl } : { name: 'PostgreSQL' });
  for (const engine of engines) {
    const skip = engine.name === 'PostgreSQL' && !engine.databaseUrl;
    (skip ? describe.skip : describe)(
      `${title} (${engine.name}${skip ? ': DATABASE_URL not set' : ''})`,
      () => {
        let handle: DatabaseHandle | undefined;
        let schema: string | undefined;
        beforeAll(async () => {
          if (engine.databaseUrl) {
            schema = `t_${Math.random().toString(36).slice(2, 10)}`;
            const url = new URL(engine.databaseUrl);
            url.searchParams.set('options', `-c search_path=${schema}`);
            const admin = await openDatabase({ databaseUrl: engine.databaseUrl });
            await sql`create schema ${sql.id(schema)}`.execute(admin.db);
            await admin.close();
            handle = await openDatabase({ databaseUrl: url.toString() });
          } else {
            handle = await openDatabase({ pgliteDir: 'memory://' });
          }
          await migrateToLatest(handle.db);
        });
        afterAll(async () => {
          if (!handle) return;
          if (schema) await sql`drop schema ${sql.id(schema)} cascade`.execute(handle.db);
          await handle.close();
        });
        body(() => {
          if (!handle) throw new Error('The database is not open yet');
          return handle;
        });
      },
    );
  }
}
