import { createI18n } from '@dvc/i18n';
import { useTranslation } from '@dvc/i18n/react';
import { Link, redirect } from 'react-router';
import type { Route } from './+types/my-applications';
import pagesCss from './citizen-pages.css?url';
import { pageTitle } from '../components/page-title';
import { useServiceName } from '../components/service-name';
import { TableRegion } from '../components/TableRegion';
import { formatDate } from '../format';
import { getDb } from '../server/db/index';
import { listDrafts } from '../server/drafts/list';
import { getRequestState } from '../server/request-context';
import { idNumberHash } from '../server/security/crypto';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: pagesCss }];

export function meta({ matches }: Route.MetaArgs) {
  const { t } = createI18n({ lng: matches[0]?.loaderData?.locale });
  return [{ title: pageTitle(matches[0]?.loaderData?.locale, t('portal:myApplications.title')) }];
}

export async function loader({ context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const profileId = state.session.citizen_profile_id;
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- React Router renders thrown responses
  if (!profileId) throw redirect('/dang-nhap');
  const db = await getDb();
  const profile = await db
    .selectFrom('citizen_profiles')
    .select(['full_name', 'id_number', 'id_number_masked', 'phone_masked'])
    .where('id', '=', profileId)
    .executeTakeFirstOrThrow();
  const applications = await db
    .selectFrom('applications')
    .select([
      'public_code',
      'service_id',
      'status',
      'submitted_at',
      'deadline',
      'applicant_id_masked',
    ])
    .where((eb) =>
      eb.or([
        eb('citizen_profile_id', '=', profileId),
        eb('applicant_id_hash', '=', idNumberHash(profile.id_number)),
      ]),
    )
    .orderBy('submitted_at', 'desc')
    .execute();
  const drafts = await listDrafts(db, {
    sessionId: state.session.id,
    citizenProfileId: profileId,
  });
  return {
    locale: state.locale,
    person: {
      name: profile.full_name,
      idMasked: profile.id_number_masked,
      phoneMasked: profile.phone_masked,
    },
    applications: applications.map((a) => ({
      code: a.public_code,
      serviceId: a.service_id,
      status: a.status,
      submittedAt: formatDate(a.submitted_at, state.locale),
      deadline: formatDate(a.deadline, state.locale),
      applicantIdMasked: a.applicant_id_masked,
    })),
    drafts: drafts.map((d) => ({
      id: d.id,
      serviceId: d.serviceId,
      updatedAt: formatDate(d.updatedAt, state.locale),
      expiresAt: formatDate(d.expiresAt, state.locale),
      href: `/dich-vu/${encodeURIComponent(d.serviceId)}`,
    })),
  };
}

export default function MyApplications({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation('portal');
  const { person, applications, drafts } = loaderData;
  const serviceName = useServiceName();
  return (
    <main className="portal-main" id="noi-dung">
      <h1>{t('myApplications.title')}</h1>
      <dl className="portal-summary">
        <div>
          <dt>{t('myApplications.person.name')}</dt>
          <dd>{person.name}</dd>
        </div>
        <div>
          <dt>{t('myApplications.person.idNumber')}</dt>
          <dd>{person.idMasked}</dd>
        </div>
        <div>
          <dt>{t('myApplications.person.phone')}</dt>
          <dd>{person.phoneMasked}</dd>
        </div>
      </dl>

      <h2 id="applications-title">{t('myApplications.applications.title')}</h2>
      {applications.length === 0 ? (
        <p>{t('myApplications.applications.empty')}</p>
      ) : (
        <TableRegion labelledBy="applications-title">
          <table className="portal-table">
            <caption className="portal-visually-hidden">
              {t('myApplications.applications.caption', { count: applications.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('myApplications.applications.code')}</th>
                <th scope="col">{t('myApplications.applications.service')}</th>
                <th scope="col">{t('myApplications.applications.status')}</th>
                <th scope="col">{t('myApplications.applications.submittedAt')}</th>
                <th scope="col">{t('myApplications.applications.deadline')}</th>
                <th scope="col">{t('myApplications.applications.idNumber')}</th>
              </tr>
            </thead>
            <tbody>
              {applications.map((a) => (
                <tr key={a.code}>
                  <th scope="row" className="portal-code">
                    {a.code}
                  </th>
                  <td>{serviceName(a.serviceId)}</td>
                  <td>{t(`statuses.${a.status}`)}</td>
                  <td>{a.submittedAt}</td>
                  <td>{a.deadline}</td>
                  <td>{a.applicantIdMasked}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}

      <p>
        <Link to="/tra-cuu">{t('myApplications.applications.lookupHint')}</Link>
      </p>

      <h2>{t('myApplications.drafts.title')}</h2>
      <p>{t('myApplications.drafts.lead')}</p>
      {drafts.length === 0 ? (
        <p>{t('myApplications.drafts.empty')}</p>
      ) : (
        <ul className="portal-cards">
          {drafts.map((d) => (
            <li key={d.id} className="portal-card">
              <h3 className="portal-card__title">{serviceName(d.serviceId)}</h3>
              <dl className="portal-facts">
                <div>
                  <dt>{t('myApplications.drafts.updatedAt')}</dt>
                  <dd>{d.updatedAt}</dd>
                </div>
                <div>
                  <dt>{t('myApplications.drafts.expiresAt')}</dt>
                  <dd>{d.expiresAt}</dd>
                </div>
              </dl>
              <p>
                <Link className="portal-button-link" to={d.href}>
                  {t('myApplications.drafts.continue')}
                  <span className="portal-visually-hidden">: {serviceName(d.serviceId)}</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/tiep-tuc">{t('myApplications.drafts.resumeCode')}</Link>
      </p>
    </main>
  );
}
