import { useTranslation } from '@dvc/i18n/react';
import { isComplete, previousStep } from '@dvc/flows';
import { CheckAnswersPage } from '@dvc/flows/templates';
import { findService } from '@dvc/services';
import { redirect } from 'react-router';
import type { Route } from './+types/check-answers';
import { CsrfField } from '../../components/CsrfField';
import { PageTitle } from '../../components/page-title';
import { flowPaths, stepHref } from '../../server/flows/catalog';
import { hrefOfStep, loadFlowContext, resumeHref } from '../../server/flows/context';

async function completeFlow(context: Route.LoaderArgs['context'], slug: string) {
  const ctx = await loadFlowContext(context, slug);
  const { definition, flow } = ctx;
  const options = { unconfirmed: flow.state.unconfirmed, today: ctx.now };
  if (!flow.row || !isComplete(definition, flow.state.answers, options)) {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- a redirect
    throw redirect(flow.row ? resumeHref(ctx) : `/dich-vu/${definition.id}`);
  }
  return ctx;
}

export async function loader({ context, params }: Route.LoaderArgs) {
  const ctx = await completeFlow(context, params.slug);
  const lastPage = previousStep(ctx.definition, ctx.flow.state.answers, 'check-answers');
  return {
    slug: ctx.definition.id,
    answers: ctx.flow.state.answers,
    backHref: hrefOfStep(ctx.definition, lastPage),
  };
}

export async function action({ context, params }: Route.ActionArgs) {
  const ctx = await completeFlow(context, params.slug);
  return redirect(stepHref(ctx.definition, flowPaths.declaration));
}

export default function CheckAnswersRoute({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('portal');
  const definition = findService(loaderData.slug);
  if (!definition) return null;
  const locale = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <main className="portal-main" id="noi-dung">
      <PageTitle page={t('citizenFlow.checkAnswers.title')} site={definition.name[locale]} />
      <CheckAnswersPage
        definition={definition}
        answers={loaderData.answers}
        changeHref={(change) =>
          `${stepHref(definition, change.pageId)}?quay-lai=${flowPaths.checkAnswers}#${change.fieldId}`
        }
        action={stepHref(definition, flowPaths.checkAnswers)}
        backHref={loaderData.backHref}
        csrf={<CsrfField />}
      />
    </main>
  );
}
