import { useTranslation } from '@dvc/i18n/react';
import { Button } from '@dvc/ui';
import { communesOf } from '@dvc/vn/places';
import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/accounts';
import { TableRegion } from '../../components/TableRegion';
import { CsrfField } from '../../components/CsrfField';
import { ErrorSummary, type FieldMessage } from '../../components/ErrorSummary';
import { PageTitle } from '../../components/page-title';
import { getDb } from '../../server/db/index';
import type { StaffRole } from '../../server/db/schema';
import { requireStaff } from '../../server/officers/access';
import {
  changeAccount,
  createAccount,
  listAccounts,
  type AccountChange,
  type AccountError,
} from '../../server/officers/accounts';
import { getRequestState } from '../../server/request-context';
import { readGuardedForm } from '../../server/security/input';
import { communeName, formatDateTime } from './parts';

const savedKinds = ['created', 'reset-password', 'unlock', 'disable', 'enable'] as const;
type SavedKind = (typeof savedKinds)[number];
const roles: readonly StaffRole[] = ['officer', 'leader', 'admin'];

export async function loader({ request, context }: Route.LoaderArgs) {
  const staff = await requireStaff({ request, context }, { roles: ['admin'] });
  const state = getRequestState(context);
  const now = new Date();
  const saved = new URL(request.url).searchParams.get('da-luu');
  const accounts = await listAccounts(await getDb());
  return {
    selfId: staff.id,
    saved: (savedKinds as readonly string[]).includes(saved ?? '') ? (saved as SavedKind) : null,
    accounts: accounts.map((a) => ({
      id: a.id,
      username: a.username,
      displayName: a.display_name,
      role: a.role,
      commune: communeName(a.commune_code),
      state: a.disabled_at
        ? ('disabled' as const)
        : a.locked_until && new Date(a.locked_until) > now
          ? ('locked' as const)
          : ('active' as const),
      lockedUntil: a.locked_until ? formatDateTime(a.locked_until, state.locale) : null,
    })),
  };
}

type FormError = AccountError | 'role' | 'input';

export async function action({ request, context }: Route.ActionArgs) {
  const staff = await requireStaff({ request, context }, { roles: ['admin'] });
  const form = await readGuardedForm(request, {
    fields: {
      intent: { kind: 'text', maxLength: 20 },
      accountId: { kind: 'text', maxLength: 40 },
      username: { kind: 'text', maxLength: 60 },
      displayName: { kind: 'text', maxLength: 120 },
      role: { kind: 'text', maxLength: 10 },
      commune: { kind: 'text', maxLength: 10 },
      password: { kind: 'text', maxLength: 200 },
    },
    maxRequestBytes: 8192,
  });
  if (!form.ok) {
    return data({ form: 'none', errors: ['input'] as FormError[], values: {} }, { status: 400 });
  }
  const v = form.values;
  const db = await getDb();
  if (v.intent === 'create') {
    const role = roles.find((r) => r === v.role);
    const values = { username: v.username ?? '', displayName: v.displayName ?? '' };
    if (!role) {
      return data({ form: 'create', errors: ['role'] as FormError[], values }, { status: 400 });
    }
    const commune = v.commune && /^\d{5}$/u.test(v.commune) ? v.commune : null;
    const result = await createAccount(db, staff, {
      username: v.username ?? '',
      displayName: v.displayName ?? '',
      role,
      communeCode: commune,
      password: v.password ?? '',
    });
    if (!result.ok) {
      return data({ form: 'create', errors: result.errors, values }, { status: 400 });
    }
    return redirect('/can-bo/tai-khoan?da-luu=created');
  }
  const accountId = v.accountId ?? '';
  const intent = v.intent;
  const change: AccountChange | null =
    intent === 'reset-password'
      ? { kind: 'reset-password', password: v.password ?? '' }
      : intent === 'unlock' || intent === 'disable' || intent === 'enable'
        ? { kind: intent }
        : null;
  if (!change || !/^[0-9a-f-]{36}$/u.test(accountId)) {
    return data(
      {
        form: v.intent === 'reset-password' ? 'reset' : 'none',
        errors: ['not-found'] as FormError[],
        values: {},
      },
      { status: 400 },
    );
  }
  const result = await changeAccount(db, staff, accountId, change);
  if (!result.ok) {
    return data(
      {
        form: v.intent === 'reset-password' ? 'reset' : 'none',
        errors: result.errors,
        values: {},
      },
      { status: 400 },
    );
  }
  return redirect(`/can-bo/tai-khoan?da-luu=${change.kind}`);
}

