import { createI18n, isLocale, type Locale } from '@dvc/i18n';
import { I18nProvider, useTranslation } from '@dvc/i18n/react';
import { Button } from '@dvc/ui';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import {
  Form,
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteLoaderData,
} from 'react-router';
import type { Route } from './+types/root';
import { CsrfField } from './components/CsrfField';
import { focusPageStart, DocumentPageChangeFocus } from './components/page-focus';
import { PageTitle } from './components/page-title';
import {
  languageLoaded,
  PageCatalogs,
  trackNamespaces,
  useLanguageCatalogs,
} from './i18n/page-catalogs';
import { useRequestInfo } from './request-info';
import { getDb } from './server/db/index';
import { csrfMiddleware, requestStateMiddleware } from './server/middleware';
import { getRequestState } from './server/request-context';

// The styles every page needs are inlined by PageStyles; routes link their own.
export const links: Route.LinksFunction = () => [
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
];

const pageStylesId = 'dvc-page-styles';

/**
 * In the browser: the styles exactly as the server wrote them, so hydration keeps them, and
 * their nonce (readable as a property, hidden as an attribute): when React draws the document
 * again (an error page after a client-side post), the new <style> needs it to pass the CSP.
 */
const stylesElement =
  typeof document === 'undefined' ? null : document.getElementById(pageStylesId);
const stylesInDocument = stylesElement?.textContent ?? '';
const stylesNonce = stylesElement?.nonce || undefined;

/**
 * The tokens, the components' and the portal's styles as one <style> in <head>, with the
 * response's nonce (entry.server gives the text): the first paint needs no request of its own.
 */
function PageStyles({ nonce }: { nonce: string | undefined }) {
  const { styles } = useRequestInfo();
  return (
    <style
      id={pageStylesId}
      nonce={nonce ?? stylesNonce}
      suppressHydrationWarning
      // Our own stylesheets, bundled at build time: no input of any request reaches them.
      dangerouslySetInnerHTML={{ __html: styles ?? stylesInDocument }}
    />
  );
}

export const middleware: Route.MiddlewareFunction[] = [requestStateMiddleware, csrfMiddleware];

/** A client-side page change waits until the page's language is fully loaded (a few KB). */
export const clientMiddleware: Route.ClientMiddlewareFunction[] = [
  async (_args, next) => {
    await languageLoaded(document.documentElement.lang || 'vi');
    return next();
  },
];

