import { defaultLocale, isLocale, type Locale } from '@dvc/i18n';

/** The page language: a `lang` query wins (for shared links), then Vietnamese. */
export function localeFromRequest(request: Request): Locale {
  const fromQuery = new URL(request.url).searchParams.get('lang');
  return isLocale(fromQuery) ? fromQuery : defaultLocale;
}
