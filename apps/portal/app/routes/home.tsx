import { createI18n } from '@dvc/i18n';
import { useTranslation } from '@dvc/i18n/react';
import { Button } from '@dvc/ui';
import { normalizeText } from '@dvc/vn';
import type { Route } from './+types/home';

const maxQueryLength = 100;

export function meta({ matches }: Route.MetaArgs) {
  const { t } = createI18n({ lng: matches[0]?.loaderData?.locale });
  return [{ title: `${t('portal:home.title')} – ${t('portal:meta.siteName')}` }];
}

export function loader({ request }: Route.LoaderArgs) {
  const raw = new URL(request.url).searchParams.get('q') ?? '';
  return { query: normalizeText(raw).slice(0, maxQueryLength) };
}

export default function Home({ loaderData, matches }: Route.ComponentProps) {
  const { t } = useTranslation('portal');
  const { query } = loaderData;
  const otherLocale = matches[0].loaderData.locale === 'en' ? 'vi' : 'en';
  return (
    <main className="portal-main" id="noi-dung">
      <p>
        <a href={`?lang=${otherLocale}`} lang={otherLocale} hrefLang={otherLocale}>
          {t('home.language.switchTo')}
        </a>
      </p>
      <h1>{t('home.title')}</h1>
      <p>{t('home.lead')}</p>
      <form method="get" action="/" role="search">
        <input type="hidden" name="lang" value={matches[0].loaderData.locale} />
        <label className="portal-label" htmlFor="q">
          {t('home.search.label')}
        </label>
        <p className="portal-hint" id="q-hint">
          {t('home.search.hint')}
        </p>
        <input
          className="portal-input"
          id="q"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={maxQueryLength}
          aria-describedby="q-hint"
        />
        <Button>{t('home.search.submit')}</Button>
      </form>
      {query && (
        <p role="status" className="portal-result">
          {t('home.search.noResults', { query })}
        </p>
      )}
    </main>
  );
}
