import { createI18n, isLocale, type Locale } from '@dvc/i18n';
import { useTranslation } from '@dvc/i18n/react';

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

/**
 * The title of a page whose form action can come back with errors (a route's `meta` never
 * sees the action's data): React puts it in <head>, on the server and after each navigation.
 * A route that renders this has no title in its `meta`.
 */
export function PageTitle({ page, errors = 0, site }: { page: string } & PageTitleOptions) {
  const { i18n: current } = useTranslation('portal');
  return <title>{pageTitle(current.language, page, { errors, site })}</title>;
}
