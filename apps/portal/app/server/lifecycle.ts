import { closeSharedDatabase, getDatabaseHandle } from './db/index.js';
import { hasNoProfiles, seedDemoApplications, seedDemoProfiles } from './db/seed.js';
import { purgeExpiredSessions } from './security/session.js';

export interface PrepareResult {
  kind: 'pglite' | 'postgres';
  seededProfiles: number;
  purgedSessions: number;
}

/**
 * Run by server.js before it listens: opens the database, runs the migrations, gives an
 * empty database its demo citizen profiles, and drops expired sessions.
 */
export async function prepareServer(): Promise<PrepareResult> {
  const { db, kind } = await getDatabaseHandle();
  const seededProfiles = (await hasNoProfiles(db)) ? await seedDemoProfiles(db) : 0;
  const purgedSessions = await purgeExpiredSessions(db);
  return { kind, seededProfiles, purgedSessions };
}

/** `pnpm --filter @dvc/portal seed`: demo profiles and some applications; safe to repeat. */
export async function seedDemoData(): Promise<{ profiles: number; applications: number }> {
  const { db } = await getDatabaseHandle();
  const profiles = await seedDemoProfiles(db);
  const applications = await seedDemoApplications(db);
  return { profiles, applications };
}

export async function shutdownServer(): Promise<void> {
  await closeSharedDatabase();
}
