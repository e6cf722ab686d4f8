import { useTranslation } from '@dvc/i18n/react';
import { Button } from '@dvc/ui';
import { findService } from '@dvc/services';
import { useEffect, useRef } from 'react';
import { data, Form } from 'react-router';
import type { Route } from './+types/lookup';
import pagesCss from './citizen-pages.css?url';
import { CsrfField } from '../components/CsrfField';
import { ErrorSummary, type FieldMessage } from '../components/ErrorSummary';
import { PageTitle } from '../components/page-title';
import { useServiceName } from '../components/service-name';
import { formatDate } from '../format';
import { parseApplicationCode } from '../server/applications/codes';
import { findApplicationWithHistory, isOverdue } from '../server/applications/status-history';
import { getDb } from '../server/db/index';
import { getRequestState } from '../server/request-context';
import { readGuardedForm } from '../server/security/input';
import { lookupBucket, takeToken } from '../server/security/rate-limit';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: pagesCss }];

/** Passes the action's Retry-After on to the page response of a refused look-up. */
export function headers({ actionHeaders }: Route.HeadersArgs) {
  const retryAfter = actionHeaders.get('Retry-After');
  return retryAfter ? { 'Retry-After': retryAfter } : new Headers();
}

type FieldError = 'code-required' | 'code-format' | 'id-required' | 'id-format' | 'input';

export async function action({ request, context }: Route.ActionArgs) {
  const state = getRequestState(context);
  const form = await readGuardedForm(request, {
    fields: {
      code: { kind: 'text', maxLength: 40 },
      idNumber: { kind: 'text', maxLength: 20 },
    },
    maxRequestBytes: 4096,
  });
  if (!form.ok) {
    return data(
      { outcome: 'invalid' as const, errors: ['input'] as FieldError[], code: '', idNumber: '' },
      { status: 400 },
    );
  }
  const rawCode = form.values.code ?? '';
  const idNumber = (form.values.idNumber ?? '').replace(/\s/gu, '');
  const errors: FieldError[] = [];
  const code = parseApplicationCode(rawCode);
  if (!rawCode) errors.push('code-required');
  else if (!code) errors.push('code-format');
  if (!idNumber) errors.push('id-required');
  else if (!/^(\d{12}|\d{9})$/u.test(idNumber)) errors.push('id-format');
  if (errors.length || !code) {
    return data({ outcome: 'invalid' as const, errors, code: rawCode, idNumber }, { status: 400 });
  }
  const db = await getDb();
  const limit = await takeToken(db, 'lookup', state.clientAddress, lookupBucket);
  if (!limit.allowed) {
    return data(
      {
        outcome: 'rate-limited' as const,
        retryAfterSeconds: limit.retryAfterSeconds,
        code: rawCode,
        idNumber,
      },
      { status: 429, headers: { 'Retry-After': String(limit.retryAfterSeconds) } },
    );
  }
  const found = await findApplicationWithHistory(db, code, idNumber);
  if (!found) {
    return data({ outcome: 'not-found' as const, code, idNumber }, { status: 404 });
  }
  const service = findService(found.serviceId);
  const lastReason = found.history.findLast(
    (entry) => entry.kind === 'status' && entry.status === found.status,
  )?.reason;
  return {
    outcome: 'found' as const,
    code,
    idNumber,
    application: {
      code: found.publicCode,
      serviceId: found.serviceId,
      authority: service?.authority[state.locale] ?? null,
      status: found.status,
      statusReason: lastReason ?? null,
      overdue: isOverdue(found.status, found.deadline),
      submittedAt: formatDate(found.submittedAt, state.locale),
      deadline: formatDate(found.deadline, state.locale),
      applicantIdMasked: found.applicantIdMasked,
      history: found.history.map((entry) => ({
        at: formatDate(entry.at, state.locale),
        status: entry.kind === 'status' ? entry.status : null,
        reason: entry.reason,
      })),
    },
  };
}

type FoundApplication = Extract<
  NonNullable<Route.ComponentProps['actionData']>,
  { outcome: 'found' }
>['application'];

/** Statuses that ask the person to do something; each has its own "what to do" text. */
const statusesWithAction = ['needs-documents', 'needs-payment', 'rejected', 'done'] as const;
type StatusWithAction = (typeof statusesWithAction)[number];

function asksForAction(status: string): status is StatusWithAction {
  return (statusesWithAction as readonly string[]).includes(status);
}

