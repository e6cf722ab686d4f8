/**
 * Public holidays and make-up working days in Việt Nam, as data.
 *
 * The holidays themselves are set by the Labour Code 2019 (45/2019/QH14), article 112:
 * Tết Dương lịch (1/1), Tết Âm lịch (5 days), Giỗ Tổ Hùng Vương (10/3 lunar), Ngày Chiến thắng
 * (30/4), Quốc tế Lao động (1/5) and Quốc khánh (2/9 and one day before or after). Which
 * calendar days state offices close is announced each year by the Ministry of Home Affairs
 * (Bộ Nội vụ) for civil servants, with weekend days carried over and some Saturdays worked
 * in exchange. The dates below were typed from the published announcements as reported in
 * the press, not from the primary text: check them against the ministry's notice before
 * relying on them. A year whose notice was not out when this was written is `announced:
 * false`: its dates are estimated from the lunar calendar and the usual pattern.
 *
 * Only weekdays that are days off need listing (weekends are never working days) plus any
 * Saturday or Sunday that is worked in exchange (`workedWeekendDays`).
 */
export interface HolidayYear {
  year: number;
  /** True when the days off for state offices had been announced; false for an estimate. */
  announced: boolean;
  source: string;
  /** Weekdays (yyyy-mm-dd) on which state offices are closed. */
  daysOff: readonly { date: string; name: string }[];
  /** Weekend days (yyyy-mm-dd) worked in exchange for a bridge day off. */
  workedWeekendDays: readonly string[];
}

export const holidayYears: readonly HolidayYear[] = [
  {
    year: 2025,
    announced: true,
    source:
      'Bộ Luật Lao động 2019 điều 112; Thông báo 6150/TB-BLĐTBXH (Tết Ất Tỵ) và Thông báo của Bộ Nội vụ về nghỉ 30/4, 1/5 và 2/9/2025 (unverified)',
    daysOff: [
      { date: '2025-01-01', name: 'tet-duong-lich' },
      { date: '2025-01-27', name: 'tet-am-lich' },
      { date: '2025-01-28', name: 'tet-am-lich' },
      { date: '2025-01-29', name: 'tet-am-lich' },
      { date: '2025-01-30', name: 'tet-am-lich' },
      { date: '2025-01-31', name: 'tet-am-lich' },
      { date: '2025-04-07', name: 'gio-to-hung-vuong' },
      { date: '2025-04-30', name: 'chien-thang' },
      { date: '2025-05-01', name: 'quoc-te-lao-dong' },
      { date: '2025-05-02', name: 'nghi-bu' },
      { date: '2025-09-01', name: 'quoc-khanh' },
      { date: '2025-09-02', name: 'quoc-khanh' },
    ],
    workedWeekendDays: ['2025-04-26'],
  },
  {
    year: 2026,
    announced: true,
    source:
      'Bộ Luật Lao động 2019 điều 112; thông báo nghỉ Tết Bính Ngọ và các ngày lễ năm 2026 của Bộ Nội vụ (unverified)',
    daysOff: [
      { date: '2026-01-01', name: 'tet-duong-lich' },
      { date: '2026-01-02', name: 'nghi-bu' },
      { date: '2026-02-16', name: 'tet-am-lich' },
      { date: '2026-02-17', name: 'tet-am-lich' },
      { date: '2026-02-18', name: 'tet-am-lich' },
      { date: '2026-02-19', name: 'tet-am-lich' },
      { date: '2026-02-20', name: 'tet-am-lich' },
      // 10/3 lunar falls on Sunday 26 April: the Monday after is off.
      { date: '2026-04-27', name: 'gio-to-hung-vuong' },
      { date: '2026-04-30', name: 'chien-thang' },
      { date: '2026-05-01', name: 'quoc-te-lao-dong' },
      { date: '2026-09-01', name: 'quoc-khanh' },
      { date: '2026-09-02', name: 'quoc-khanh' },
    ],
    workedWeekendDays: ['2026-01-10'],
  },
  {
    year: 2027,
    announced: false,
    source:
      'Estimate: Bộ Luật Lao động 2019 điều 112 over the lunar calendar (Tết Đinh Mùi on 6/2/2027); replace with the Bộ Nội vụ notice when it is out',
    daysOff: [
      { date: '2027-01-01', name: 'tet-duong-lich' },
      { date: '2027-02-04', name: 'tet-am-lich' },
      { date: '2027-02-05', name: 'tet-am-lich' },
      { date: '2027-02-08', name: 'tet-am-lich' },
      { date: '2027-02-09', name: 'tet-am-lich' },
      { date: '2027-02-10', name: 'tet-am-lich' },
      { date: '2027-04-16', name: 'gio-to-hung-vuong' },
      { date: '2027-04-30', name: 'chien-thang' },
      // 1/5 is a Saturday: the Monday after is off.
      { date: '2027-05-03', name: 'quoc-te-lao-dong' },
      { date: '2027-09-02', name: 'quoc-khanh' },
      { date: '2027-09-03', name: 'quoc-khanh' },
    ],
    workedWeekendDays: [],
  },
];
