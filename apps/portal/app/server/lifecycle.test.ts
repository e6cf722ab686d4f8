import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { countApplications } from './applications/submit.js';
import { getDb } from './db/index.js';
import { demoHistoryRows, demoProfiles } from './db/seed.js';
import { prepareServer, seedDemoData, shutdownServer } from './lifecycle.js';

describe('server start and seed', () => {
  beforeAll(() => {
    vi.stubEnv('DATABASE_URL', '');
    vi.stubEnv('PGLITE_DIR', 'memory://');
  });
  afterAll(async () => {
    await shutdownServer();
    vi.unstubAllEnvs();
  });

  it('migrates and seeds an empty database once, with masked copies of the numbers', async () => {
    const first = await prepareServer();
    expect(first).toMatchObject({
      kind: 'pglite',
      seededProfiles: demoProfiles.length,
      // 4 for the demo citizens, 1 late one for the officers, the reports' year of history.
      seededApplications: 4 + 1 + demoHistoryRows,
    });
    // Every request awaits the same preparation: it runs once per process.
    expect(await prepareServer()).toBe(first);
    const db = await getDb();
    const profiles = await db
      .selectFrom('citizen_profiles')
      .select(['id_number', 'id_number_masked', 'phone_masked'])
      .execute();
    for (const p of profiles) {
      expect(p.id_number_masked).toBe(`•••••••••${p.id_number.slice(-3)}`);
      expect(p.phone_masked).toMatch(/^0\d{2}•+\d{2}$/u);
    }
  });

  it('the seed command can run again without duplicating anything', async () => {
    const db = await getDb();
    const before = await countApplications(db);
    expect(await seedDemoData()).toEqual({ profiles: 0, applications: 0 });
    expect(await countApplications(db)).toBe(before);
  });
});
