import { createI18n } from '@dvc/i18n';
import { useTranslation } from '@dvc/i18n/react';
import { Button, Pagination } from '@dvc/ui';
import { communesOf } from '@dvc/vn/places';
import { Form, redirect } from 'react-router';
import type { Route } from './+types/queue';
import { pageTitle } from '../../components/page-title';
import { TableRegion } from '../../components/TableRegion';
import { CsrfField } from '../../components/CsrfField';
import { useServiceName } from '../../components/service-name';
import { formatDate } from '../../format';
import { getDb } from '../../server/db/index';
import { applicationStatuses } from '../../server/db/schema';
import { requireStaff } from '../../server/officers/access';
import { listQueue } from '../../server/officers/applications';
import { getRequestState } from '../../server/request-context';
import { readGuardedForm } from '../../server/security/input';
import { communeName, DaysLeft } from './parts';
import {
  knownServices,
  readStoredFilters,
  toQueueFilters,
  writeStoredFilters,
  type StoredFilters,
} from './queue-filters';

export function meta({ matches }: Route.MetaArgs) {
  const { t } = createI18n({ lng: matches[0]?.loaderData?.locale });
  return [{ title: pageTitle(matches[0]?.loaderData?.locale, t('portal:officer.queue.title')) }];
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const staff = await requireStaff({ request, context });
  if (staff.role === 'admin') return redirect('/can-bo/tai-khoan');
  const state = getRequestState(context);
  const pageParam = Number(new URL(request.url).searchParams.get('trang') ?? '1');
  const stored = readStoredFilters(state.session);
  const { filters, badDates } = toQueueFilters(
    stored,
    Number.isFinite(pageParam) && pageParam >= 1 ? Math.floor(pageParam) : 1,
  );
  const result = await listQueue(await getDb(), staff, filters);
  return {
    role: staff.role,
    ownCommune: staff.communeCode,
    stored,
    badDates,
    total: result.total,
    page: result.page,
    pageCount: result.pageCount,
    rows: result.rows.map((r) => ({
      id: r.id,
      code: r.code,
      serviceId: r.serviceId,
      status: r.status,
      applicantName: r.applicantName,
      applicantIdMasked: r.applicantIdMasked,
      communeCode: r.communeCode,
      deadline: formatDate(r.deadline, state.locale),
      daysLeft: r.daysLeft,
    })),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  await requireStaff({ request, context }, { roles: ['officer', 'leader'] });
  const state = getRequestState(context);
  const form = await readGuardedForm(request, {
    fields: {
      status: { kind: 'text', maxLength: 40 },
      service: { kind: 'text', maxLength: 60 },
      commune: { kind: 'text', maxLength: 10 },
      from: { kind: 'text', maxLength: 20 },
      to: { kind: 'text', maxLength: 20 },
      query: { kind: 'text', maxLength: 100 },
      sort: { kind: 'text', maxLength: 20 },
      clear: { kind: 'text', maxLength: 5 },
    },
    maxRequestBytes: 8192,
  });
  const values = form.ok ? form.values : {};
  const filters: StoredFilters = values.clear
    ? {}
    : {
        ...(values.status ? { status: values.status } : {}),
        ...(values.service ? { service: values.service } : {}),
        ...(values.commune ? { commune: values.commune } : {}),
        ...(values.from ? { from: values.from } : {}),
        ...(values.to ? { to: values.to } : {}),
        ...(values.query ? { query: values.query } : {}),
        ...(values.sort === 'deadline-desc' ? { sort: 'deadline-desc' as const } : {}),
      };
  await writeStoredFilters(await getDb(), state.session, filters);
  return redirect('/can-bo');
}

export default function Queue({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation('portal');
  const serviceName = useServiceName();
  const { stored, rows, role } = loaderData;
  const isLeader = role === 'leader';
  const dateError = (field: 'from' | 'to') =>
    loaderData.badDates.includes(field) ? `${field}-error` : undefined;
  return (
    <main className="portal-main officer-main" id="noi-dung">
      <h1>{t('officer.queue.title')}</h1>
      <p>
        {isLeader
          ? t('officer.queue.leadLeader')
          : t('officer.queue.leadOfficer', { commune: communeName(loaderData.ownCommune) })}
      </p>
      <Form method="post" noValidate className="officer-filters">
        <CsrfField />
        <fieldset className="portal-fieldset">
          <legend className="portal-legend">{t('officer.queue.filters')}</legend>
          <div className="officer-filters__grid">
            <div className="officer-field officer-field--wide">
              <label className="portal-label" htmlFor="query">
                {t('officer.queue.query')}
              </label>
              <p className="portal-hint" id="query-hint">
                {t('officer.queue.queryHint')}
              </p>
              <input
                className="portal-input"
                id="query"
                name="query"
                type="search"
                defaultValue={stored.query ?? ''}
                aria-describedby="query-hint"
                autoComplete="off"
              />
            </div>
            <div className="officer-field">
              <label className="portal-label" htmlFor="status">
                {t('officer.queue.status')}
              </label>
              <select
                className="officer-select"
                id="status"
                name="status"
                defaultValue={stored.status ?? ''}
              >
                <option value="">{t('officer.queue.any')}</option>
                {applicationStatuses.map((s) => (
                  <option key={s} value={s}>
                    {t(`statuses.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="officer-field">
              <label className="portal-label" htmlFor="service">
                {t('officer.queue.service')}
              </label>
              <select
                className="officer-select"
                id="service"
                name="service"
                defaultValue={stored.service ?? ''}
              >
                <option value="">{t('officer.queue.any')}</option>
                {knownServices.map((s) => (
                  <option key={s} value={s}>
                    {serviceName(s)}
                  </option>
                ))}
              </select>
            </div>
            {isLeader && (
              <div className="officer-field">
                <label className="portal-label" htmlFor="commune">
                  {t('officer.queue.commune')}
                </label>
                <select
                  className="officer-select"
                  id="commune"
                  name="commune"
                  defaultValue={stored.commune ?? ''}
                >
                  <option value="">{t('officer.queue.any')}</option>
                  {communesOf('19').map((c) => (
                    <option key={c.code} value={c.code}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {(['from', 'to'] as const).map((field) => (
              <div className="officer-field" key={field}>
                <label className="portal-label" htmlFor={field}>
                  {t(`officer.queue.${field}`)}
                </label>
                <p className="portal-hint" id={`${field}-hint`}>
                  {t('officer.queue.dateHint')}
                </p>
                {dateError(field) && (
                  <p className="portal-error-message" id={`${field}-error`}>
                    <span className="portal-visually-hidden">{t('form.errorPrefix')} </span>
                    {t('officer.queue.invalidDate')}
                  </p>
                )}
                <input
                  className="portal-input officer-input--date"
                  id={field}
                  name={field}
                  type="text"
                  inputMode="numeric"
                  defaultValue={stored[field] ?? ''}
                  aria-invalid={dateError(field) ? true : undefined}
                  aria-describedby={[`${field}-hint`, dateError(field)].filter(Boolean).join(' ')}
                />
              </div>
            ))}
            <div className="officer-field">
              <label className="portal-label" htmlFor="sort">
                {t('officer.queue.sort')}
              </label>
              <select
                className="officer-select"
                id="sort"
                name="sort"
                defaultValue={stored.sort ?? 'deadline-asc'}
              >
                <option value="deadline-asc">{t('officer.queue.sortAsc')}</option>
                <option value="deadline-desc">{t('officer.queue.sortDesc')}</option>
              </select>
            </div>
          </div>
          <div className="officer-actions">
            <Button>{t('officer.queue.apply')}</Button>
            <Button variant="secondary" name="clear" value="1">
              {t('officer.queue.clear')}
            </Button>
          </div>
        </fieldset>
      </Form>
      <p role="status">{t('officer.queue.count', { count: loaderData.total })}</p>
      {rows.length === 0 ? (
        <p>{t('officer.queue.empty')}</p>
      ) : (
        <TableRegion labelledBy="queue-caption">
          <table className="portal-table officer-table">
            <caption id="queue-caption" className="portal-visually-hidden">
              {t('officer.queue.caption', {
                page: loaderData.page,
                pages: loaderData.pageCount,
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('officer.queue.columns.code')}</th>
                <th scope="col">{t('officer.queue.columns.applicant')}</th>
                <th scope="col">{t('officer.queue.columns.service')}</th>
                {isLeader && <th scope="col">{t('officer.queue.columns.commune')}</th>}
                <th scope="col">{t('officer.queue.columns.status')}</th>
                <th scope="col">{t('officer.queue.columns.deadline')}</th>
                <th scope="col">{t('officer.queue.columns.daysLeft')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <a className="portal-code" href={`/can-bo/ho-so/${row.id}`}>
                      {row.code}
                    </a>
                  </th>
                  <td>
                    {row.applicantName}
                    <br />
                    <span className="portal-hint">
                      {t('officer.queue.idMasked', { id: row.applicantIdMasked })}
                    </span>
                  </td>
                  <td>{serviceName(row.serviceId)}</td>
                  {isLeader && <td>{communeName(row.communeCode)}</td>}
                  <td>{t(`statuses.${row.status}`)}</td>
                  <td>{row.deadline}</td>
                  <td>
                    <DaysLeft days={row.daysLeft} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <Pagination
        page={loaderData.page}
        pageCount={loaderData.pageCount}
        hrefFor={(p) => `/can-bo?trang=${String(p)}`}
        label={t('officer.queue.pagination')}
      />
    </main>
  );
}
