import { useTranslation } from '@dvc/i18n/react';
import { Button } from '@dvc/ui';
import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/apology';
import { CsrfField } from '../../components/CsrfField';
import { ErrorSummary, type FieldMessage } from '../../components/ErrorSummary';
import { PageTitle } from '../../components/page-title';
import { useServiceName } from '../../components/service-name';
import { formatDate } from '../../format';
import { getDb } from '../../server/db/index';
import { requireStaff, staffForbidden } from '../../server/officers/access';
import { apologyExtraDays, latestApology, recordApology } from '../../server/officers/apology';
import { getApplicationForStaff } from '../../server/officers/applications';
import { addWorkingDays, vietnamDate } from '../../server/calendar/working-days';
import { getRequestState } from '../../server/request-context';
import { readGuardedForm } from '../../server/security/input';
import { applicationIdParam, staffNotFound } from './guards';
import { communeName, PrintButton } from './parts';

function dayToDisplay(day: string, locale: 'vi' | 'en'): string {
  return formatDate(new Date(`${day}T12:00:00+07:00`), locale);
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const staff = await requireStaff({ request, context }, { roles: ['officer', 'leader'] });
  const state = getRequestState(context);
  const id = applicationIdParam(params.id);
  const db = await getDb();
  const detail = id ? await getApplicationForStaff(db, staff, id) : null;
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- React Router renders thrown responses
  if (!detail) throw staffNotFound();
  const letter = await latestApology(db, detail.id);
  const today = vietnamDate(new Date());
  return {
    canWrite: staff.role === 'officer' && detail.late,
    late: detail.late,
    application: {
      id: detail.id,
      code: detail.code,
      serviceId: detail.serviceId,
      applicantName: detail.applicantName,
      commune: communeName(detail.communeCode),
      submittedAt: formatDate(detail.submittedAt, state.locale),
      deadline: formatDate(detail.deadline, state.locale),
    },
    letter: letter
      ? {
          newDate: dayToDisplay(letter.newDate, state.locale),
          reason: letter.reason,
          officerName: letter.officerName,
          writtenOn: formatDate(letter.at, state.locale),
        }
      : null,
    options: apologyExtraDays.map((n) => ({
      days: n,
      date: dayToDisplay(addWorkingDays(today, n), state.locale),
    })),
  };
}

type ApologyError = 'reason-required' | 'extra-days' | 'not-late';

export async function action({ request, context, params }: Route.ActionArgs) {
  const staff = await requireStaff({ request, context });
  const id = applicationIdParam(params.id);
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- React Router renders thrown responses
  if (!id) throw staffNotFound();
  const form = await readGuardedForm(request, {
    fields: {
      extraDays: { kind: 'text', maxLength: 4 },
      reason: { kind: 'text', maxLength: 500, multiline: true },
    },
    maxRequestBytes: 8192,
  });
  const values = form.ok ? form.values : {};
  const result = await recordApology(await getDb(), staff, {
    applicationId: id,
    extraDays: Number(values.extraDays ?? ''),
    reason: values.reason ?? '',
  });
  if (result.ok) return redirect(`/can-bo/ho-so/${id}/thu-xin-loi`);
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- React Router renders thrown responses
  if (result.error === 'not-found') throw staffNotFound();
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- React Router renders thrown responses
  if (result.error === 'forbidden') throw staffForbidden();
  const error: ApologyError = result.error;
  return data({ error, reason: values.reason ?? '' }, { status: 400 });
}

