import { useTranslation } from '@dvc/i18n/react';
import { Button } from '@dvc/ui';
import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/sign-in';
import { CsrfField } from '../components/CsrfField';
import { ErrorSummary } from '../components/ErrorSummary';
import { PageTitle } from '../components/page-title';
import { getDb } from '../server/db/index';
import { getRequestState } from '../server/request-context';
import { readGuardedForm } from '../server/security/input';
import { switchCitizen } from '../server/session-actions';

export async function loader() {
  const profiles = await (
    await getDb()
  )
    .selectFrom('citizen_profiles')
    .select(['id', 'full_name', 'id_number_masked'])
    .orderBy('full_name')
    .execute();
  return { profiles };
}

export async function action({ request, context }: Route.ActionArgs) {
  const form = await readGuardedForm(request, {
    fields: { profile: { kind: 'text', maxLength: 64, required: true } },
    maxRequestBytes: 4096,
  });
  if (!form.ok) return data({ error: 'choose' as const }, { status: 400 });
  const profileId = form.values.profile ?? '';
  const exists = await (
    await getDb()
  )
    .selectFrom('citizen_profiles')
    .select('id')
    .where('id', '=', profileId)
    .executeTakeFirst();
  if (!exists) return data({ error: 'choose' as const }, { status: 400 });
  await switchCitizen(getRequestState(context), profileId);
  return redirect('/ho-so-cua-toi');
}

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation('portal');
  const error = actionData?.error;
  return (
    <main className="portal-main" id="noi-dung">
      <PageTitle page={t('signIn.title')} errors={error ? 1 : 0} />
      <h1>{t('signIn.title')}</h1>
      <div className="portal-notice">
        <p className="portal-notice__title">{t('signIn.demoNoticeTitle')}</p>
        <p>{t('signIn.demoNotice')}</p>
      </div>
      <ErrorSummary
        messages={error ? [{ fieldId: 'profile-0', message: t('signIn.errors.choose') }] : []}
      />
      <Form method="post" noValidate>
        <CsrfField />
        <fieldset
          className="portal-fieldset"
          aria-describedby={error ? 'profile-error' : 'profile-hint'}
        >
          <legend className="portal-legend">{t('signIn.chooseProfile')}</legend>
          <p className="portal-hint" id="profile-hint">
            {t('signIn.chooseProfileHint')}
          </p>
          {error && (
            <p className="portal-error-message" id="profile-error">
              <span className="portal-visually-hidden">{t('form.errorPrefix')} </span>
              {t('signIn.errors.choose')}
            </p>
          )}
          <div className="portal-radios">
            {loaderData.profiles.map((profile, index) => (
              <div className="portal-radio" key={profile.id}>
                <input
                  className="portal-radio__input"
                  type="radio"
                  id={`profile-${String(index)}`}
                  name="profile"
                  value={profile.id}
                  aria-describedby={`profile-${String(index)}-id`}
                />
                <label className="portal-radio__label" htmlFor={`profile-${String(index)}`}>
                  {profile.full_name}
                </label>
                <p className="portal-radio__hint" id={`profile-${String(index)}-id`}>
                  {t('signIn.profileId', { id: profile.id_number_masked })}
                </p>
              </div>
            ))}
          </div>
        </fieldset>
        <Button>{t('signIn.submit')}</Button>
      </Form>
    </main>
  );
}