export async function loader({ context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const profileId = state.session.citizen_profile_id;
  const profile = profileId
    ? await (
        await getDb()
      )
        .selectFrom('citizen_profiles')
        .select(['full_name'])
        .where('id', '=', profileId)
        .executeTakeFirst()
    : undefined;
  return {
    locale: state.locale,
    csrfToken: state.session.csrf_token,
    signedInAs: profile?.full_name ?? null,
  };
}

/** The page language: loader data, else what the server render was told, else the page's own. */
function usePageLocale(): Locale {
  const data = useRouteLoaderData<typeof loader>('root');
  const info = useRequestInfo();
  if (data?.locale) return data.locale;
  if (info.locale) return info.locale;
  const fromDocument = typeof document === 'undefined' ? undefined : document.documentElement.lang;
  return isLocale(fromDocument) ? fromDocument : 'vi';
}

/**
 * A link to this same page in the other language: `?lang=` sets the language cookie, so the
 * person stays where they are and later pages follow. It keeps the address's own query (a
 * search, say), adds nothing else, and is a plain link: the whole page reloads in the new
 * language, with or without JavaScript. Form answers are never in the address, so none leak.
 */
function LanguageSwitch() {
  const { t } = useTranslation('portal');
  const locale = usePageLocale();
  const location = useLocation();
  const other: Locale = locale === 'en' ? 'vi' : 'en';
  const params = new URLSearchParams(location.search);
  params.set('lang', other);
  return (
    <a href={`${location.pathname}?${params.toString()}`} lang={other} hrefLang={other}>
      {t('language.switchTo')}
    </a>
  );
}

function SiteHeader() {
  const { t } = useTranslation('portal');
  const data = useRouteLoaderData<typeof loader>('root');
  return (
    <header className="portal-header">
      <div className="portal-header__inner">
        <a className="portal-header__home" href="/">
          {t('meta.siteName')}
        </a>
        <nav className="portal-nav" aria-label={t('nav.label')}>
          <ul className="portal-nav__list">
            <li>
              <a href="/tra-cuu">{t('nav.lookup')}</a>
            </li>
            <li>
              <a href="/ho-so-cua-toi">{t('nav.myApplications')}</a>
            </li>
            <li>
              <LanguageSwitch />
            </li>
            {data?.signedInAs ? (
              <li className="portal-nav__account">
                <span>{t('nav.signedInAs', { name: data.signedInAs })}</span>
                <Form method="post" action="/dang-xuat" className="portal-inline-form">
                  <CsrfField />
                  <Button variant="secondary">{t('nav.signOut')}</Button>
                </Form>
              </li>
            ) : (
              <li>
                <a href="/dang-nhap">{t('nav.signIn')}</a>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const locale = usePageLocale();
  const { nonce } = useRequestInfo();
  // The browser gets only this language's catalogs, and only the namespaces this render used.
  useLanguageCatalogs(locale);
  const i18n = useMemo(() => trackNamespaces(createI18n({ lng: locale })), [locale]);
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <PageStyles nonce={nonce} />
        <Meta />
        <Links />
      </head>
      <body>
        <I18nProvider i18n={i18n}>
          <SkipLink />
          <SiteHeader />
          {children}
        </I18nProvider>
        <DocumentPageChangeFocus nonce={nonce} />
        <ScrollRestoration nonce={nonce} />
        <PageCatalogs i18n={i18n} locale={locale} nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

function SkipLink() {
  const { t } = useTranslation('portal');
  return (
    <a className="portal-skip-link" href="#noi-dung">
      {t('nav.skipToContent')}
    </a>
  );
}

/**
 * After a client-side page change, focus goes where a screen reader user needs to start: the
 * error summary when the page came back with errors, else the page's <h1> (given tabIndex -1).
 * Not on the first load (the browser starts at the top, or at a server-rendered summary's
 * `autofocus`), not when only the fragment changed (a skip link or a summary link did its
 * own move), and not when the same page reloads its data without errors (a search on the home
 * page, a filter of the officers' queue, a look-up's answer: the page announces or focuses its
 * result itself, and focus stays where the person was).
 */
function useFocusOnPageChange() {
  const location = useLocation();
  const previous = useRef<{
    key: string;
    address: string;
    pathname: string;
    hash: string;
  } | null>(null);
  useEffect(() => {
    const address = `${location.pathname}${location.search}`;
    const before = previous.current;
    previous.current = {
      key: location.key,
      address,
      pathname: location.pathname,
      hash: location.hash,
    };
    if (!before || before.key === location.key) return;
    if (before.address === address && before.hash !== location.hash) return;
    const summary = document.querySelector(
      '#noi-dung .portal-error-summary, #noi-dung .dvc-error-summary',
    );
    if (!summary && before.pathname === location.pathname) return;
    focusPageStart();
  }, [location.key, location.pathname, location.search, location.hash]);
}

export default function App() {
  useFocusOnPageChange();
  return <Outlet />;
}

type ErrorKind = 'csrf' | 'notFound' | 'tooLarge' | 'rateLimited' | 'server';

function errorKind(error: unknown): ErrorKind {
  if (!isRouteErrorResponse(error)) return 'server';
  const reason = (error.data as { reason?: unknown } | undefined)?.reason;
  if (error.status === 403 && reason === 'csrf') return 'csrf';
  if (error.status === 404) return 'notFound';
  if (error.status === 413) return 'tooLarge';
  if (error.status === 429) return 'rateLimited';
  return 'server';
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const { t } = useTranslation('portal');
  const kind = errorKind(error);
  const title = t(`errors.${kind}.title`);
  return (
    <main className="portal-main" id="noi-dung">
      <PageTitle page={title} />
      <h1>{title}</h1>
      <p>{t(`errors.${kind}.body`)}</p>
      <p>
        <a href="/">{t('errors.backHome')}</a>
      </p>
    </main>
  );
}
