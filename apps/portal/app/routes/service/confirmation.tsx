import { useTranslation } from '@dvc/i18n/react';
import type { Answers } from '@dvc/flows';
import { ConfirmationPage } from '@dvc/flows/templates';
import { findService } from '@dvc/services';
import { redirect } from 'react-router';
import type { Route } from './+types/confirmation';
import { PageTitle } from '../../components/page-title';
import { serviceBySlug, startHref } from '../../server/flows/catalog';
import { notFound } from '../../server/flows/context';
import { getDb } from '../../server/db/index';
import { getRequestState } from '../../server/request-context';
import { rememberedSubmission } from '../../server/flows/session-data';

export async function loader({ context, params }: Route.LoaderArgs) {
  const definition = serviceBySlug(params.slug);
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- React Router renders thrown responses
  if (!definition) throw notFound();
  const state = getRequestState(context);
  // Found from the session, never from anything personal (or the code) in the address.
  const remembered = rememberedSubmission(state.session, definition.id);
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- a redirect
  if (!remembered) throw redirect(startHref(definition));
  const row = await (
    await getDb()
  )
    .selectFrom('applications')
    .select(['answers', 'submitted_at'])
    .where('public_code', '=', remembered.code)
    .executeTakeFirst();
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- a redirect
  if (!row) throw redirect(startHref(definition));
  return {
    slug: definition.id,
    code: remembered.code,
    submittedAt: new Date(row.submitted_at).toISOString(),
    answers: row.answers as Answers,
  };
}

export default function ConfirmationRoute({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('portal');
  const definition = findService(loaderData.slug);
  if (!definition) return null;
  const locale = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <main className="portal-main" id="noi-dung">
      <PageTitle page={t('citizenFlow.confirmation.title')} site={definition.name[locale]} />
      <ConfirmationPage
        definition={definition}
        code={loaderData.code}
        submittedAt={new Date(loaderData.submittedAt)}
        answers={loaderData.answers}
        lookupHref="/tra-cuu"
      />
    </main>
  );
}
