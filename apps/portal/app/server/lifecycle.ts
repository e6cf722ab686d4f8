import { closeSharedDatabase, getDatabaseHandle } from './db/index.js';
import { hasNoProfiles, seedDemoApplications, seedDemoProfiles } from './db/seed.js';
import { seedOfficerDemo } from './officers/seed.js';
import { purgeExpiredSessions } from './security/session.js';

export interface PrepareResult {
  kind: 'pglite' | 'postgres';
  seededProfiles: number;
  seededApplications: number;
  purgedSessions: number;
}

/**
 * Run by server.js before it listens: opens the database, runs the migrations, gives an
 * empty database its demo citizen profiles (and their demo applications), drops expired
 * sessions, and starts the rate-limit buckets afresh. Once per process: the first request
 * waits for it too, so `react-router dev` gets the same database as `npm start`.
 */
export function prepareServer(): Promise<PrepareResult> {
  prepared ??= prepare().catch((error: unknown) => {
    prepared = undefined;
    throw error;
  });
  return prepared;
}

let prepared: Promise<PrepareResult> | undefined;

async function prepare(): Promise<PrepareResult> {
  const { db, kind } = await getDatabaseHandle();
  let seededProfiles = 0;
  let seededApplications = 0;
  if (await hasNoProfiles(db)) {
    seededProfiles = await seedDemoProfiles(db);
    seededApplications = await seedDemoApplications(db);
  }
  // Demo staff accounts (and a late application) on a database without staff.
  seededApplications += (await seedOfficerDemo(db)).applications;
  const purgedSessions = await purgeExpiredSessions(db);
  await db.deleteFrom('rate_limits').execute();
  return { kind, seededProfiles, seededApplications, purgedSessions };
}

/** `pnpm --filter @dvc/portal seed`: demo profiles and some applications; safe to repeat. */
export async function seedDemoData(): Promise<{ profiles: number; applications: number }> {
  const { db } = await getDatabaseHandle();
  const profiles = await seedDemoProfiles(db);
  const applications = await seedDemoApplications(db);
  const officers = await seedOfficerDemo(db);
  return { profiles, applications: applications + officers.applications };
}

export async function shutdownServer(): Promise<void> {
  prepared = undefined;
  await closeSharedDatabase();
}
