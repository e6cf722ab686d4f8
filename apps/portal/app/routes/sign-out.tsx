import { createI18n } from '@dvc/i18n';
import { useTranslation } from '@dvc/i18n/react';
import { Button } from '@dvc/ui';
import { Form, redirect } from 'react-router';
import type { Route } from './+types/sign-out';
import { CsrfField } from '../components/CsrfField';
import { pageTitle } from '../components/page-title';
import { getRequestState } from '../server/request-context';
import { switchCitizen } from '../server/session-actions';

export function meta({ matches, loaderData }: Route.MetaArgs) {
  const lng = matches[0]?.loaderData?.locale;
  const { t } = createI18n({ lng });
  const done = !loaderData || loaderData.done || !loaderData.signedIn;
  return [
    { title: pageTitle(lng, done ? t('portal:signOut.doneTitle') : t('portal:signOut.title')) },
  ];
}

export function loader({ request, context }: Route.LoaderArgs) {
  const done = new URL(request.url).searchParams.get('xong') === '1';
  return { done, signedIn: getRequestState(context).session.citizen_profile_id !== null };
}

export async function action({ context }: Route.ActionArgs) {
  await switchCitizen(getRequestState(context), null);
  return redirect('/dang-xuat?xong=1');
}

export default function SignOut({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation('portal');
  if (loaderData.done || !loaderData.signedIn) {
    return (
      <main className="portal-main" id="noi-dung">
        <h1>{t('signOut.doneTitle')}</h1>
        <p role="status">{t('signOut.done')}</p>
        <p>
          <a href="/">{t('errors.backHome')}</a>
        </p>
      </main>
    );
  }
  return (
    <main className="portal-main" id="noi-dung">
      <h1>{t('signOut.title')}</h1>
      <p>{t('signOut.lead')}</p>
      <Form method="post">
        <CsrfField />
        <Button>{t('signOut.submit')}</Button>
      </Form>
    </main>
  );
}
