import { useTranslation } from '@dvc/i18n/react';
import { SessionTimeout } from '@dvc/flows/templates';
import { Button } from '@dvc/ui';
import { isRouteErrorResponse, Outlet, useRouteLoaderData } from 'react-router';
import type { Route } from './+types/layout';
import { CsrfField } from '../../components/CsrfField';
import { PageTitle } from '../../components/page-title';
import { requireStaff } from '../../server/officers/access';
import officerCss from './officer.css?url';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: officerCss }];

/** Who is signed in, for the bar above every staff page and the session warning. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const staff = await requireStaff({ request, context });
  return {
    staff: {
      displayName: staff.displayName,
      role: staff.role,
      communeCode: staff.communeCode,
      expiresAt: staff.expiresAt.getTime(),
    },
  };
}

interface RootData {
  csrfToken?: string;
}

function StaffBar({ loaderData }: { loaderData: Route.ComponentProps['loaderData'] }) {
  const { t } = useTranslation('portal');
  const { staff } = loaderData;
  return (
    <div className="officer-bar">
      <nav className="officer-bar__nav" aria-label={t('officer.nav.label')}>
        <ul className="officer-bar__list">
          {staff.role !== 'admin' && (
            <li>
              <a href="/can-bo">{t('officer.nav.queue')}</a>
            </li>
          )}
          {staff.role === 'leader' && (
            <li>
              <a href="/bao-cao">{t('officer.nav.reports')}</a>
            </li>
          )}
          {staff.role === 'admin' && (
            <li>
              <a href="/can-bo/tai-khoan">{t('officer.nav.accounts')}</a>
            </li>
          )}
        </ul>
      </nav>
      <p className="officer-bar__who">
        {t('officer.nav.signedInAs', {
          name: staff.displayName,
          role: t(`officer.roles.${staff.role}`),
        })}
      </p>
      <form method="post" action="/can-bo/dang-xuat" className="officer-bar__signout">
        <CsrfField />
        <Button variant="secondary">{t('officer.nav.signOut')}</Button>
      </form>
    </div>
  );
}

export default function OfficerLayout({ loaderData }: Route.ComponentProps) {
  const root = useRouteLoaderData<RootData>('root');
  return (
    <>
      <StaffBar loaderData={loaderData} />
      <Outlet />
      <SessionTimeout
        expiresAt={loaderData.staff.expiresAt}
        extendUrl="/can-bo/phien/gia-han"
        signOutHref="/can-bo/dang-nhap?het-han=1"
        timeoutHref="/can-bo/dang-nhap?het-han=1"
        headers={{ 'x-csrf-token': root?.csrfToken ?? '' }}
      />
    </>
  );
}

/** Refusals inside the staff area: one page for "not yours" and "not there". */
export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const { t } = useTranslation('portal');
  const refused = isRouteErrorResponse(error) && (error.status === 403 || error.status === 404);
  if (!refused) throw error;
  const title = t('officer.forbidden.title');
  return (
    <main className="portal-main" id="noi-dung">
      <PageTitle page={title} />
      <h1>{title}</h1>
      <p>{t('officer.forbidden.body')}</p>
      <p>
        <a href="/can-bo">{t('officer.application.back')}</a>
      </p>
    </main>
  );
}
