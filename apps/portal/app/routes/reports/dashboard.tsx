import { createI18n, type Locale } from '@dvc/i18n';
import { useTranslation } from '@dvc/i18n/react';
import { Button } from '@dvc/ui';
import { communesOf } from '@dvc/vn/places';
import { services } from '@dvc/services';
import { Form } from 'react-router';
import type { Route } from './+types/dashboard';
import { ErrorSummary, type FieldMessage } from '../../components/ErrorSummary';
import { TableRegion } from '../../components/TableRegion';
import { pageTitle } from '../../components/page-title';
import { useServiceName } from '../../components/service-name';
import { getDb } from '../../server/db/index';
import { requireReportReader } from '../../server/reports/access';
import { formatDay } from '../../server/reports/export';
import { loadReport, reportProvinceCode, type Figures } from '../../server/reports/figures';
import {
  filterQuery,
  monthChoices,
  parseReportFilter,
  periodPresets,
} from '../../server/reports/filter';
import { getRequestState } from '../../server/request-context';
import { SplitBarChart, WeekChart } from './charts';
import reportsCss from './reports.css?url';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: reportsCss }];

export function meta({ matches, loaderData }: Route.MetaArgs) {
  const lng = matches[0]?.loaderData?.locale;
  const { t } = createI18n({ lng });
  return [
    { title: pageTitle(lng, t('portal:reports.title'), { errors: loaderData?.errors.length }) },
  ];
}

export async function loader({ request, context }: Route.LoaderArgs) {
  await requireReportReader({ request, context });
  const state = getRequestState(context);
  const now = new Date();
  const { filter, errors } = parseReportFilter(new URL(request.url).searchParams, now);
  const report = await loadReport(await getDb(), filter, now);
  return {
    locale: state.locale,
    report,
    errors,
    query: filterQuery(filter),
    months: monthChoices(now),
    communes: communesOf(reportProvinceCode).map((c) => ({ code: c.code, name: c.name })),
  };
}

function useFormatters(locale: Locale) {
  const tag = locale === 'vi' ? 'vi-VN' : 'en-GB';
  const count = new Intl.NumberFormat(tag);
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  const decimal = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  return {
    count: (n: number) => count.format(n),
    percent: (n: number) => percent.format(n),
    decimal: (n: number) => decimal.format(n),
  };
}

/** A table wider than a phone scrolls sideways: a named region keyboard users can focus to scroll. */
const countKeys = ['received', 'open', 'overdue', 'finished', 'onTime', 'late', 'closed'] as const;

