import { createI18n } from '@dvc/i18n';
import { useTranslation } from '@dvc/i18n/react';
import { Button } from '@dvc/ui';
import { Form, Link, useNavigation } from 'react-router';
import type { Route } from './+types/home';
import pagesCss from './citizen-pages.css?url';
import { pageTitle } from '../components/page-title';
import { catalogueServices, type CatalogueService } from '../server/catalogue/catalogue';
import { maxQueryLength, searchCatalogue } from '../server/catalogue/search';
import { getRequestState } from '../server/request-context';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: pagesCss }];

export function meta({ loaderData, matches }: Route.MetaArgs) {
  const lng = matches[0]?.loaderData?.locale;
  const { t } = createI18n({ lng });
  const query = loaderData?.search?.query;
  const title = query ? t('portal:home.search.resultsTitle', { query }) : t('portal:home.title');
  return [{ title: pageTitle(lng, title) }];
}

export function loader({ request, context }: Route.LoaderArgs) {
  const { locale } = getRequestState(context);
  const raw = new URL(request.url).searchParams.get('q') ?? '';
  const catalogue = catalogueServices(locale);
  const result = searchCatalogue(raw);
  return {
    catalogue,
    search: result.query
      ? {
          query: result.query,
          services: result.serviceIds.flatMap((id) => catalogue.filter((s) => s.id === id)),
          signposts: result.signposts.map((s) => ({
            id: s.id,
            title: s.title[locale],
            where: s.where[locale],
            link: s.link ? { href: s.link.href, label: s.link.label[locale] } : null,
            confirmed: s.confirmed,
          })),
        }
      : null,
  };
}

type Search = NonNullable<Route.ComponentProps['loaderData']['search']>;

function ServiceCard({ service }: { service: CatalogueService }) {
  const { t } = useTranslation('portal');
  return (
    <li className="portal-card">
      <h3 className="portal-card__title">
        <Link to={service.href}>{service.name}</Link>
      </h3>
      <p>{service.summary}</p>
      <dl className="portal-facts">
        <div>
          <dt>{t('home.catalogue.onlineLevel')}</dt>
          <dd>{t(`home.catalogue.levels.${service.onlineLevel}`)}</dd>
        </div>
        <div>
          <dt>{t('home.catalogue.fee')}</dt>
          <dd>{service.fee ?? t('home.catalogue.free')}</dd>
        </div>
        <div>
          <dt>{t('home.catalogue.time')}</dt>
          <dd>{t('home.catalogue.days', { count: service.processingDays })}</dd>
        </div>
        <div>
          <dt>{t('home.catalogue.authority')}</dt>
          <dd>{service.authority}</dd>
        </div>
      </dl>
      {service.feeNote && <p className="portal-card__note">{service.feeNote}</p>}
    </li>
  );
}

function SearchResults({ search }: { search: Search }) {
  const { t } = useTranslation('portal');
  const { query, services, signposts } = search;
  if (services.length === 0 && signposts.length === 0) {
    return (
      <section className="portal-notice" aria-labelledby="ket-qua">
        <h2 className="portal-notice__title" id="ket-qua">
          {t('home.search.noResultsTitle', { query })}
        </h2>
        <p>{t('home.search.noResultsHelp')}</p>
        <ul>
          <li>{t('home.search.tipSpelling')}</li>
          <li>{t('home.search.tipWords')}</li>
          <li>
            <Link to="/tra-cuu">{t('home.search.tipLookup')}</Link>
          </li>
        </ul>
      </section>
    );
  }
  return (
    <section aria-labelledby="ket-qua">
      <h2 id="ket-qua">{t('home.search.resultsHeading', { query })}</h2>
      {services.length > 0 && (
        <ul className="portal-cards">
          {services.map((service) => (
            <ServiceCard key={service.id} service={service} />
          ))}
        </ul>
      )}
      {signposts.length > 0 && (
        <>
          <h3>{t('home.signposts.title')}</h3>
          <p>{t('home.signposts.lead')}</p>
          <ul className="portal-cards">
            {signposts.map((signpost) => (
              <li key={signpost.id} className="portal-card portal-card--elsewhere">
                <h4 className="portal-card__title">{signpost.title}</h4>
                <p>{signpost.where}</p>
                {signpost.link && (
                  <p>
                    <a href={signpost.link.href} rel="noopener noreferrer external">
                      {signpost.link.label}
                      <span className="portal-visually-hidden">
                        {' '}
                        {t('home.signposts.externalLink')}
                      </span>
                    </a>
                  </p>
                )}
                {!signpost.confirmed && (
                  <p className="portal-card__note">{t('home.signposts.unconfirmed')}</p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** What the status line says about a search: how many services, and how many done elsewhere. */
function useResultCount(search: Search | null): string {
  const { t } = useTranslation('portal');
  if (!search) return '';
  const services = search.services.length;
  const elsewhere = search.signposts.length;
  if (services === 0 && elsewhere === 0) {
    return t('home.search.noResults', { query: search.query });
  }
  if (services === 0) {
    return t('home.search.onlyElsewhere', { count: elsewhere, query: search.query });
  }
  return [
    t('home.search.found', { count: services, query: search.query }),
    elsewhere > 0 ? t('home.search.foundElsewhere', { count: elsewhere }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export default function Home({ loaderData, matches }: Route.ComponentProps) {
  const { t } = useTranslation('portal');
  const { catalogue, search } = loaderData;
  const navigation = useNavigation();
  const searching = navigation.state === 'loading' && navigation.location.pathname === '/';
  const count = useResultCount(search);
  return (
    <main className="portal-main" id="noi-dung">
      <h1>{t('home.title')}</h1>
      <p className="portal-lead">{t('home.lead')}</p>
      <Form
        method="get"
        action="/"
        role="search"
        aria-labelledby="q-label"
        className="portal-search"
      >
        <input type="hidden" name="lang" value={matches[0].loaderData.locale} />
        <label className="portal-label" htmlFor="q" id="q-label">
          {t('home.search.label')}
        </label>
        <p className="portal-hint" id="q-hint">
          {t('home.search.hint')}
        </p>
        <div className="portal-search__row">
          <input
            className="portal-input"
            id="q"
            name="q"
            type="search"
            defaultValue={search?.query ?? ''}
            maxLength={maxQueryLength}
            aria-describedby="q-hint"
            autoComplete="off"
          />
          <Button>{t('home.search.submit')}</Button>
        </div>
      </Form>
      {/* Always in the page, so that a screen reader hears the count when a search made
          with JavaScript replaces the results without loading a new page. */}
      <p role="status" className="portal-search__status">
        {searching ? t('home.search.searching') : count}
      </p>
      {search && <SearchResults search={search} />}
      <section aria-labelledby="tat-ca-dich-vu">
        <h2 id="tat-ca-dich-vu">{t('home.catalogue.title')}</h2>
        <ul className="portal-cards">
          {catalogue.map((service) => (
            <ServiceCard key={service.id} service={service} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="sau-khi-nop">
        <h2 id="sau-khi-nop">{t('home.after.title')}</h2>
        <ul>
          <li>
            <Link to="/tra-cuu">{t('home.after.lookup')}</Link>
          </li>
          <li>
            <Link to="/ho-so-cua-toi">{t('home.after.mine')}</Link>
          </li>
        </ul>
      </section>
    </main>
  );
}
