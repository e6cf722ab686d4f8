import type { Kysely } from 'kysely';

// Reserved for a change in progress; fill in before it ships, never edit it after.
export function up(_db: Kysely<unknown>): Promise<void> {
  return Promise.resolve();
}

export function down(_db: Kysely<unknown>): Promise<void> {
  return Promise.resolve();
}
