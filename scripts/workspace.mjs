// Shared by the README's two commands: bootstrap the pinned pnpm, install, and run tools
// from the workspace with its own node_modules/.bin first on the PATH.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'node_modules', '.bin');

export const env = {
  ...process.env,
  PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
  STORYBOOK_DISABLE_TELEMETRY: '1',
};

/** Runs a command in the workspace root; exits with its code when it fails. */
export function run(command, args, options = {}) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Installs every dependency with the pinned pnpm, fetched by npx when none is installed. */
export function install() {
  const args = ['install', ...(process.env.CI ? ['--frozen-lockfile'] : [])];
  if (existsSync(join(bin, 'pnpm'))) run(join(bin, 'pnpm'), args);
  else run('npx', ['-y', 'pnpm@12.4.2', ...args]);
}