function LookupResult({ application }: { application: FoundApplication }) {
  const { t } = useTranslation('portal');
  const serviceName = useServiceName();
  const heading = useRef<HTMLHeadingElement>(null);
  // After a look-up made with JavaScript the page does not reload: move focus to the answer.
  useEffect(() => {
    heading.current?.focus();
  }, [application.code]);
  const { status } = application;
  return (
    <section className="portal-result-panel" aria-labelledby="lookup-result">
      <h2 id="lookup-result" tabIndex={-1} ref={heading}>
        {t('lookup.result.title')}
      </h2>
      <dl className="portal-summary">
        <div>
          <dt>{t('lookup.result.code')}</dt>
          <dd className="portal-code">{application.code}</dd>
        </div>
        <div>
          <dt>{t('lookup.result.service')}</dt>
          <dd>{serviceName(application.serviceId)}</dd>
        </div>
        <div>
          <dt>{t('lookup.result.status')}</dt>
          <dd>
            <strong>{t(`statuses.${status}`)}</strong>
          </dd>
        </div>
        <div>
          <dt>{t('lookup.result.submittedAt')}</dt>
          <dd>{application.submittedAt}</dd>
        </div>
        <div>
          <dt>{t('lookup.result.deadline')}</dt>
          <dd>{application.deadline}</dd>
        </div>
        <div>
          <dt>{t('lookup.result.idNumber')}</dt>
          <dd>{application.applicantIdMasked}</dd>
        </div>
      </dl>
      {asksForAction(status) && (
        <div
          className={
            status === 'needs-documents' || status === 'needs-payment'
              ? 'portal-notice portal-notice--warning'
              : 'portal-notice'
          }
        >
          <h3 className="portal-notice__title">{t(`lookup.next.${status}.title`)}</h3>
          {application.statusReason && (
            <p>
              {t('lookup.next.reason')} <q>{application.statusReason}</q>
            </p>
          )}
          <p>
            {t(`lookup.next.${status}.body`, {
              deadline: application.deadline,
              authority: application.authority ?? t('lookup.next.authorityFallback'),
              code: application.code,
            })}
          </p>
        </div>
      )}
      {application.overdue && (
        <div className="portal-notice portal-notice--warning">
          <h3 className="portal-notice__title">{t('lookup.overdue.title')}</h3>
          <p>{t('lookup.overdue.body', { deadline: application.deadline })}</p>
        </div>
      )}
      <h3>{t('lookup.history.title')}</h3>
      <ol className="portal-history">
        {application.history.map((entry, index) => (
          <li key={`${entry.at}:${String(index)}`}>
            <p className="portal-history__when">{entry.at}</p>
            <p className="portal-history__what">
              {entry.status ? t(`statuses.${entry.status}`) : t('lookup.history.submitted')}
            </p>
            {entry.reason && (
              <p>
                {t('lookup.history.reason')} {entry.reason}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

export default function Lookup({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation('portal');
  const errors = actionData?.outcome === 'invalid' ? actionData.errors : [];
  const codeError = errors.find((e) => e.startsWith('code') || e === 'input');
  const idError = errors.find((e) => e.startsWith('id'));
  const messages: FieldMessage[] = [
    ...(codeError ? [{ fieldId: 'code', message: t(`lookup.errors.${codeError}`) }] : []),
    ...(idError ? [{ fieldId: 'idNumber', message: t(`lookup.errors.${idError}`) }] : []),
  ];
  return (
    <main className="portal-main" id="noi-dung">
      <PageTitle page={t('lookup.title')} errors={messages.length} />
      <h1>{t('lookup.title')}</h1>
      <p>{t('lookup.lead')}</p>
      <ErrorSummary messages={messages} />
      {actionData?.outcome === 'rate-limited' && (
        <div className="portal-notice portal-notice--warning" role="alert">
          <p className="portal-notice__title">{t('lookup.rateLimited.title')}</p>
          <p>
            {t('lookup.rateLimited.body', {
              minutes: Math.max(1, Math.ceil(actionData.retryAfterSeconds / 60)),
            })}
          </p>
        </div>
      )}
      {actionData?.outcome === 'not-found' && (
        <div className="portal-notice portal-notice--warning" role="alert">
          <p className="portal-notice__title">{t('lookup.notFound.title')}</p>
          <p>{t('lookup.notFound.body')}</p>
        </div>
      )}
      {actionData?.outcome === 'found' && <LookupResult application={actionData.application} />}
      <Form method="post" noValidate>
        <CsrfField />
        <label className="portal-label" htmlFor="code">
          {t('lookup.code.label')}
        </label>
        <p className="portal-hint" id="code-hint">
          {t('lookup.code.hint')}
        </p>
        {codeError && (
          <p className="portal-error-message" id="code-error">
            <span className="portal-visually-hidden">{t('form.errorPrefix')} </span>
            {t(`lookup.errors.${codeError}`)}
          </p>
        )}
        <input
          className="portal-input"
          id="code"
          name="code"
          type="text"
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
          defaultValue={actionData?.code ?? ''}
          aria-describedby={codeError ? 'code-hint code-error' : 'code-hint'}
          aria-invalid={codeError ? true : undefined}
        />
        <label className="portal-label" htmlFor="idNumber">
          {t('lookup.idNumber.label')}
        </label>
        <p className="portal-hint" id="idNumber-hint">
          {t('lookup.idNumber.hint')}
        </p>
        {idError && (
          <p className="portal-error-message" id="idNumber-error">
            <span className="portal-visually-hidden">{t('form.errorPrefix')} </span>
            {t(`lookup.errors.${idError}`)}
          </p>
        )}
        <input
          className="portal-input portal-input--id"
          id="idNumber"
          name="idNumber"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          maxLength={20}
          defaultValue={actionData?.idNumber ?? ''}
          aria-describedby={idError ? 'idNumber-hint idNumber-error' : 'idNumber-hint'}
          aria-invalid={idError ? true : undefined}
        />
        <Button>{t('lookup.submit')}</Button>
      </Form>
    </main>
  );
}
