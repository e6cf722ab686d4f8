import { useTranslation } from '@dvc/i18n/react';
import { Button, SummaryList } from '@dvc/ui';
import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/application';
import { TableRegion } from '../../components/TableRegion';
import { CsrfField } from '../../components/CsrfField';
import { ErrorSummary, type FieldMessage } from '../../components/ErrorSummary';
import { PageTitle } from '../../components/page-title';
import { useServiceName } from '../../components/service-name';
import { formatDate } from '../../format';
import { getDb } from '../../server/db/index';
import { requireStaff, staffForbidden } from '../../server/officers/access';
import { getApplicationForStaff, performAction } from '../../server/officers/applications';
import { isOfficerAction, transitions } from '../../server/officers/workflow';
import { getRequestState } from '../../server/request-context';
import { readGuardedForm } from '../../server/security/input';
import { answerRows } from './answers.server';
import { applicationIdParam, staffNotFound } from './guards';
import { communeName, DaysLeft, formatDateTime, useActorText } from './parts';
import { isStatus } from './statuses';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const staff = await requireStaff({ request, context }, { roles: ['officer', 'leader'] });
  const state = getRequestState(context);
  const id = applicationIdParam(params.id);
  const db = await getDb();
  const detail = id ? await getApplicationForStaff(db, staff, id) : null;
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- React Router renders thrown responses
  if (!detail) throw staffNotFound();
  const updated = new URL(request.url).searchParams.get('da-cap-nhat');
  return {
    updated: isStatus(updated) && updated === detail.status ? updated : null,
    readOnly: staff.role !== 'officer',
    application: {
      id: detail.id,
      code: detail.code,
      serviceId: detail.serviceId,
      status: detail.status,
      version: detail.version,
      applicantName: detail.applicantName,
      applicantIdMasked: detail.applicantIdMasked,
      communeCode: detail.communeCode,
      submittedAt: formatDate(detail.submittedAt, state.locale),
      deadline: formatDate(detail.deadline, state.locale),
      daysLeft: detail.daysLeft,
      late: detail.late,
      answers: answerRows(detail.serviceId, detail.answers, state.locale),
      attachments: detail.attachments,
      events: detail.events.map((e) => ({
        at: formatDateTime(e.at, state.locale),
        actor: e.actor,
        action: e.action,
        reason: e.reason,
      })),
      actions: detail.actions.map((a) => ({
        id: a,
        reasonRequired: transitions[a].reasonRequired,
      })),
    },
  };
}

type ActionError =
  'choose-action' | 'reason-required' | 'reason-too-long' | 'not-allowed' | 'conflict' | 'input';

function fail(error: ActionError, reason: string, status: number) {
  return data({ error, reason }, { status });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const staff = await requireStaff({ request, context });
  const id = applicationIdParam(params.id);
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- React Router renders thrown responses
  if (!id) throw staffNotFound();
  const form = await readGuardedForm(request, {
    fields: {
      action: { kind: 'text', maxLength: 40 },
      reason: { kind: 'text', maxLength: 1000, multiline: true },
      version: { kind: 'text', maxLength: 12 },
    },
    maxRequestBytes: 16_384,
  });
  if (!form.ok) {
    const tooLong = form.errors.some((e) => e.field === 'reason' && e.code === 'too-long');
    return fail(tooLong ? 'reason-too-long' : 'input', '', 400);
  }
  const chosen = form.values.action;
  const reason = form.values.reason ?? '';
  const version = Number(form.values.version);
  if (!isOfficerAction(chosen)) {
    return fail('choose-action', reason, 400);
  }
  if (!Number.isInteger(version) || version < 0) {
    return fail('input', reason, 400);
  }
  const result = await performAction(await getDb(), staff, {
    applicationId: id,
    action: chosen,
    reason,
    version,
  });
  if (result.ok) return redirect(`/can-bo/ho-so/${id}?da-cap-nhat=${result.status}`);
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- React Router renders thrown responses
  if (result.error === 'not-found') throw staffNotFound();
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- React Router renders thrown responses
  if (result.error === 'forbidden') throw staffForbidden();
  return fail(result.error, reason, result.error === 'conflict' ? 409 : 400);
}