export default function ReportsDashboard({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation('portal');
  const serviceName = useServiceName();
  const { report, errors, query, months, communes, locale } = loaderData;
  const { filter, totals } = report;
  const f = useFormatters(locale);
  const none = t('reports.units.none');
  const rate = (value: number | null) => (value === null ? none : f.percent(value));
  const days = (value: number | null) =>
    value === null ? none : t('reports.units.days', { value: f.decimal(value) });
  const communeName = (code: string) =>
    communes.find((c) => c.code === code)?.name ?? t('reports.byCommune.unknown');

  const messages: FieldMessage[] = errors.map((e) => ({
    fieldId: `report-${e}`,
    message: t(`reports.errors.${e}`),
  }));

  const figureCells = (row: Figures) => (
    <>
      {countKeys.map((key) => (
        <td key={key} className="rpt-number">
          {f.count(row[key])}
        </td>
      ))}
      <td className="rpt-number">{rate(row.onTimeRate)}</td>
      <td className="rpt-number">{days(row.averageDays)}</td>
    </>
  );
  const figureHeaders = (
    <>
      {countKeys.map((key) => (
        <th key={key} scope="col" className="rpt-number">
          {t(`reports.figures.${key}`)}
        </th>
      ))}
      <th scope="col" className="rpt-number">
        {t('reports.figures.onTimeRate')}
      </th>
      <th scope="col" className="rpt-number">
        {t('reports.figures.averageDays')}
      </th>
    </>
  );

  // By week: summary of the busiest and quietest weeks.
  const weeks = report.byWeek;
  const busiest = weeks.reduce<(typeof weeks)[number] | null>(
    (a, b) => (a === null || b.received > a.received ? b : a),
    null,
  );
  const quietest = weeks.reduce<(typeof weeks)[number] | null>(
    (a, b) => (a === null || b.received < a.received ? b : a),
    null,
  );
  const weekSummary =
    totals.received === 0 || !busiest || !quietest
      ? t('reports.byWeek.empty')
      : t('reports.byWeek.summary', {
          weeks: weeks.length,
          max: f.count(busiest.received),
          maxWeek: formatDay(busiest.weekStart),
          min: f.count(quietest.received),
          minWeek: formatDay(quietest.weekStart),
          received: f.count(totals.received),
          finished: f.count(totals.finished),
        });

  // By service: the lowest on-time rate.
  const rated = report.byService.filter((s) => s.onTimeRate !== null);
  const lowest = rated.reduce<(typeof rated)[number] | null>(
    (a, b) => (a === null || (b.onTimeRate ?? 1) < (a.onTimeRate ?? 1) ? b : a),
    null,
  );
  const serviceSummary = lowest
    ? t('reports.byService.summary', {
        name: serviceName(lowest.serviceId),
        rate: rate(lowest.onTimeRate),
      })
    : t('reports.byService.summaryNone');

  // By commune: the ten busiest in the chart, all of them by name in the table.
  const busiestCommunes = [...report.byCommune]
    .filter((c) => c.received > 0)
    .sort((a, b) => b.received - a.received)
    .slice(0, 10);
  const activeCommunes = report.byCommune.filter((c) => c.received > 0).length;
  const communeSummary = busiestCommunes[0]
    ? t('reports.byCommune.summary', {
        name: communeName(busiestCommunes[0].communeCode),
        count: f.count(busiestCommunes[0].received),
        active: activeCommunes,
        total: report.byCommune.length,
      })
    : t('reports.byWeek.empty');
  const communesByName = [...report.byCommune].sort((a, b) =>
    communeName(a.communeCode).localeCompare(communeName(b.communeCode), 'vi'),
  );

  const covering = t('reports.covering', {
    from: formatDay(filter.from),
    to: formatDay(filter.to),
    service: filter.serviceId ? serviceName(filter.serviceId) : t('reports.filters.allServices'),
    commune: filter.communeCode
      ? communeName(filter.communeCode)
      : t('reports.filters.allCommunes'),
  });

  return (
    <main className="portal-main rpt-main" id="noi-dung">
      <h1>{t('reports.title')}</h1>
      <p>{t('reports.lead')}</p>
      <ErrorSummary messages={messages} />

      <Form method="get" className="rpt-filters">
        <fieldset className="portal-fieldset">
          <legend className="portal-legend">{t('reports.filters.legend')}</legend>
          <div className="rpt-filters__fields">
            <div>
              <label className="portal-label" htmlFor="report-period">
                {t('reports.filters.period')}
              </label>
              <select
                className="portal-input"
                id="report-period"
                name="period"
                defaultValue={filter.period}
                key={`period-${filter.period}`}
              >
                {periodPresets.map((p) => (
                  <option key={p} value={p}>
                    {t(`reports.filters.presets.${p}`)}
                  </option>
                ))}
                <optgroup label={t('reports.filters.monthsGroup')}>
                  {months.map((m) => (
                    <option key={m} value={m}>
                      {t('reports.filters.month', { month: m.slice(5, 7), year: m.slice(0, 4) })}
                    </option>
                  ))}
                </optgroup>
              </select>
            </div>
            <div>
              <label className="portal-label" htmlFor="report-service">
                {t('reports.filters.service')}
              </label>
              <select
                className="portal-input"
                id="report-service"
                name="service"
                defaultValue={filter.serviceId ?? ''}
                key={`service-${filter.serviceId ?? ''}`}
              >
                <option value="">{t('reports.filters.allServices')}</option>
                {services.map((s) => (
                  <option key={s.id} value={s.id}>
                    {serviceName(s.id)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label className="portal-label" htmlFor="report-commune">
                {t('reports.filters.commune')}
              </label>
              <select
                className="portal-input"
                id="report-commune"
                name="commune"
                defaultValue={filter.communeCode ?? ''}
                key={`commune-${filter.communeCode ?? ''}`}
              >
                <option value="">{t('reports.filters.allCommunes')}</option>
                {communes.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <Button>{t('reports.filters.submit')}</Button>
        </fieldset>
      </Form>

      <p className="rpt-covering" id="report-covering" aria-live="polite">
        {covering}
      </p>

      <section aria-labelledby="report-headline">
        <h2 id="report-headline">{t('reports.headline.title')}</h2>
        <dl className="rpt-headline">
          <div>
            <dt>{t('reports.figures.received')}</dt>
            <dd>{f.count(totals.received)}</dd>
          </div>
          <div>
            <dt>{t('reports.figures.open')}</dt>
            <dd>{f.count(totals.open)}</dd>
          </div>
          <div>
            <dt>{t('reports.figures.overdue')}</dt>
            <dd>{f.count(totals.overdue)}</dd>
          </div>
          <div>
            <dt>{t('reports.figures.finished')}</dt>
            <dd>{f.count(totals.finished)}</dd>
          </div>
          <div>
            <dt>{t('reports.figures.onTime')}</dt>
            <dd>{f.count(totals.onTime)}</dd>
          </div>
          <div>
            <dt>{t('reports.figures.late')}</dt>
            <dd>{f.count(totals.late)}</dd>
          </div>
          <div>
            <dt>{t('reports.figures.closed')}</dt>
            <dd>{f.count(totals.closed)}</dd>
          </div>
          <div>
            <dt>
              {t('reports.figures.onTimeRate')}
              <span className="rpt-hint">{t('reports.headline.onTimeRateHint')}</span>
            </dt>
            <dd>{rate(totals.onTimeRate)}</dd>
          </div>
          <div>
            <dt>
              {t('reports.figures.averageDays')}
              <span className="rpt-hint">{t('reports.headline.averageDaysHint')}</span>
            </dt>
            <dd>{days(totals.averageDays)}</dd>
          </div>
          <div>
            <dt>
              {t('reports.figures.onlineShare')}
              <span className="rpt-hint">{t('reports.headline.onlineShareHint')}</span>
            </dt>
            <dd>{rate(totals.onlineShare)}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="report-by-week">
        <h2 id="report-by-week">{t('reports.byWeek.title')}</h2>
        <figure className="rpt-figure">
          <figcaption>
            <span className="rpt-figure__title">{t('reports.byWeek.caption')}</span>
            <span className="rpt-figure__summary">{weekSummary}</span>
          </figcaption>
          <ul className="rpt-legend">
            <li>
              <svg aria-hidden="true" focusable="false" viewBox="0 0 20 20" className="rpt-swatch">
                <rect className="rpt-bar" x="2" y="4" width="16" height="14" />
              </svg>
              {t('reports.byWeek.legendReceived')}
            </li>
            <li>
              <svg aria-hidden="true" focusable="false" viewBox="0 0 20 20" className="rpt-swatch">
                <line className="rpt-line" x1="0" y1="10" x2="20" y2="10" />
                <circle className="rpt-dot" cx="10" cy="10" r="4" />
              </svg>
              {t('reports.byWeek.legendFinished')}
            </li>
          </ul>
          <WeekChart
            format={f.count}
            points={weeks.map((w) => ({
              label: formatDay(w.weekStart).slice(0, 5),
              received: w.received,
              finished: w.finished,
            }))}
          />
        </figure>
        <TableRegion labelledBy="report-week-table">
          <table className="portal-table rpt-table">
            <caption id="report-week-table">{t('reports.byWeek.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.byWeek.week')}</th>
                {figureHeaders}
              </tr>
            </thead>
            <tbody>
              {weeks.map((w) => (
                <tr key={w.weekStart}>
                  <th scope="row">{formatDay(w.weekStart)}</th>
                  {figureCells(w)}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </section>

      <section aria-labelledby="report-by-service">
        <h2 id="report-by-service">{t('reports.byService.title')}</h2>
        <figure className="rpt-figure">
          <figcaption>
            <span className="rpt-figure__title">{t('reports.byService.caption')}</span>
            <span className="rpt-figure__summary">{serviceSummary}</span>
          </figcaption>
          <ul className="rpt-legend">
            <li>
              <svg aria-hidden="true" focusable="false" viewBox="0 0 20 20" className="rpt-swatch">
                <rect className="rpt-bar" x="2" y="4" width="16" height="14" />
              </svg>
              {t('reports.byService.legendOnTime')}
            </li>
            <li>
              <svg aria-hidden="true" focusable="false" viewBox="0 0 20 20" className="rpt-swatch">
                <rect
                  className="rpt-hatch-background rpt-bar-striped"
                  x="2"
                  y="4"
                  width="16"
                  height="14"
                />
                <path className="rpt-swatch-stripes" d="M2 12 L10 4 M2 18 L16 4 M8 18 L18 8" />
              </svg>
              {t('reports.byService.legendLate')}
            </li>
          </ul>
          <SplitBarChart
            bars={report.byService.map((s) => ({
              name: serviceName(s.serviceId),
              solid: s.onTime,
              striped: s.late,
              valueLabel: `${f.count(s.finished)} · ${rate(s.onTimeRate)}`,
            }))}
          />
        </figure>
        <TableRegion labelledBy="report-service-table">
          <table className="portal-table rpt-table">
            <caption id="report-service-table">{t('reports.byService.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.byService.service')}</th>
                {figureHeaders}
                <th scope="col" className="rpt-number">
                  {t('reports.figures.onlineShare')}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.byService.map((s) => (
                <tr key={s.serviceId}>
                  <th scope="row">{serviceName(s.serviceId)}</th>
                  {figureCells(s)}
                  <td className="rpt-number">{rate(s.onlineShare)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </section>

      <section aria-labelledby="report-by-commune">
        <h2 id="report-by-commune">{t('reports.byCommune.title')}</h2>
        <figure className="rpt-figure">
          <figcaption>
            <span className="rpt-figure__title">{t('reports.byCommune.caption')}</span>
            <span className="rpt-figure__summary">{communeSummary}</span>
          </figcaption>
          <SplitBarChart
            bars={busiestCommunes.map((c) => ({
              name: communeName(c.communeCode),
              solid: c.received,
              striped: 0,
              valueLabel: f.count(c.received),
            }))}
          />
        </figure>
        <TableRegion labelledBy="report-commune-table">
          <table className="portal-table rpt-table">
            <caption id="report-commune-table">{t('reports.byCommune.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.byCommune.commune')}</th>
                {figureHeaders}
              </tr>
            </thead>
            <tbody>
              {communesByName.map((c) => (
                <tr key={c.communeCode}>
                  <th scope="row">{communeName(c.communeCode)}</th>
                  {figureCells(c)}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </section>

      <section aria-labelledby="report-export">
        <h2 id="report-export">{t('reports.export.title')}</h2>
        <p>{t('reports.export.lead')}</p>
        <ul className="rpt-downloads">
          <li>
            <a href={`/bao-cao/tai-xuong.csv?${query}`} download>
              {t('reports.export.csv')}
            </a>
          </li>
          <li>
            <a href={`/bao-cao/tai-xuong.xlsx?${query}`} download>
              {t('reports.export.xlsx')}
            </a>
          </li>
        </ul>
      </section>
    </main>
  );
}
