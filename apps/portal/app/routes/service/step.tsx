import { useTranslation } from '@dvc/i18n/react';
import { findEligibility, flowPath, previousStep, type Answers, type FieldError } from '@dvc/flows';
import { QuestionPage, SessionTimeout } from '@dvc/flows/templates';
import { findService } from '@dvc/services';
import { data, redirect, useRouteLoaderData } from 'react-router';
import type { Route } from './+types/step';
import { CsrfField } from '../../components/CsrfField';
import { PageTitle } from '../../components/page-title';
import { canVisit } from '@dvc/flows';
import { flowPaths, stepHref } from '../../server/flows/catalog';
import {
  hrefOfStep,
  keepDraftOnDevice,
  keepRefusedPost,
  loadFlowContext,
  notFound,
  refusedPostOf,
  resumeHref,
} from '../../server/flows/context';
import { handleStepPost, isStepOf } from '../../server/flows/steps';
import { rememberResumeCode } from '../../server/flows/session-data';

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const ctx = await loadFlowContext(context, params.slug, request);
  const { definition, flow } = ctx;
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- React Router renders thrown responses
  if (!isStepOf(definition, params.stepId)) throw notFound();
  const refused = refusedPostOf(context, params.stepId);
  const answers = flow.state.answers;
  if (!refused && !canVisit(definition, answers, params.stepId)) {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- a redirect
    throw redirect(resumeHref(ctx));
  }
  const fromCheck = new URL(request.url).searchParams.get('quay-lai') === flowPaths.checkAnswers;
  const path = flowPath(definition, answers).filter((s) => s.kind !== 'stop');
  const index = path.findIndex((s) => 'id' in s && s.id === params.stepId);
  const back = fromCheck
    ? stepHref(definition, flowPaths.checkAnswers)
    : hrefOfStep(definition, previousStep(definition, answers, params.stepId));
  const questionIds = findEligibility(definition, params.stepId)
    ? [params.stepId]
    : (definition.pages.find((p) => p.id === params.stepId)?.questions.map((q) => q.id) ?? []);
  return {
    slug: definition.id,
    stepId: params.stepId,
    answers: refused?.answers ?? answers,
    errors: refused?.errors ?? [],
    addressLookup: refused?.lookup,
    unconfirmed: flow.state.unconfirmed.filter((id) => questionIds.includes(id)),
    reask: flow.reask.filter((id) => questionIds.includes(id)),
    returnTo: fromCheck ? ('check-answers' as const) : undefined,
    backHref: back,
    progress: index >= 0 ? { current: index + 1, total: path.length } : undefined,
    sessionExpiresAt: new Date(ctx.request.session.expires_at).getTime(),
  };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const ctx = await loadFlowContext(context, params.slug, request);
  const hadDraft = ctx.flow.row !== null;
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- React Router renders thrown responses
  if (!isStepOf(ctx.definition, params.stepId)) throw notFound();
  const outcome = await handleStepPost({
    db: ctx.db,
    definition: ctx.definition,
    owner: ctx.owner,
    flow: ctx.flow,
    stepId: params.stepId,
    request,
    now: ctx.now,
  });
  switch (outcome.kind) {
    case 'invalid':
      keepRefusedPost(context, {
        stepId: params.stepId,
        answers: outcome.answers,
        errors: outcome.errors,
      });
      return data({ errors: outcome.errors, answers: outcome.answers }, { status: outcome.status });
    case 'address':
      // The helper's script asks for JSON; a plain post shows the page again.
      if (request.headers.get('accept')?.includes('application/json')) {
        return Response.json({ communes: outcome.communes ?? [] });
      }
      keepRefusedPost(context, {
        stepId: params.stepId,
        answers: outcome.answers,
        errors: [],
        ...(outcome.lookup ? { lookup: outcome.lookup } : {}),
      });
      return data({ errors: [], answers: outcome.answers });
    case 'same':
      if (!hadDraft) await keepDraftOnDevice(ctx);
      return redirect(new URL(request.url).pathname + new URL(request.url).search);
    case 'saved':
      await rememberResumeCode(ctx.db, ctx.request.session, ctx.definition.id, outcome.resumeCode);
      await keepDraftOnDevice(ctx, outcome.resumeCode);
      return redirect(stepHref(ctx.definition, flowPaths.saved));
    case 'next':
      // The first answer saved starts the draft: keep it on this device past the session.
      if (!hadDraft) await keepDraftOnDevice(ctx);
      return redirect(hrefOfStep(ctx.definition, outcome.next));
  }
}

const noErrors: FieldError[] = [];

export default function StepRoute({ loaderData, actionData }: Route.ComponentProps) {
  const { i18n } = useTranslation('portal');
  const root = useRouteLoaderData<{ csrfToken?: string }>('root');
  const definition = findService(loaderData.slug);
  if (!definition) return null;
  const locale = i18n.language === 'en' ? 'en' : 'vi';
  // After a refused post the loader of the same request returns what was typed and the errors
  // (see keepRefusedPost), so the browser hydrates the same page the server rendered.
  const errors =
    loaderData.errors.length > 0 ? loaderData.errors : (actionData?.errors ?? noErrors);
  const answers: Answers = loaderData.answers;
  const eligibility = findEligibility(definition, loaderData.stepId);
  const page = definition.pages.find((p) => p.id === loaderData.stepId);
  const heading = eligibility
    ? eligibility.label[locale]
    : (page?.title?.[locale] ?? page?.questions[0]?.label[locale] ?? '');
  const action = stepHref(definition, loaderData.stepId);
  return (
    <main className="portal-main" id="noi-dung">
      <PageTitle page={heading} errors={errors.length} site={definition.name[locale]} />
      <QuestionPage
        definition={definition}
        stepId={loaderData.stepId}
        answers={answers}
        errors={errors}
        action={action}
        backHref={loaderData.backHref}
        csrf={<CsrfField />}
        returnTo={loaderData.returnTo}
        unconfirmed={loaderData.unconfirmed}
        reask={loaderData.reask}
        progress={loaderData.progress}
        oldAddressAction={action}
        {...(loaderData.addressLookup ? { addressLookup: loaderData.addressLookup } : {})}
      />
      <SessionTimeout
        expiresAt={loaderData.sessionExpiresAt}
        extendUrl="/phien/gia-han"
        signOutHref={stepHref(definition, flowPaths.saved)}
        timeoutHref={stepHref(definition, flowPaths.saved)}
        headers={{ 'x-csrf-token': root?.csrfToken ?? '' }}
      />
    </main>
  );
}