export default function ApplicationPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation('portal');
  const serviceName = useServiceName();
  const actorText = useActorText();
  const { application: app } = loaderData;
  const error = actionData?.error;
  const fieldOf = (e: ActionError) =>
    e === 'choose-action' || e === 'not-allowed'
      ? `action-${app.actions[0]?.id ?? 'none'}`
      : e === 'reason-required' || e === 'reason-too-long'
        ? 'reason'
        : null;
  const messages: FieldMessage[] =
    error && error !== 'conflict'
      ? [{ fieldId: fieldOf(error), message: t(`officer.application.errors.${error}`) }]
      : [];
  const reasonError = error === 'reason-required' || error === 'reason-too-long';
  return (
    <main className="portal-main officer-main" id="noi-dung">
      <PageTitle
        page={t('officer.application.title', { code: app.code })}
        errors={messages.length}
      />
      <p>
        <a href="/can-bo">{t('officer.application.back')}</a>
      </p>
      <h1>{t('officer.application.title', { code: app.code })}</h1>
      {loaderData.updated && !actionData && (
        <div className="portal-notice" role="status">
          <p>{t('officer.application.done', { status: t(`statuses.${loaderData.updated}`) })}</p>
        </div>
      )}
      {error === 'conflict' && (
        <div className="portal-notice portal-notice--warning" role="alert">
          <p>{t('officer.application.errors.conflict')}</p>
        </div>
      )}
      <ErrorSummary messages={messages} />
      {app.late && (
        <div className="portal-notice portal-notice--warning">
          <p>{t('officer.application.late')}</p>
          {!loaderData.readOnly && (
            <p>
              <a href={`/can-bo/ho-so/${app.id}/thu-xin-loi`}>
                {t('officer.application.lateLink')}
              </a>
            </p>
          )}
        </div>
      )}
      <SummaryList
        cardTitle={t('officer.application.summary')}
        cardTitleLevel={2}
        rows={[
          { id: 'code', key: t('officer.application.code'), value: app.code },
          {
            id: 'service',
            key: t('officer.application.service'),
            value: serviceName(app.serviceId),
          },
          {
            id: 'status',
            key: t('officer.application.status'),
            value: <strong>{t(`statuses.${app.status}`)}</strong>,
          },
          { id: 'applicant', key: t('officer.application.applicant'), value: app.applicantName },
          {
            id: 'id-number',
            key: t('officer.application.idNumber'),
            value: app.applicantIdMasked,
          },
          {
            id: 'commune',
            key: t('officer.application.commune'),
            value: communeName(app.communeCode),
          },
          { id: 'submitted', key: t('officer.application.submittedAt'), value: app.submittedAt },
          { id: 'deadline', key: t('officer.application.deadline'), value: app.deadline },
          {
            id: 'days-left',
            key: t('officer.application.daysLeft'),
            value: <DaysLeft days={app.daysLeft} />,
          },
        ]}
      />
      <h2>{t('officer.application.answers')}</h2>
      {app.answers.length ? (
        <SummaryList
          rows={app.answers.map((row) => ({
            id: row.id,
            key: row.label,
            value: row.lines.join('\n'),
          }))}
        />
      ) : (
        <p>{t('officer.application.noAnswers')}</p>
      )}
      <h2>{t('officer.application.attachments')}</h2>
      {app.attachments.length ? (
        <ul className="officer-files">
          {app.attachments.map((file) => (
            <li key={file.id}>
              <a href={`/can-bo/ho-so/${app.id}/tep/${file.id}`} download>
                {t('officer.application.download', { name: file.fileName })}
              </a>{' '}
              <span className="portal-hint">
                (
                {t('officer.application.attachmentSize', {
                  kind: file.kind.toUpperCase(),
                  size: Math.max(1, Math.round(file.sizeBytes / 1024)),
                })}
                )
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('officer.application.noAttachments')}</p>
      )}
      <h2 id="actions-title">{t('officer.application.actionsTitle')}</h2>
      {loaderData.readOnly ? (
        <p>{t('officer.application.readOnly')}</p>
      ) : app.actions.length === 0 ? (
        <p>{t('officer.application.noActions')}</p>
      ) : (
        <Form method="post" noValidate aria-labelledby="actions-title">
          <CsrfField />
          <input type="hidden" name="version" value={app.version} />
          <fieldset className="portal-fieldset">
            <legend className="portal-legend">{t('officer.application.actionLegend')}</legend>
            <div className="portal-radios">
              {app.actions.map((a) => (
                <div className="portal-radio" key={a.id}>
                  <input
                    className="portal-radio__input"
                    type="radio"
                    id={`action-${a.id}`}
                    name="action"
                    value={a.id}
                  />
                  <label className="portal-radio__label" htmlFor={`action-${a.id}`}>
                    {t(`officer.application.actions.${a.id}`)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
          <div className="officer-field">
            <label className="portal-label" htmlFor="reason">
              {t('officer.application.reason')}
            </label>
            <p className="portal-hint" id="reason-hint">
              {t('officer.application.reasonHint')}
            </p>
            {reasonError && (
              <p className="portal-error-message" id="reason-error">
                <span className="portal-visually-hidden">{t('form.errorPrefix')} </span>
                {t(`officer.application.errors.${error}`)}
              </p>
            )}
            <textarea
              className="portal-input officer-textarea"
              id="reason"
              name="reason"
              rows={4}
              defaultValue={actionData?.reason ?? ''}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={reasonError ? 'reason-hint reason-error' : 'reason-hint'}
            />
          </div>
          <Button>{t('officer.application.submit')}</Button>
        </Form>
      )}
      <h2>{t('officer.application.history')}</h2>
      <TableRegion labelledBy="history-caption">
        <table className="portal-table">
          <caption id="history-caption" className="portal-visually-hidden">
            {t('officer.application.history')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('officer.application.historyWhen')}</th>
              <th scope="col">{t('officer.application.historyWho')}</th>
              <th scope="col">{t('officer.application.historyWhat')}</th>
              <th scope="col">{t('officer.application.historyReason')}</th>
            </tr>
          </thead>
          <tbody>
            {app.events.map((event, index) => {
              const status = event.action.startsWith('status:')
                ? event.action.slice('status:'.length)
                : null;
              return (
                <tr key={`${event.at}-${String(index)}`}>
                  <td>{event.at}</td>
                  <td>{actorText(event.actor)}</td>
                  <td>
                    {isStatus(status)
                      ? t(`statuses.${status}`)
                      : event.action === 'submitted' || event.action === 'apology-letter'
                        ? t(`officer.application.events.${event.action}`)
                        : event.action}
                  </td>
                  <td>{event.reason ?? ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableRegion>
    </main>
  );
}
