import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvField, reportTable, sheetName, toCsv, toWorkbook } from './export.js';
import type { Figures, Report } from './figures.js';

const figures = (received: number, onTime: number, late: number): Figures => ({
  received,
  open: received - onTime - late,
  overdue: 0,
  finished: onTime + late,
  onTime,
  late,
  closed: 0,
  onTimeRate: onTime + late ? onTime / (onTime + late) : null,
  averageDays: onTime + late ? 2.25 : null,
  onlineShare: received ? 1 : null,
});

const report: Report = {
  filter: {
    period: '30d',
    from: '2026-05-17',
    to: '2026-06-15',
    serviceId: null,
    communeCode: null,
  },
  totals: figures(6, 2, 1),
  byService: [
    { serviceId: 'dang-ky-khai-sinh', ...figures(4, 2, 1) },
    { serviceId: 'dang-ky-thuong-tru', ...figures(2, 0, 0) },
  ],
  byCommune: [
    { communeCode: '01843', ...figures(5, 2, 1) },
    { communeCode: '01906', ...figures(1, 0, 0) },
  ],
  byWeek: [{ weekStart: '2026-05-17', ...figures(6, 2, 1) }],
};

describe('CSV export', () => {
  it('starts with a byte-order mark and ends lines with CRLF', () => {
    const csv = toCsv(reportTable(report, 'vi'));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    // Header, total, 2 services, 2 communes, 1 week.
    expect(lines).toHaveLength(1 + 1 + 2 + 2 + 1 + 1);
    expect(csv.slice(1).replace(/\r\n/gu, '')).not.toMatch(/\n/u);
  });

  it('keeps Vietnamese in NFC and shows the same figures as the dashboard', () => {
    const csv = toCsv(reportTable(report, 'vi'));
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^Nhóm,Mã,Tên,Tiếp nhận,Đang giải quyết,/u);
    expect(lines[0]).toBe(lines[0]?.normalize('NFC'));
    expect(lines[1]).toBe('Tổng,,Tất cả hồ sơ,6,3,0,3,2,1,0,66.7,2.3,100');
    expect(lines[2]).toBe('Dịch vụ,dang-ky-khai-sinh,Đăng ký khai sinh,4,1,0,3,2,1,0,66.7,2.3,100');
    expect(lines[4]).toBe('"Xã, phường",01843,Phường Bắc Kạn,5,2,0,3,2,1,0,66.7,2.3,100');
    // Nothing finished: empty cells, not zero.
    expect(lines[3]).toMatch(/,0,0,0,0,0,,,100$/u);
    expect(lines[6]).toMatch(/^Tuần,2026-05-17,17\/05\/2026,/u);
  });

  it('writes English headers in English', () => {
    const csv = toCsv(reportTable(report, 'en'));
    expect(csv.slice(1).split('\r\n')[0]).toMatch(/^Group,Code,Name,Received,Being handled,/u);
  });

  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('Xã Ba Bể')).toBe('Xã Ba Bể');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1+2')).toBe("'-1+2");
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
    // Decomposed input (as some keyboards send it) comes out composed.
    expect(csvField('Ba Bê\u0309')).toBe('Ba Bể');
  });
});

describe('Excel workbook export', () => {
  it('opens, with one sheet per grouping and numbers stored as numbers', async () => {
    const bytes = await toWorkbook(report, 'vi', 'Số liệu từ 17/05/2026 đến 15/06/2026.');
    // A zip file (xlsx) starts with PK.
    expect(new Uint8Array(bytes, 0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Tổng hợp',
      'Theo dịch vụ',
      'Theo xã, phường',
      'Theo tuần',
    ]);
    const summary = workbook.getWorksheet('Tổng hợp');
    expect(summary?.getCell('A1').value).toBe('Báo cáo cho lãnh đạo');
    expect(summary?.getCell('A2').value).toBe('Số liệu từ 17/05/2026 đến 15/06/2026.');
    expect(summary?.getCell('A4').value).toBe('Nhóm');
    expect(summary?.getCell('D5').value).toBe(6);
    expect(summary?.getCell('K5').value).toBe(66.7);
    const communes = workbook.getWorksheet('Theo xã, phường');
    expect(communes?.getRow(2).values).toEqual([
      undefined,
      'Xã, phường',
      '01843',
      'Phường Bắc Kạn',
      5,
      2,
      0,
      3,
      2,
      1,
      0,
      66.7,
      2.3,
      100,
    ]);
    expect(communes?.rowCount).toBe(3);
  });

  it('names sheets as Excel allows', () => {
    expect(sheetName('a/b:c*d?e[f]g\\h')).toBe('a b c d e f g h');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
  });
});
