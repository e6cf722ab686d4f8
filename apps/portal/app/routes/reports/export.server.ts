import { createI18n } from '@dvc/i18n';
import type { RouterContextProvider } from 'react-router';
import { getDb } from '../../server/db/index';
import { requireReportReader } from '../../server/reports/access';
import {
  formatDay,
  reportTable,
  serviceLabel,
  toCsv,
  toWorkbook,
} from '../../server/reports/export';
import { loadReport, type Report } from '../../server/reports/figures';
import { parseReportFilter } from '../../server/reports/filter';
import { getRequestState } from '../../server/request-context';
import { findCommune } from '@dvc/vn/places';

interface ExportArgs {
  request: Request;
  context: Readonly<RouterContextProvider>;
}

/** A file name without personal data or spaces: the report, its period, service and commune. */
function fileName(base: string, report: Report, extension: string): string {
  const { filter } = report;
  const parts = [base, filter.from, filter.to, filter.serviceId, filter.communeCode];
  return `${parts.filter(Boolean).join('_')}.${extension}`;
}

async function prepare({ request, context }: ExportArgs) {
  await requireReportReader({ request, context });
  const { locale } = getRequestState(context);
  const now = new Date();
  const { filter } = parseReportFilter(new URL(request.url).searchParams, now);
  const report = await loadReport(await getDb(), filter, now);
  const { t } = createI18n({ lng: locale });
  const covering = t('portal:reports.covering', {
    from: formatDay(filter.from),
    to: formatDay(filter.to),
    service: filter.serviceId
      ? serviceLabel(filter.serviceId, locale)
      : t('portal:reports.filters.allServices'),
    commune: filter.communeCode
      ? (findCommune(filter.communeCode)?.name ?? filter.communeCode)
      : t('portal:reports.filters.allCommunes'),
  });
  return { report, locale, covering, base: t('portal:reports.export.fileName') };
}

const commonHeaders = {
  'Cache-Control': 'private, no-store',
  'X-Content-Type-Options': 'nosniff',
};

export async function csvResponse(args: ExportArgs): Promise<Response> {
  const { report, locale, base } = await prepare(args);
  const body = toCsv(reportTable(report, locale));
  return new Response(body, {
    headers: {
      ...commonHeaders,
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName(base, report, 'csv')}"`,
    },
  });
}

export async function workbookResponse(args: ExportArgs): Promise<Response> {
  const { report, locale, covering, base } = await prepare(args);
  const body = await toWorkbook(report, locale, covering);
  return new Response(body, {
    headers: {
      ...commonHeaders,
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${fileName(base, report, 'xlsx')}"`,
    },
  });
}