export default function Accounts({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation('portal');
  const errors = actionData?.errors ?? [];
  const formOf = actionData?.form;
  const fieldFor = (e: FormError): string | null => {
    if (formOf === 'reset') return e.startsWith('password') ? 'reset-password' : 'reset-account';
    if (formOf !== 'create') return null;
    if (e === 'username-format' || e === 'username-taken') return 'new-username';
    if (e === 'display-name-required') return 'new-display-name';
    if (e === 'commune-required') return 'new-commune';
    if (e === 'role') return 'new-role';
    if (e.startsWith('password')) return 'new-password';
    return null;
  };
  const messages: FieldMessage[] = errors.map((e) => ({
    fieldId: fieldFor(e),
    message: t(`officer.accounts.errors.${e}`),
  }));
  const errorFor = (fieldId: string) => errors.find((e) => fieldFor(e) === fieldId);
  const field = (
    id: string,
    label: string,
    input: (describedBy: string | undefined, invalid: boolean) => React.ReactNode,
    hint?: string,
  ) => {
    const error = errorFor(id);
    const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
      .filter(Boolean)
      .join(' ');
    return (
      <div className="officer-field">
        <label className="portal-label" htmlFor={id}>
          {label}
        </label>
        {hint && (
          <p className="portal-hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        {error && (
          <p className="portal-error-message" id={`${id}-error`}>
            <span className="portal-visually-hidden">{t('form.errorPrefix')} </span>
            {t(`officer.accounts.errors.${error}`)}
          </p>
        )}
        {input(describedBy || undefined, Boolean(error))}
      </div>
    );
  };
  const values = (actionData?.values ?? {}) as { username?: string; displayName?: string };
  return (
    <main className="portal-main officer-main" id="noi-dung">
      <PageTitle page={t('officer.accounts.title')} errors={messages.length} />
      <h1>{t('officer.accounts.title')}</h1>
      {loaderData.saved && (
        <div className="portal-notice" role="status">
          <p>{t(`officer.accounts.saved.${loaderData.saved}`)}</p>
        </div>
      )}
      <ErrorSummary messages={messages} />
      <TableRegion labelledBy="accounts-caption">
        <table className="portal-table">
          <caption id="accounts-caption">{t('officer.accounts.listCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('officer.accounts.columns.username')}</th>
              <th scope="col">{t('officer.accounts.columns.name')}</th>
              <th scope="col">{t('officer.accounts.columns.role')}</th>
              <th scope="col">{t('officer.accounts.columns.commune')}</th>
              <th scope="col">{t('officer.accounts.columns.state')}</th>
              <th scope="col">{t('officer.accounts.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {loaderData.accounts.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.username}</th>
                <td>{a.displayName}</td>
                <td>{t(`officer.roles.${a.role}`)}</td>
                <td>{a.commune}</td>
                <td>
                  {a.state === 'locked'
                    ? t('officer.accounts.states.locked', { time: a.lockedUntil ?? '' })
                    : t(`officer.accounts.states.${a.state}`)}
                </td>
                <td>
                  <div className="officer-row-actions">
                    {a.state === 'locked' && (
                      <Form method="post">
                        <CsrfField />
                        <input type="hidden" name="accountId" value={a.id} />
                        <Button variant="secondary" name="intent" value="unlock">
                          {t('officer.accounts.unlock', { username: a.username })}
                        </Button>
                      </Form>
                    )}
                    {a.id !== loaderData.selfId && (
                      <Form method="post">
                        <CsrfField />
                        <input type="hidden" name="accountId" value={a.id} />
                        {a.state === 'disabled' ? (
                          <Button variant="secondary" name="intent" value="enable">
                            {t('officer.accounts.enable', { username: a.username })}
                          </Button>
                        ) : (
                          <Button variant="warning" name="intent" value="disable">
                            {t('officer.accounts.disable', { username: a.username })}
                          </Button>
                        )}
                      </Form>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>

      <h2>{t('officer.accounts.resetTitle')}</h2>
      <Form method="post" noValidate className="officer-form">
        <CsrfField />
        <input type="hidden" name="intent" value="reset-password" />
        {field('reset-account', t('officer.accounts.resetAccount'), (describedBy, invalid) => (
          <select
            className="officer-select"
            id="reset-account"
            name="accountId"
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          >
            {loaderData.accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.username} – {a.displayName}
              </option>
            ))}
          </select>
        ))}
        {field(
          'reset-password',
          t('officer.accounts.resetPassword'),
          (describedBy, invalid) => (
            <input
              className="portal-input"
              id="reset-password"
              name="password"
              type="password"
              autoComplete="new-password"
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
            />
          ),
          t('officer.accounts.passwordHint'),
        )}
        <Button>{t('officer.accounts.resetSubmit')}</Button>
      </Form>

      <h2>{t('officer.accounts.createTitle')}</h2>
      <Form method="post" noValidate className="officer-form">
        <CsrfField />
        <input type="hidden" name="intent" value="create" />
        {field(
          'new-username',
          t('officer.accounts.username'),
          (describedBy, invalid) => (
            <input
              className="portal-input"
              id="new-username"
              name="username"
              type="text"
              autoCapitalize="none"
              spellCheck={false}
              autoComplete="off"
              defaultValue={values.username ?? ''}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
            />
          ),
          t('officer.accounts.usernameHint'),
        )}
        {field('new-display-name', t('officer.accounts.displayName'), (describedBy, invalid) => (
          <input
            className="portal-input"
            id="new-display-name"
            name="displayName"
            type="text"
            autoComplete="off"
            defaultValue={values.displayName ?? ''}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          />
        ))}
        {field('new-role', t('officer.accounts.role'), (describedBy, invalid) => (
          <select
            className="officer-select"
            id="new-role"
            name="role"
            defaultValue="officer"
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          >
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`officer.roles.${r}`)}
              </option>
            ))}
          </select>
        ))}
        {field('new-commune', t('officer.accounts.commune'), (describedBy, invalid) => (
          <select
            className="officer-select"
            id="new-commune"
            name="commune"
            defaultValue=""
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          >
            <option value="">{t('officer.accounts.choose')}</option>
            {communesOf('19').map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        ))}
        {field(
          'new-password',
          t('officer.accounts.password'),
          (describedBy, invalid) => (
            <input
              className="portal-input"
              id="new-password"
              name="password"
              type="password"
              autoComplete="new-password"
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
            />
          ),
          t('officer.accounts.passwordHint'),
        )}
        <Button>{t('officer.accounts.createSubmit')}</Button>
      </Form>
    </main>
  );
}
