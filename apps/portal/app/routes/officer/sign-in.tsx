import { useTranslation } from '@dvc/i18n/react';
import { Button } from '@dvc/ui';
import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/sign-in';
import { CsrfField } from '../../components/CsrfField';
import { ErrorSummary, type FieldMessage } from '../../components/ErrorSummary';
import { PageTitle } from '../../components/page-title';
import { getDb } from '../../server/db/index';
import { getStaff } from '../../server/officers/access';
import { lockout, signInStaff } from '../../server/officers/accounts';
import { staffCookieName, staffSessionTtlMs } from '../../server/officers/staff-session';
import { getRequestState } from '../../server/request-context';
import { readGuardedForm } from '../../server/security/input';
import { takeToken } from '../../server/security/rate-limit';
import { serializeCookie } from '../../server/security/session';
import officerCss from './officer.css?url';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: officerCss }];

/** Staff sign-in attempts per client address: 10 in a row, then one every 30 seconds. */
const signInBucket = { capacity: 10, refillSeconds: 30 };

function homeFor(role: string): string {
  return role === 'admin' ? '/can-bo/tai-khoan' : '/can-bo';
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const staff = await getStaff({ request, context });
  if (staff) return redirect(homeFor(staff.role));
  const url = new URL(request.url);
  return {
    notice: url.searchParams.has('het-han')
      ? ('expired' as const)
      : url.searchParams.has('da-dang-xuat')
        ? ('signedOut' as const)
        : null,
  };
}

type SignInError = 'username-required' | 'password-required' | 'invalid' | 'rate-limited';

export async function action({ request, context }: Route.ActionArgs) {
  const state = getRequestState(context);
  const form = await readGuardedForm(request, {
    fields: {
      username: { kind: 'text', maxLength: 100 },
      password: { kind: 'text', maxLength: 200 },
    },
    maxRequestBytes: 4096,
  });
  if (!form.ok) {
    return data(
      { errors: ['invalid'] as SignInError[], username: '', minutes: 0 },
      { status: 400 },
    );
  }
  const username = form.values.username ?? '';
  // The password is taken as typed (only NFC): spaces inside it count.
  const password = form.values.password ?? '';
  const errors: SignInError[] = [];
  if (!username) errors.push('username-required');
  if (!password) errors.push('password-required');
  if (errors.length) return data({ errors, username, minutes: 0 }, { status: 400 });
  const db = await getDb();
  const limit = await takeToken(db, 'staff-sign-in', state.clientAddress, signInBucket);
  if (!limit.allowed) {
    return data(
      {
        errors: ['rate-limited'] as SignInError[],
        username,
        minutes: Math.max(1, Math.ceil(limit.retryAfterSeconds / 60)),
      },
      { status: 429, headers: { 'Retry-After': String(limit.retryAfterSeconds) } },
    );
  }
  const result = await signInStaff(db, username, password);
  if (!result.ok) {
    // Locked, disabled and wrong answers look the same from outside.
    return data({ errors: ['invalid'] as SignInError[], username, minutes: 0 }, { status: 401 });
  }
  const role = await db
    .selectFrom('staff_accounts')
    .select('role')
    .where('id', '=', result.staffId)
    .executeTakeFirstOrThrow();
  return redirect(homeFor(role.role), {
    headers: {
      'Set-Cookie': serializeCookie(staffCookieName, result.token, {
        secure: state.secure,
        maxAge: staffSessionTtlMs() / 1000,
      }),
    },
  });
}

export default function StaffSignIn({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation('portal');
  const errors = actionData?.errors ?? [];
  const messageOf = (error: SignInError) =>
    error === 'invalid'
      ? t('officer.signIn.errors.invalid', {
          count: lockout.maxFailures,
          minutes: lockout.minutes,
        })
      : error === 'rate-limited'
        ? t('officer.signIn.errors.rate-limited', { minutes: actionData?.minutes ?? 1 })
        : t(`officer.signIn.errors.${error}`);
  const messages: FieldMessage[] = errors.map((error) => ({
    fieldId: error === 'password-required' ? 'password' : 'username',
    message: messageOf(error),
  }));
  const usernameError = errors.find((e) => e !== 'password-required');
  const passwordError = errors.includes('password-required');
  return (
    <main className="portal-main" id="noi-dung">
      <PageTitle page={t('officer.signIn.title')} errors={messages.length} />
      <h1>{t('officer.signIn.title')}</h1>
      <p>{t('officer.signIn.lead')}</p>
      {loaderData.notice && (
        <div className="portal-notice" role="status">
          <p>{t(`officer.signIn.${loaderData.notice}`)}</p>
        </div>
      )}
      <div className="portal-notice">
        <p className="portal-notice__title">{t('officer.signIn.demoTitle')}</p>
        <p>{t('officer.signIn.demoBody')}</p>
      </div>
      <ErrorSummary messages={messages} />
      <Form method="post" noValidate className="officer-form">
        <CsrfField />
        <div className="officer-field">
          <label className="portal-label" htmlFor="username">
            {t('officer.signIn.username')}
          </label>
          {usernameError && (
            <p className="portal-error-message" id="username-error">
              <span className="portal-visually-hidden">{t('form.errorPrefix')} </span>
              {messageOf(usernameError)}
            </p>
          )}
          <input
            className="portal-input"
            id="username"
            name="username"
            type="text"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            defaultValue={actionData?.username ?? ''}
            aria-invalid={usernameError ? true : undefined}
            aria-describedby={usernameError ? 'username-error' : undefined}
          />
        </div>
        <div className="officer-field">
          <label className="portal-label" htmlFor="password">
            {t('officer.signIn.password')}
          </label>
          {passwordError && (
            <p className="portal-error-message" id="password-error">
              <span className="portal-visually-hidden">{t('form.errorPrefix')} </span>
              {messageOf('password-required')}
            </p>
          )}
          <input
            className="portal-input"
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            aria-invalid={passwordError ? true : undefined}
            aria-describedby={passwordError ? 'password-error' : undefined}
          />
        </div>
        <Button>{t('officer.signIn.submit')}</Button>
      </Form>
    </main>
  );
}
