import { createHash } from 'node:crypto';
import { test } from '@playwright/test';

/**
 * Gives every test its own client address (X-Forwarded-For, trusted by the e2e server as if a
 * proxy sat in front), so the per-client rate limit of one test never spills into another
 * running in parallel.
 */
export function giveEachTestItsOwnClientAddress(): void {
  test.beforeEach(async ({ context }, testInfo) => {
    const digest = createHash('sha256').update(`${testInfo.testId}:${testInfo.retry}`).digest();
    const address = `10.${digest[0]}.${digest[1]}.${digest[2]}`;
    await context.setExtraHTTPHeaders({ 'X-Forwarded-For': address });
  });
}
