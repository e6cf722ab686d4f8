import { useTranslation } from '@dvc/i18n/react';
import { Button } from '@dvc/ui';
import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/resume';
import { CsrfField } from '../../components/CsrfField';
import { PageTitle } from '../../components/page-title';
import { ErrorSummary } from '../../components/ErrorSummary';
import { getDb } from '../../server/db/index';
import { resumeDraft } from '../../server/drafts/drafts';
import { startHref, serviceBySlug } from '../../server/flows/catalog';
import { getRequestState } from '../../server/request-context';
import { readGuardedForm } from '../../server/security/input';
import { takeToken, type TokenBucket } from '../../server/security/rate-limit';

/** A resume code is a key to someone's answers: a few tries a minute per client. */
const resumeBucket: TokenBucket = { capacity: 5, refillSeconds: 12 };

export function headers({ actionHeaders }: Route.HeadersArgs) {
  const retryAfter = actionHeaders.get('Retry-After');
  return retryAfter ? { 'Retry-After': retryAfter } : new Headers();
}

export async function action({ request, context }: Route.ActionArgs) {
  const state = getRequestState(context);
  const form = await readGuardedForm(request, {
    fields: { code: { kind: 'text', maxLength: 40 } },
    maxRequestBytes: 4096,
  });
  const code = form.ok ? (form.values.code ?? '') : '';
  if (!code) return data({ error: 'required' as const, code }, { status: 400 });
  const db = await getDb();
  const limit = await takeToken(db, 'resume', state.clientAddress, resumeBucket);
  if (!limit.allowed) {
    return data(
      { error: 'rate-limited' as const, code },
      { status: 429, headers: { 'Retry-After': String(limit.retryAfterSeconds) } },
    );
  }
  const draft = await resumeDraft(db, code, {
    sessionId: state.session.id,
    citizenProfileId: state.session.citizen_profile_id,
  });
  const definition = draft ? serviceBySlug(draft.service_id) : undefined;
  if (!definition) return data({ error: 'not-found' as const, code }, { status: 404 });
  return redirect(startHref(definition));
}

export default function ResumeRoute({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation('portal');
  const error = actionData?.error;
  return (
    <main className="portal-main" id="noi-dung">
      <PageTitle page={t('citizenFlow.resume.title')} errors={error ? 1 : 0} />
      <h1>{t('citizenFlow.resume.title')}</h1>
      <p>{t('citizenFlow.resume.lead')}</p>
      <ErrorSummary
        messages={
          error ? [{ fieldId: 'code', message: t(`citizenFlow.resume.errors.${error}`) }] : []
        }
      />
      <Form method="post" noValidate>
        <CsrfField />
        <label className="portal-label" htmlFor="code">
          {t('citizenFlow.resume.label')}
        </label>
        <p className="portal-hint" id="code-hint">
          {t('citizenFlow.resume.hint')}
        </p>
        {error && (
          <p className="portal-error-message" id="code-error">
            <span className="portal-visually-hidden">{t('form.errorPrefix')} </span>
            {t(`citizenFlow.resume.errors.${error}`)}
          </p>
        )}
        <input
          className="portal-input"
          id="code"
          name="code"
          type="text"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          maxLength={40}
          defaultValue={actionData?.code ?? ''}
          aria-describedby={error ? 'code-hint code-error' : 'code-hint'}
          aria-invalid={error ? true : undefined}
        />
        <Button>{t('citizenFlow.resume.submit')}</Button>
      </Form>
    </main>
  );
}
