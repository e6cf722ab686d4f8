import { resolve } from 'node:path';

/** Where the embedded database keeps its files; `memory://` keeps it in memory only. */
export function pgliteDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.PGLITE_DIR?.trim();
  if (configured === 'memory://' || configured === 'memory') return 'memory://';
  return resolve(configured || resolve(process.cwd(), 'data/pglite'));
}

/** True when a reverse proxy in front is trusted to say the client's protocol and address. */
export function trustProxyFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.TRUST_PROXY?.trim().toLowerCase();
  return value === '1' || value === 'true' || value === 'yes';
}
