/**
 * A portal of the spec's own, on a PGlite folder of its own, so that after the spec the
 * database itself can be read: the honest way to say "nothing junk was stored" without a
 * test-only door in the portal. Same build as the suite's server (PORTAL_BUILD_DIR).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const portalDir = fileURLToPath(new URL('../../../apps/portal/', import.meta.url));

export interface OwnPortal {
  baseURL: string;
  dataDir: string;
  /** The number of applications the seed created, from the start-up line. */
  seededApplications: number;
  /** Stops the server (SIGTERM: it closes the database cleanly). */
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

export async function startOwnPortal(): Promise<OwnPortal> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dvc-quality-'));
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['server.js'], {
    cwd: portalDir,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PGLITE_DIR: join(dataDir, 'pglite'),
      TRUST_PROXY: '1',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const ready = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`portal did not start:\n${output}`)), 170_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('is listening on')) {
        clearTimeout(timer);
        resolve(output);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`portal exited (${String(code)}):\n${output}`));
    });
  });
  const seeded = /(\d+) applications/u.exec(ready);
  return {
    baseURL: `http://127.0.0.1:${port}`,
    dataDir,
    seededApplications: Number(seeded?.[1] ?? 0),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`portal did not stop within 60 s of SIGTERM:\n${output.slice(-2000)}`));
        }, 60_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

interface Sql {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  close(): Promise<void>;
}

export interface JunkScan {
  applications: number;
  /** table -> rows holding the junk marker, decomposed marks or invisible characters. */
  tainted: Record<string, number>;
}

/** Reads every table of the stopped portal's database for anything junk. */
export async function scanDatabase(portal: OwnPortal, marker: string): Promise<JunkScan> {
  const require = createRequire(join(portalDir, 'package.json'));
  // The portal's own PGlite (the tests package does not depend on it).
  const { PGlite } = (await import(
    pathToFileURL(require.resolve('@electric-sql/pglite')).href
  )) as {
    PGlite: { create(dir: string): Promise<Sql> };
  };
  const db = await PGlite.create(join(portal.dataDir, 'pglite'));
  try {
    const tables = await db.query<{ name: string }>(
      "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
    );
    const tainted: Record<string, number> = {};
    for (const { name } of tables.rows) {
      const quoted = `"${name.replaceAll('"', '""')}"`;
      // The marker, combining marks left by decomposed text (the seed is NFC), or invisible
      // characters, anywhere in the row.
      const result = await db.query<{ n: number }>(
        `select count(*)::int as n from ${quoted} t where row_to_json(t)::text ilike $1
           or row_to_json(t)::text ~ '[\u0300-\u036f\u200b-\u200d\u2060\ufeff\u202e]'`,
        [`%${marker}%`],
      );
      const n = result.rows[0]?.n ?? 0;
      if (n > 0) tainted[name] = n;
    }
    const apps = await db.query<{ n: number }>('select count(*)::int as n from applications');
    return { applications: apps.rows[0]?.n ?? 0, tainted };
  } finally {
    await db.close();
    rmSync(portal.dataDir, { recursive: true, force: true });
  }
}
