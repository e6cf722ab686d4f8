import { useTranslation } from '@dvc/i18n/react';
import { StartPage } from '@dvc/flows/templates';
import { findService } from '@dvc/services';
import type { Route } from './+types/start';
import { PageTitle } from '../../components/page-title';
import { firstStepId, stepHref } from '../../server/flows/catalog';
import { loadFlowContext, resumeHref } from '../../server/flows/context';

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const ctx = await loadFlowContext(context, params.slug, request);
  return {
    slug: ctx.definition.id,
    startHref: stepHref(ctx.definition, firstStepId(ctx.definition)),
    resumeHref: ctx.flow.row ? resumeHref(ctx) : undefined,
    signedIn: ctx.owner.citizenProfileId !== null,
  };
}

export default function StartRoute({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('portal');
  const definition = findService(loaderData.slug);
  if (!definition) return null;
  const locale = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <main className="portal-main" id="noi-dung">
      <PageTitle page={definition.name[locale]} />
      <StartPage
        definition={definition}
        startHref={loaderData.startHref}
        {...(loaderData.resumeHref ? { resumeHref: loaderData.resumeHref } : {})}
      >
        {loaderData.signedIn ? (
          <p>{t('citizenFlow.start.signedIn')}</p>
        ) : (
          <p>
            {t('citizenFlow.start.signInNote')}{' '}
            <a href="/dang-nhap">{t('citizenFlow.start.signInLink')}</a>
          </p>
        )}
        <p>
          {t('citizenFlow.start.resumeNote')}{' '}
          <a href="/tiep-tuc">{t('citizenFlow.start.resumeLink')}</a>
        </p>
      </StartPage>
    </main>
  );
}
