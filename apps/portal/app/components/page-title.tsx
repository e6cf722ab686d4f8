import { createI18n, isLocale, type Locale } from '@dvc/i18n';
import { useTranslation } from '@dvc/i18n/react';
import { useEffect, useState } from 'react';

/** One i18next instance per language for titles: they only read catalogs, never change them. */
type TitleI18n = ReturnType<typeof createI18n>;
const byLocale = new Map<Locale, TitleI18n>();

function titleI18n(lng: string | undefined): TitleI18n {
  const locale: Locale = isLocale(lng) ? lng : 'vi';
  let instance = byLocale.get(locale);
  if (!instance) {
    instance = createI18n({ lng: locale });
    byLocale.set(locale, instance);
  }
  return instance;
}

export interface PageTitleOptions {
  /** How many problems the error summary lists; the title starts with the count when > 0. */
  errors?: number;
  /** What follows the page's name; the portal's name unless given (a service's name, say). */
  site?: string;
}

/**
 * The document title of every portal page: "Page – Portal", or "Lỗi (2): Page – Portal" when
 * a form came back with errors, so a screen reader user hears at once that the send failed.
 * Used by the routes' `meta` (pages without a form action) and by <PageTitle>.
 */
export function pageTitle(
  lng: string | undefined,
  page: string,
  { errors = 0, site }: PageTitleOptions = {},
): string {
  const { t } = titleI18n(lng);
  const values = { page, site: site ?? t('portal:meta.siteName'), errors: String(errors) };
  return (
    errors > 0 ? t('portal:meta.pageTitleWithErrors', values) : t('portal:meta.pageTitle', values)
  ).normalize('NFC');
}

/** The problems the page's error summary lists now (it may be shown by a check in the browser). */
function shownErrors(main: HTMLElement): number {
  return main.querySelectorAll('.dvc-error-summary li').length;
}

/**
 * The error count as the page shows it: the server's count when rendered, then, in the
 * browser, the number of problems in the page's error summary, kept up to date. So a check
 * made in the browser before posting (the service questions) counts too.
 */
function useShownErrorCount(fromServer: number): number {
  const [shown, setShown] = useState<number | null>(null);
  // New errors from the server (a post answered in place) count until the page is read again.
  const [lastFromServer, setLastFromServer] = useState(fromServer);
  if (lastFromServer !== fromServer) {
    setLastFromServer(fromServer);
    setShown(null);
  }
  useEffect(() => {
    const main = document.getElementById('noi-dung');
    if (!main) return undefined;
    setShown(shownErrors(main));
    const observer = new MutationObserver(() => {
      setShown(shownErrors(main));
    });
    observer.observe(main, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
    };
  }, [fromServer]);
  return shown ?? fromServer;
}

/**
 * The title of a page whose form can come back with errors (a route's `meta` never sees the
 * action's data, nor a check made in the browser): React puts it in <head>, on the server and
 * after each navigation. A route that renders this has no title in its `meta`.
 */
export function PageTitle({ page, errors = 0, site }: { page: string } & PageTitleOptions) {
  const { i18n: current } = useTranslation('portal');
  const count = useShownErrorCount(errors);
  return <title>{pageTitle(current.language, page, { errors: count, site })}</title>;
}
