import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect, type MigrationResultSet } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { mkdirSync } from 'node:fs';
import pg from 'pg';
import { pgliteDirFromEnv } from '../config.js';
import { migrations } from './migrations/index.js';
import type { Database } from './schema.js';

export type { Database } from './schema.js';

export interface DatabaseOptions {
  /** A PostgreSQL connection string; without one the embedded PGlite database is used. */
  databaseUrl?: string | undefined;
  /** PGlite's data folder, or `memory://`. */
  pgliteDir?: string | undefined;
}

export interface DatabaseHandle {
  db: Kysely<Database>;
  /** Which engine answers: the embedded one or a PostgreSQL server. */
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

/** Opens (and does not migrate) a database: PostgreSQL when a URL is given, else PGlite. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const dir = options.pgliteDir ?? 'memory://';
  if (dir !== 'memory://') mkdirSync(dir, { recursive: true });
  const pglite = await PGlite.create(dir === 'memory://' ? undefined : dir);
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}

/** Brings the schema up to date; throws with the failing migration's name on error. */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
  });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    throw new Error(`Database migration ${failed?.migrationName ?? '(unknown)'} failed`, {
      cause: result.error,
    });
  }
  return result;
}

/** Opens and migrates the database the environment names (DATABASE_URL, else PGLITE_DIR). */
export async function openDatabaseFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): Promise<DatabaseHandle> {
  const handle = await openDatabase({
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    pgliteDir: pgliteDirFromEnv(env),
  });
  await migrateToLatest(handle.db);
  return handle;
}

let shared: Promise<DatabaseHandle> | undefined;

/** The process-wide database, opened and migrated on first use. */
export function getDatabaseHandle(): Promise<DatabaseHandle> {
  shared ??= openDatabaseFromEnv().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}

export async function getDb(): Promise<Kysely<Database>> {
  return (await getDatabaseHandle()).db;
}

/** Closes the process-wide database (on shutdown). */
export async function closeSharedDatabase(): Promise<void> {
  const current = shared;
  shared = undefined;
  if (current) await (await current).close();
}
