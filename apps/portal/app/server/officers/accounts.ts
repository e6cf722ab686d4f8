import type { Kysely } from 'kysely';
import type { Database, StaffAccount, StaffRole } from '../db/schema.js';
import { writeAudit } from './audit.js';
import { dummyPasswordHash, hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import { createStaffSession, endAllStaffSessions, type StaffMember } from './staff-session.js';

/** Failed sign-ins in a row that lock an account, and for how long. */
export const lockout = { maxFailures: 5, minutes: 15 } as const;

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date; staffId: string }
  | { ok: false; reason: 'invalid' | 'locked' | 'disabled' };

/**
 * Checks a username and password. Every attempt, either outcome, goes to the audit log. A
 * wrong username costs the same scrypt work as a wrong password; after `lockout.maxFailures`
 * failures in a row the account is locked for `lockout.minutes` (or until an administrator
 * unlocks it), and while locked even the right password is refused.
 */
export async function signInStaff(
  db: Kysely<Database>,
  rawUsername: string,
  password: string,
  now = new Date(),
): Promise<SignInResult> {
  const username = rawUsername.normalize('NFC').trim().toLowerCase();
  const account = await db
    .selectFrom('staff_accounts')
    .selectAll()
    .where('username', '=', username)
    .executeTakeFirst();
  const matches = await verifyPassword(
    password,
    account?.password_hash ?? (await dummyPasswordHash()),
  );
  const fail = async (reason: 'invalid' | 'locked' | 'disabled'): Promise<SignInResult> => {
    await writeAudit(db, {
      staffId: account?.id ?? null,
      username: username || '(empty)',
      action: 'sign-in',
      outcome: 'failure',
      detail: { reason: account ? reason : 'unknown-user' },
    });
    return { ok: false, reason };
  };
  if (!account) return fail('invalid');
  if (account.disabled_at) return fail('disabled');
  if (account.locked_until && new Date(account.locked_until) > now) return fail('locked');
  if (!matches) {
    const failures = (account.locked_until ? 0 : account.failed_attempts) + 1;
    const locks = failures >= lockout.maxFailures;
    await db
      .updateTable('staff_accounts')
      .set({
        failed_attempts: locks ? 0 : failures,
        locked_until: locks ? new Date(now.getTime() + lockout.minutes * 60_000) : null,
        updated_at: now,
      })
      .where('id', '=', account.id)
      .execute();
    return fail(locks ? 'locked' : 'invalid');
  }
  await db
    .updateTable('staff_accounts')
    .set({ failed_attempts: 0, locked_until: null, updated_at: now })
    .where('id', '=', account.id)
    .execute();
  const session = await createStaffSession(db, account.id, now);
  await writeAudit(db, {
    staffId: account.id,
    username: account.username,
    action: 'sign-in',
    outcome: 'success',
  });
  return { ok: true, token: session.token, expiresAt: session.expiresAt, staffId: account.id };
}

export type AccountRow = Pick<
  StaffAccount,
  'id' | 'username' | 'display_name' | 'role' | 'commune_code' | 'locked_until' | 'disabled_at'
>;

export async function listAccounts(db: Kysely<Database>): Promise<AccountRow[]> {
  return db
    .selectFrom('staff_accounts')
    .select([
      'id',
      'username',
      'display_name',
      'role',
      'commune_code',
      'locked_until',
      'disabled_at',
    ])
    .orderBy('username')
    .execute();
}

export interface NewAccount {
  username: string;
  displayName: string;
  role: StaffRole;
  communeCode: string | null;
  password: string;
}

export type AccountError =
  | 'username-format'
  | 'username-taken'
  | 'display-name-required'
  | 'commune-required'
  | 'password-too-short'
  | 'password-too-long'
  | 'not-found'
  | 'self';

export const usernamePattern = /^[a-z0-9][a-z0-9._-]{2,39}$/u;

function mustBeAdmin(actor: StaffMember): void {
  if (actor.role !== 'admin') throw new Error('Only administrators manage accounts');
}

/** Creates an account (administrators only). Officers need a commune; the others have none. */
export async function createAccount(
  db: Kysely<Database>,
  actor: StaffMember,
  input: NewAccount,
): Promise<{ ok: true; id: string } | { ok: false; errors: AccountError[] }> {
  mustBeAdmin(actor);
  const username = input.username.trim().toLowerCase();
  const errors: AccountError[] = [];
  if (!usernamePattern.test(username)) errors.push('username-format');
  if (!input.displayName.trim()) errors.push('display-name-required');
  if (input.role === 'officer' && !input.communeCode) errors.push('commune-required');
  const problem = passwordProblem(input.password);
  if (problem) errors.push(`password-${problem}`);
  if (errors.length) return { ok: false, errors };
  const created = await db
    .insertInto('staff_accounts')
    .values({
      username,
      display_name: input.displayName.trim(),
      role: input.role,
      commune_code: input.role === 'officer' ? input.communeCode : null,
      password_hash: await hashPassword(input.password),
    })
    .onConflict((oc) => oc.column('username').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!created) return { ok: false, errors: ['username-taken'] };
  await writeAudit(db, {
    staffId: actor.id,
    username: actor.username,
    action: 'account-create',
    outcome: 'success',
    detail: { account: username, role: input.role, commune: input.communeCode },
  });
  return { ok: true, id: created.id };
}

export type AccountChange =
  | { kind: 'reset-password'; password: string }
  | { kind: 'unlock' }
  | { kind: 'disable' }
  | { kind: 'enable' };

/** Resets a password (and unlocks), unlocks, disables or enables an account. */
export async function changeAccount(
  db: Kysely<Database>,
  actor: StaffMember,
  accountId: string,
  change: AccountChange,
  now = new Date(),
): Promise<{ ok: true } | { ok: false; errors: AccountError[] }> {
  mustBeAdmin(actor);
  const account = await db
    .selectFrom('staff_accounts')
    .select(['id', 'username'])
    .where('id', '=', accountId)
    .executeTakeFirst();
  if (!account) return { ok: false, errors: ['not-found'] };
  if (change.kind === 'disable' && account.id === actor.id) return { ok: false, errors: ['self'] };
  if (change.kind === 'reset-password') {
    const problem = passwordProblem(change.password);
    if (problem) return { ok: false, errors: [`password-${problem}`] };
    await db
      .updateTable('staff_accounts')
      .set({
        password_hash: await hashPassword(change.password),
        failed_attempts: 0,
        locked_until: null,
        updated_at: now,
      })
      .where('id', '=', account.id)
      .execute();
    await endAllStaffSessions(db, account.id);
  } else if (change.kind === 'unlock') {
    await db
      .updateTable('staff_accounts')
      .set({ failed_attempts: 0, locked_until: null, updated_at: now })
      .where('id', '=', account.id)
      .execute();
  } else {
    await db
      .updateTable('staff_accounts')
      .set({ disabled_at: change.kind === 'disable' ? now : null, updated_at: now })
      .where('id', '=', account.id)
      .execute();
    if (change.kind === 'disable') await endAllStaffSessions(db, account.id);
  }
  const action =
    change.kind === 'reset-password'
      ? 'account-reset-password'
      : change.kind === 'unlock'
        ? 'account-unlock'
        : change.kind === 'disable'
          ? 'account-disable'
          : 'account-enable';
  await writeAudit(db, {
    staffId: actor.id,
    username: actor.username,
    action,
    outcome: 'success',
    detail: { account: account.username },
  });
  return { ok: true };
}
