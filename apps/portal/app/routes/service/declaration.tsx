import { useTranslation } from '@dvc/i18n/react';
import { isComplete } from '@dvc/flows';
import { consentField, DeclarationPage } from '@dvc/flows/templates';
import { findService } from '@dvc/services';
import { data, redirect } from 'react-router';
import type { Route } from './+types/declaration';
import { CsrfField } from '../../components/CsrfField';
import { PageTitle } from '../../components/page-title';
import { flowPaths, startHref, stepHref } from '../../server/flows/catalog';
import { draftCookieName, loadFlowContext, resumeHref } from '../../server/flows/context';
import { serializeCookie } from '../../server/security/session';
import { rememberedSubmission, rememberSubmission } from '../../server/flows/session-data';
import { newSubmissionKey, saveFlow } from '../../server/flows/store';
import { findSubmission, submitFlow } from '../../server/flows/submit';
import { cleanText, readFormData } from '../../server/security/input';

/** The hidden field that carries the draft's submission key, so a retry is recognised. */
const submissionKeyField = 'submissionKey';

export async function loader({ context, params }: Route.LoaderArgs) {
  const ctx = await loadFlowContext(context, params.slug);
  const { definition, flow } = ctx;
  if (!flow.row) {
    // Submitted already (the back button after the confirmation): show the confirmation.
    const done = rememberedSubmission(ctx.request.session, definition.id);
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- a redirect
    throw redirect(done ? stepHref(definition, flowPaths.confirmation) : startHref(definition));
  }
  const options = { unconfirmed: flow.state.unconfirmed, today: ctx.now };
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- a redirect
  if (!isComplete(definition, flow.state.answers, options)) throw redirect(resumeHref(ctx));
  let submissionKey = flow.submissionKey;
  if (!submissionKey) {
    submissionKey = newSubmissionKey();
    await saveFlow(ctx.db, {
      owner: ctx.owner,
      definition,
      row: flow.row,
      state: flow.state,
      reask: flow.reask,
      submissionKey,
      now: ctx.now,
    });
  }
  return { slug: definition.id, submissionKey };
}

export async function action({ context, params, request }: Route.ActionArgs) {
  const ctx = await loadFlowContext(context, params.slug);
  const { definition, flow } = ctx;
  const form = await readFormData(request, 16 * 1024);
  if (!(form instanceof FormData)) return data({ missing: [], ticked: [] }, { status: 400 });
  const ticked = form
    .getAll(consentField)
    .filter((v): v is string => typeof v === 'string')
    .map((v) => cleanText(v, { kind: 'text', maxLength: 100 }))
    .flatMap((r) => (r.ok ? [r.value] : []));
  const postedKey = form.get(submissionKeyField);
  const key = typeof postedKey === 'string' ? postedKey : '';
  if (!flow.row) {
    // The draft is gone: this is a retry of a submission that went through.
    const earlier = await findSubmission(ctx.db, key);
    if (earlier?.serviceId === definition.id) {
      await rememberSubmission(ctx.db, ctx.request.session, definition.id, {
        code: earlier.publicCode,
        submittedAt: earlier.submittedAt.toISOString(),
      });
      return redirect(stepHref(definition, flowPaths.confirmation));
    }
    const done = rememberedSubmission(ctx.request.session, definition.id);
    return redirect(done ? stepHref(definition, flowPaths.confirmation) : startHref(definition));
  }
  const result = await submitFlow(ctx.db, {
    definition,
    row: flow.row,
    state: flow.state,
    // The key made when the declaration was shown; one posted from an older page is the same.
    submissionKey: flow.submissionKey ?? (key || newSubmissionKey()),
    ticked,
    citizenProfileId: ctx.owner.citizenProfileId,
    now: ctx.now,
  });
  if (!result.ok && result.reason === 'incomplete') return redirect(resumeHref(ctx));
  if (!result.ok) {
    return data(
      { missing: result.reason === 'consent' ? result.missing : [], ticked },
      { status: 400 },
    );
  }
  await rememberSubmission(ctx.db, ctx.request.session, definition.id, {
    code: result.publicCode,
    submittedAt: result.submittedAt.toISOString(),
  });
  // The draft is gone: so is the cookie that kept it on this device.
  ctx.request.cookies.push(
    serializeCookie(draftCookieName(definition.id), '', { secure: ctx.request.secure, maxAge: 0 }),
  );
  return redirect(stepHref(definition, flowPaths.confirmation));
}

export default function DeclarationRoute({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation('portal');
  const definition = findService(loaderData.slug);
  if (!definition) return null;
  const locale = i18n.language === 'en' ? 'en' : 'vi';
  const missing = actionData?.missing ?? [];
  return (
    <main className="portal-main" id="noi-dung">
      <PageTitle
        page={t('citizenFlow.declaration.title')}
        errors={missing.length}
        site={definition.name[locale]}
      />
      <DeclarationPage
        definition={definition}
        action={stepHref(definition, flowPaths.declaration)}
        backHref={stepHref(definition, flowPaths.checkAnswers)}
        csrf={
          <>
            <CsrfField />
            <input type="hidden" name={submissionKeyField} value={loaderData.submissionKey} />
          </>
        }
        ticked={actionData?.ticked ?? []}
        missing={missing}
      />
    </main>
  );
}
