import { createI18n, vi, type Locale } from '@dvc/i18n';
import { findCommune } from '@dvc/vn/places';
import ExcelJS from 'exceljs';
import type { Figures, Report } from './figures.js';

type Cell = string | number | null;

export interface ReportTable {
  header: string[];
  rows: Cell[][];
}

const figureKeys = ['received', 'open', 'overdue', 'finished', 'onTime', 'late', 'closed'] as const;

/** dd/mm/yyyy of a YYYY-MM-DD day (no time zone involved). */
export function formatDay(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

const round = (value: number, digits: number) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

type KnownService = keyof typeof vi.portal.services;

/** A service's name in the locale; its id when the catalog does not know it. */
export function serviceLabel(id: string, locale: Locale): string {
  if (!Object.hasOwn(vi.portal.services, id)) return id;
  const { t } = createI18n({ lng: locale });
  return t(`portal:services.${id as KnownService}`);
}

/**
 * The report as one table, the same figures the dashboard shows: a row for all applications,
 * then one per service, per commune and per week. Rates are percentages with one decimal,
 * times are days with one decimal; an empty cell where there is nothing to divide.
 */
export function reportTable(report: Report, locale: Locale): ReportTable {
  const { t } = createI18n({ lng: locale });
  const header = [
    t('portal:reports.export.group'),
    t('portal:reports.export.code'),
    t('portal:reports.export.name'),
    ...figureKeys.map((key) => t(`portal:reports.figures.${key}`)),
    `${t('portal:reports.figures.onTimeRate')} ${t('portal:reports.export.percentSuffix')}`,
    `${t('portal:reports.figures.averageDays')} ${t('portal:reports.export.daysSuffix')}`,
    `${t('portal:reports.figures.onlineShare')} ${t('portal:reports.export.percentSuffix')}`,
  ];
  const values = (f: Figures): Cell[] => [
    ...figureKeys.map((key) => f[key]),
    f.onTimeRate === null ? null : round(f.onTimeRate * 100, 1),
    f.averageDays === null ? null : round(f.averageDays, 1),
    f.onlineShare === null ? null : round(f.onlineShare * 100, 1),
  ];
  const group = (key: 'total' | 'service' | 'commune' | 'week'): string =>
    t(`portal:reports.export.groups.${key}`);
  const rows: Cell[][] = [
    [group('total'), '', t('portal:reports.export.allApplications'), ...values(report.totals)],
    ...report.byService.map((s) => [
      group('service'),
      s.serviceId,
      serviceLabel(s.serviceId, locale),
      ...values(s),
    ]),
    ...report.byCommune.map((c) => [
      group('commune'),
      c.communeCode,
      findCommune(c.communeCode)?.name ?? t('portal:reports.byCommune.unknown'),
      ...values(c),
    ]),
    ...report.byWeek.map((w) => [group('week'), w.weekStart, formatDay(w.weekStart), ...values(w)]),
  ];
  return { header, rows };
}

/**
 * One CSV field: quoted when it holds a comma, quote or line break (quotes doubled, RFC 4180),
 * and a text starting with = + - @ or a tab gets a leading apostrophe so that a spreadsheet
 * never runs it as a formula.
 */
export function csvField(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  let text = value.normalize('NFC');
  if (/^[=+\-@\t\r]/u.test(text)) text = `'${text}`;
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** CSV as Excel opens it correctly: UTF-8 with a byte-order mark, CRLF line ends. */
export function toCsv(table: ReportTable): string {
  const lines = [table.header, ...table.rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A worksheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/gu, ' ').slice(0, 31);
}

/**
 * The workbook: one sheet for the totals and the filter, then one per grouping (services,
 * communes, weeks), numbers stored as numbers, header rows bold and frozen.
 */
export async function toWorkbook(
  report: Report,
  locale: Locale,
  covering: string,
): Promise<ArrayBuffer> {
  const { t } = createI18n({ lng: locale });
  const table = reportTable(report, locale);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = t('portal:meta.siteName');
  workbook.title = t('portal:reports.title');
  workbook.created = new Date(0);
  const groups: { name: string; rows: Cell[][] }[] = [
    { name: t('portal:reports.export.sheetSummary'), rows: table.rows.slice(0, 1) },
  ];
  const total = 1;
  const serviceEnd = total + report.byService.length;
  const communeEnd = serviceEnd + report.byCommune.length;
  groups.push(
    { name: t('portal:reports.byService.title'), rows: table.rows.slice(total, serviceEnd) },
    { name: t('portal:reports.byCommune.title'), rows: table.rows.slice(serviceEnd, communeEnd) },
    { name: t('portal:reports.byWeek.title'), rows: table.rows.slice(communeEnd) },
  );
  const lastColumn = table.header.length;
  for (const [index, { name, rows }] of groups.entries()) {
    const sheet = workbook.addWorksheet(sheetName(name));
    let headerRow = 1;
    if (index === 0) {
      sheet.addRow([t('portal:reports.title')]).font = { bold: true, size: 14 };
      sheet.addRow([covering.normalize('NFC')]);
      sheet.addRow([]);
      headerRow = 4;
    }
    const header = sheet.addRow(table.header);
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'top' };
    for (const row of rows) sheet.addRow(row.map((cell) => cell ?? null));
    sheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 3 }];
    sheet.getColumn(1).width = 14;
    sheet.getColumn(2).width = 14;
    sheet.getColumn(3).width = 32;
    for (let column = 4; column <= lastColumn; column++) {
      sheet.getColumn(column).width = 16;
      sheet.getColumn(column).numFmt = column > lastColumn - 3 ? '0.0' : '#,##0';
    }
  }
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}
