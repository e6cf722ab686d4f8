import { createI18n } from '@dvc/i18n';
import { I18nProvider } from '@dvc/i18n/react';
import tokensCss from '@dvc/tokens/tokens.css?url';
import uiCss from '@dvc/ui/styles.css?url';
import { useMemo, type ReactNode } from 'react';
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from 'react-router';
import type { Route } from './+types/root';
import { localeFromRequest } from './locale';
import portalCss from './portal.css?url';

export const links: Route.LinksFunction = () => [
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
  { rel: 'stylesheet', href: tokensCss },
  { rel: 'stylesheet', href: uiCss },
  { rel: 'stylesheet', href: portalCss },
];

export function loader({ request }: Route.LoaderArgs) {
  return { locale: localeFromRequest(request) };
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>('root');
  const locale = data?.locale ?? 'vi';
  const i18n = useMemo(() => createI18n({ lng: locale }), [locale]);
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <I18nProvider i18n={i18n}>{children}</I18nProvider>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}
