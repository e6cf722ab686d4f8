#!/usr/bin/env node
// Runs a command with a throwaway PostgreSQL server:
//   node scripts/postgres.mjs -- npx vitest run
// initdb into a temporary folder, start on a free port on 127.0.0.1, export DATABASE_URL to
// the command, then stop the server and delete the folder, also when the command fails or
// is interrupted. Without PostgreSQL binaries it says so and runs the command without
// DATABASE_URL (the storage tests then skip their PostgreSQL variant, visibly).
import { spawnSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const separator = process.argv.indexOf('--');
const command = separator === -1 ? process.argv.slice(2) : process.argv.slice(separator + 1);
if (command.length === 0) {
  console.error('Usage: node scripts/postgres.mjs -- <command> [args...]');
  process.exit(2);
}

/** The folder holding initdb and pg_ctl: PG_BIN, else the newest /usr/lib/postgresql/N/bin. */
function findBinaries() {
  const candidates = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((name) => /^\d+$/u.test(name))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => join(root, v, 'bin')));
  }
  return candidates.find(
    (dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')),
  );
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function runCommand(env) {
  return new Promise((resolve) => {
    const [file, ...args] = command;
    const child = spawn(file, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
    child.on('error', (error) => {
      console.error(`Could not run ${file}: ${error.message}`);
      resolve(127);
    });
  });
}

const bin = findBinaries();
if (!bin) {
  console.warn(
    'No PostgreSQL binaries found (looked in PG_BIN and /usr/lib/postgresql/*/bin): running ' +
      "the command without DATABASE_URL, so PostgreSQL tests are skipped. Install Debian's " +
      '"postgresql" package to run them.',
  );
  const env = { ...process.env };
  delete env.DATABASE_URL;
  process.exit(await runCommand(env));
}

// PostgreSQL refuses to run as root: as root, the server runs as the `postgres` user.
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const osUser = asRoot ? 'postgres' : undefined;
if (asRoot && spawnSync('id', ['-u', 'postgres']).status !== 0) {
  console.error('Running as root, but there is no "postgres" user to run PostgreSQL as.');
  process.exit(1);
}

function asServerUser(file, args, options = {}) {
  const [cmd, cmdArgs] = osUser ? ['runuser', ['-u', osUser, '--', file, ...args]] : [file, args];
  return spawnSync(cmd, cmdArgs, { encoding: 'utf8', ...options });
}

const dir = mkdtempSync(join(tmpdir(), 'dvc-postgres-'));
if (osUser) {
  chmodSync(dir, 0o777);
  spawnSync('chown', [osUser, dir]);
}
const dataDir = join(dir, 'data');
const port = await freePort();
let started = false;

function stop() {
  if (started) {
    asServerUser(join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', 'stop'], {
      stdio: 'ignore',
    });
    started = false;
  }
  rmSync(dir, { recursive: true, force: true });
}

let exitCode = 1;
try {
  const init = asServerUser(join(bin, 'initdb'), [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '-A',
    'trust',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  if (init.status !== 0) throw new Error(`initdb failed:\n${init.stdout}${init.stderr}`);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const start = asServerUser(join(bin, 'pg_ctl'), [
    '-D',
    dataDir,
    '-l',
    join(dir, 'server.log'),
    '-o',
    options,
    '-w',
    '-t',
    '60',
    'start',
  ]);
  if (start.status !== 0) throw new Error(`pg_ctl start failed:\n${start.stdout}${start.stderr}`);
  started = true;
  const databaseUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  console.log(`PostgreSQL ${bin.split('/').at(-2) ?? ''} is running: DATABASE_URL=${databaseUrl}`);
  exitCode = await runCommand({ ...process.env, DATABASE_URL: databaseUrl });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  stop();
}
process.exit(exitCode);
