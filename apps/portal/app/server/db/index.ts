import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect, type MigrationResultSet } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
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
  let release = () => undefined as void;
  if (dir !== 'memory://') {
    mkdirSync(dir, { recursive: true });
    release = lockDataDir(dir);
  }
  const pglite = await PGlite.create(dir === 'memory://' ? undefined : dir);
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
      release();
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is one process's database: a second process opening the same folder (a second
 * `npm start`, the seed command beside a running server) would corrupt it. A lock file
 * beside the folder names the owner; a lock left by a process that died is taken over.
 */
function lockDataDir(dir: string): () => void {
  const lock = `${dir}.lock`;
  const mine = String(process.pid);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(lock, mine, { flag: 'wx' });
      const release = () => {
        try {
          if (readFileSync(lock, 'utf8') === mine) unlinkSync(lock);
        } catch {
          // Already gone.
        }
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let owner = 0;
      try {
        owner = Number(readFileSync(lock, 'utf8'));
      } catch {
        continue;
      }
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new Error(
          `The database folder ${dir} is in use by process ${String(owner)}. ` +
            'Stop that process first, or set PGLITE_DIR to another folder.',
        );
      }
      try {
        unlinkSync(lock);
      } catch {
        // Someone else removed it; try again.
      }
    }
  }
  throw new Error(`Could not lock the database folder ${dir}`);
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
