import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { sha256 } from './crypto.js';

export interface TokenBucket {
  /** Attempts allowed in a burst. */
  capacity: number;
  /** Seconds for one attempt to come back. */
  refillSeconds: number;
}

/** Status look-ups: 5 in a row, then one more every 12 seconds (about 5 a minute). */
export const lookupBucket: TokenBucket = { capacity: 5, refillSeconds: 12 };

export interface RateLimitResult {
  allowed: boolean;
  /** When not allowed: seconds until the next attempt is. */
  retryAfterSeconds: number;
}

/**
 * Takes one token from the bucket named `key` (kept in the database, so several app
 * servers share it). The client's address is hashed into the key, never stored as is.
 */
export async function takeToken(
  db: Kysely<Database>,
  scope: string,
  client: string,
  bucket: TokenBucket,
  now = new Date(),
): Promise<RateLimitResult> {
  const key = `${scope}:${sha256('rate-limit-client', client)}`;
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('rate_limits')
      .values({ key, tokens: bucket.capacity, updated_at: now })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    const row = await trx
      .selectFrom('rate_limits')
      .select(['tokens', 'updated_at'])
      .where('key', '=', key)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const elapsedSeconds = Math.max(0, (now.getTime() - new Date(row.updated_at).getTime()) / 1000);
    const available = Math.min(bucket.capacity, row.tokens + elapsedSeconds / bucket.refillSeconds);
    const allowed = available >= 1;
    const tokens = allowed ? available - 1 : available;
    await trx
      .updateTable('rate_limits')
      .set({ tokens, updated_at: now })
      .where('key', '=', key)
      .execute();
    return {
      allowed,
      retryAfterSeconds: allowed ? 0 : Math.ceil((1 - available) * bucket.refillSeconds),
    };
  });
}
