import { useTranslation } from '@dvc/i18n/react';
import { findService } from '@dvc/services';
import { redirect } from 'react-router';
import type { Route } from './+types/saved';
import { PageTitle } from '../../components/page-title';
import { formatDate } from '../../format';
import { startHref } from '../../server/flows/catalog';
import { loadFlowContext, resumeHref } from '../../server/flows/context';
import { rememberedResumeCode } from '../../server/flows/session-data';

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const ctx = await loadFlowContext(context, params.slug, request);
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- a redirect
  if (!ctx.flow.row) throw redirect(startHref(ctx.definition));
  const signedIn = ctx.owner.citizenProfileId !== null;
  return {
    slug: ctx.definition.id,
    signedIn,
    resumeCode: signedIn
      ? null
      : (rememberedResumeCode(ctx.request.session, ctx.definition.id) ?? null),
    keptUntil: formatDate(new Date(ctx.flow.row.expires_at), ctx.request.locale),
    continueHref: resumeHref(ctx),
  };
}

export default function SavedRoute({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('portal');
  const definition = findService(loaderData.slug);
  if (!definition) return null;
  const locale = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <main className="portal-main" id="noi-dung">
      <PageTitle page={t('citizenFlow.saved.title')} site={definition.name[locale]} />
      <h1>{t('citizenFlow.saved.title')}</h1>
      <p>
        {t('citizenFlow.saved.lead', {
          service: definition.name[locale],
          date: loaderData.keptUntil,
        })}
      </p>
      {loaderData.signedIn ? (
        <p>{t('citizenFlow.saved.signedIn')}</p>
      ) : loaderData.resumeCode ? (
        <section className="portal-result-panel" aria-labelledby="resume-code-title">
          <h2 id="resume-code-title">{t('citizenFlow.saved.codeTitle')}</h2>
          <p className="portal-code" id="resume-code">
            {loaderData.resumeCode}
          </p>
          <p>{t('citizenFlow.saved.codeHowTo')}</p>
          <p>{t('citizenFlow.saved.codeSecret')}</p>
        </section>
      ) : null}
      <p>
        <a href={loaderData.continueHref}>{t('citizenFlow.saved.continue')}</a>
      </p>
      <p>
        <a href="/">{t('citizenFlow.saved.home')}</a>
      </p>
    </main>
  );
}
