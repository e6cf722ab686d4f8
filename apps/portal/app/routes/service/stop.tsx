import { useTranslation } from '@dvc/i18n/react';
import { flowPath } from '@dvc/flows';
import { StopPage } from '@dvc/flows/templates';
import { findService } from '@dvc/services';
import { redirect } from 'react-router';
import type { Route } from './+types/stop';
import { PageTitle } from '../../components/page-title';
import { stepHref } from '../../server/flows/catalog';
import { loadFlowContext, resumeHref } from '../../server/flows/context';

export async function loader({ context, params }: Route.LoaderArgs) {
  const ctx = await loadFlowContext(context, params.slug);
  const stop = flowPath(ctx.definition, ctx.flow.state.answers).find((s) => s.kind === 'stop');
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- a redirect
  if (stop?.kind !== 'stop') throw redirect(resumeHref(ctx));
  return { slug: ctx.definition.id, questionId: stop.id, stop: stop.stop };
}

export default function StopRoute({ loaderData }: Route.ComponentProps) {
  const { i18n } = useTranslation('portal');
  const definition = findService(loaderData.slug);
  const stop = loaderData.stop;
  if (!definition) return null;
  const locale = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <main className="portal-main" id="noi-dung">
      <PageTitle page={stop.title[locale]} />
      <StopPage stop={stop} backHref={stepHref(definition, loaderData.questionId)} />
    </main>
  );
}