export default function Apology({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation('portal');
  const serviceName = useServiceName();
  const { application: app, letter } = loaderData;
  const error = actionData?.error;
  const messages: FieldMessage[] = error
    ? [
        {
          fieldId:
            error === 'reason-required'
              ? 'reason'
              : error === 'extra-days'
                ? `extra-${String(loaderData.options[0]?.days ?? 0)}`
                : null,
          message: t(`officer.apology.errors.${error}`),
        },
      ]
    : [];
  const authority = t('officer.apology.authority', { commune: app.commune });
  return (
    <main className="portal-main officer-main" id="noi-dung">
      <PageTitle page={t('officer.apology.title')} errors={messages.length} />
      <p className="officer-no-print">
        <a href={`/can-bo/ho-so/${app.id}`}>{t('officer.apology.back')}</a>
      </p>
      <h1 className="officer-no-print">{t('officer.apology.title')}</h1>
      {letter ? (
        <>
          <div className="officer-no-print">
            <PrintButton>{t('officer.apology.print')}</PrintButton>
          </div>
          <article className="officer-letter" aria-labelledby="letter-title">
            <div className="officer-letter__head">
              <p className="officer-letter__authority">{authority}</p>
              <p className="officer-letter__nation">
                <strong>{t('officer.apology.nation')}</strong>
                <br />
                {t('officer.apology.motto')}
              </p>
            </div>
            <p className="officer-letter__date">
              {t('officer.apology.placeDate', { commune: app.commune, date: letter.writtenOn })}
            </p>
            <h2 id="letter-title" className="officer-letter__title">
              {t('officer.apology.letterTitle')}
            </h2>
            <p className="officer-letter__subject">
              {t('officer.apology.subject', { code: app.code })}
            </p>
            <p>{t('officer.apology.to', { name: app.applicantName })}</p>
            <p>
              {t('officer.apology.body1', {
                submitted: app.submittedAt,
                service: serviceName(app.serviceId),
                code: app.code,
                deadline: app.deadline,
              })}
            </p>
            <p>{t('officer.apology.body2', { reason: letter.reason, authority })}</p>
            <p>{t('officer.apology.body3', { newDate: letter.newDate })}</p>
            <p>{t('officer.apology.closing')}</p>
            <p className="officer-letter__signer">
              {t('officer.apology.signer', { name: letter.officerName })}
            </p>
          </article>
        </>
      ) : (
        <p>{loaderData.late ? t('officer.apology.none') : t('officer.apology.notLate')}</p>
      )}
      {loaderData.canWrite && (
        <section className="officer-no-print" aria-labelledby="apology-form-title">
          <h2 id="apology-form-title">{t('officer.apology.formTitle', { code: app.code })}</h2>
          <p>{t('officer.apology.lead')}</p>
          <ErrorSummary messages={messages} />
          <Form method="post" noValidate>
            <CsrfField />
            <fieldset className="portal-fieldset" aria-describedby="extra-hint">
              <legend className="portal-legend">{t('officer.apology.extraDays')}</legend>
              <p className="portal-hint" id="extra-hint">
                {t('officer.apology.extraDaysHint')}
              </p>
              <div className="portal-radios">
                {loaderData.options.map((option, index) => (
                  <div className="portal-radio" key={option.days}>
                    <input
                      className="portal-radio__input"
                      type="radio"
                      id={`extra-${String(option.days)}`}
                      name="extraDays"
                      value={option.days}
                      defaultChecked={index === 1}
                    />
                    <label className="portal-radio__label" htmlFor={`extra-${String(option.days)}`}>
                      {t('officer.apology.extraDaysOption', {
                        count: option.days,
                        date: option.date,
                      })}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
            <div className="officer-field">
              <label className="portal-label" htmlFor="reason">
                {t('officer.apology.reason')}
              </label>
              <p className="portal-hint" id="apology-reason-hint">
                {t('officer.apology.reasonHint')}
              </p>
              {error === 'reason-required' && (
                <p className="portal-error-message" id="apology-reason-error">
                  <span className="portal-visually-hidden">{t('form.errorPrefix')} </span>
                  {t('officer.apology.errors.reason-required')}
                </p>
              )}
              <textarea
                className="portal-input officer-textarea"
                id="reason"
                name="reason"
                rows={3}
                defaultValue={actionData?.reason ?? ''}
                aria-invalid={error === 'reason-required' ? true : undefined}
                aria-describedby={
                  error === 'reason-required'
                    ? 'apology-reason-hint apology-reason-error'
                    : 'apology-reason-hint'
                }
              />
            </div>
            <Button>{t('officer.apology.submit')}</Button>
          </Form>
        </section>
      )}
    </main>
  );
}
