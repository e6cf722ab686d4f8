import { compareVi, createSearch, type SearchResult } from './text.js';

/** One of the 54 ethnic groups of Viet Nam, or 55 "Người nước ngoài" (foreigner). */
export interface EthnicGroup {
  /** The General Statistics Office code, two digits ("01" Kinh ... "54" Rơ-măm, "55"). */
  code: string;
  /** The official Vietnamese name. */
  name: string;
  /** Other spellings and names people use, for search ("H'Mông", "Hmông", "Hmong"). */
  synonyms: readonly string[];
}

/**
 * The 54 ethnic groups with their statistics-office codes, plus 55 for foreigners.
 * Ethnicity is sensitive personal data: ask only where a procedure needs it.
 */
export const ethnicGroups: readonly EthnicGroup[] = (
  [
    ['01', 'Kinh', ['Việt']],
    ['02', 'Tày', ['Thổ Tày']],
    ['03', 'Thái', []],
    ['04', 'Hoa', ['Hán', 'Người Hoa']],
    ['05', 'Khơ-me', ['Khmer', 'Khơ Me', 'Khơme', 'Khmer Krom']],
    ['06', 'Mường', []],
    ['07', 'Nùng', []],
    ['08', 'Mông', ["H'Mông", 'Hmông', 'HMông', 'Hmong']],
    ['09', 'Dao', ['Dao đỏ', 'Mán']],
    ['10', 'Gia-rai', ['Gia Rai', 'Jrai', 'Jarai']],
    ['11', 'Ngái', []],
    ['12', 'Ê-đê', ['Ê Đê', 'Êđê', 'Rhade', 'Rađê']],
    ['13', 'Ba-na', ['Ba Na', 'Bahnar']],
    ['14', 'Xơ-đăng', ['Xơ Đăng', 'Sedang']],
    ['15', 'Sán Chay', ['Cao Lan', 'Sán Chỉ']],
    ['16', 'Cơ-ho', ['Cơ Ho', "K'Ho", 'Koho']],
    ['17', 'Chăm', ['Chàm', 'Cham']],
    ['18', 'Sán Dìu', []],
    ['19', 'Hrê', ["H're", 'Hre']],
    ['20', 'Mnông', ["M'Nông", 'Mơ Nông', 'Mnong']],
    ['21', 'Ra-glai', ['Raglai', 'Ra Glai']],
    ['22', 'Xtiêng', ["X'Tiêng", 'Stiêng', 'Stieng']],
    ['23', 'Bru-Vân Kiều', ['Bru', 'Vân Kiều']],
    ['24', 'Thổ', []],
    ['25', 'Giáy', []],
    ['26', 'Cơ-tu', ['Cơ Tu', 'Katu']],
    ['27', 'Gié-Triêng', ['Gié Triêng', 'Giẻ Triêng', 'Giẻ-Triêng']],
    ['28', 'Mạ', []],
    ['29', 'Khơ-mú', ['Khơ Mú', 'Khmu', 'Kmhmu']],
    ['30', 'Co', []],
    ['31', 'Tà-ôi', ['Tà Ôi', 'Pa Cô', 'Pa Kô']],
    ['32', 'Chơ-ro', ['Chơ Ro']],
    ['33', 'Kháng', []],
    ['34', 'Xinh-mun', ['Xinh Mun']],
    ['35', 'Hà Nhì', []],
    ['36', 'Chu-ru', ['Chu Ru']],
    ['37', 'Lào', []],
    ['38', 'La Chí', []],
    ['39', 'La Ha', []],
    ['40', 'Phù Lá', []],
    ['41', 'La Hủ', []],
    ['42', 'Lự', []],
    ['43', 'Lô Lô', []],
    ['44', 'Chứt', []],
    ['45', 'Mảng', []],
    ['46', 'Pà Thẻn', []],
    ['47', 'Cơ Lao', []],
    ['48', 'Cống', []],
    ['49', 'Bố Y', []],
    ['50', 'Si La', []],
    ['51', 'Pu Péo', []],
    ['52', 'Brâu', []],
    ['53', 'Ơ Đu', []],
    ['54', 'Rơ-măm', ['Rơ Măm']],
    ['55', 'Người nước ngoài', ['Nước ngoài', 'Foreigner']],
  ] as const
).map(([code, name, synonyms]) => ({ code, name, synonyms }));

const ethnicByCode = new Map(ethnicGroups.map((g) => [g.code, g]));

/** The ethnic group with this two-digit code, or undefined. */
export function findEthnicGroup(code: string): EthnicGroup | undefined {
  return typeof code === 'string' ? ethnicByCode.get(code.trim().padStart(2, '0')) : undefined;
}

let ethnicSearch: ((query: string) => SearchResult<EthnicGroup>[]) | undefined;

/** Searches ethnic groups by name and spelling variants ("hmong" finds Mông, "khmer" Khơ-me). */
export function searchEthnicGroups(query: string): SearchResult<EthnicGroup>[] {
  ethnicSearch ??= createSearch(ethnicGroups, {
    keys: ['name', 'synonyms'],
    synonyms: [],
    optionalPrefixes: ['dan toc', 'nguoi'],
    limit: ethnicGroups.length,
  });
  return ethnicSearch(query);
}

/** A religion a form may offer. */
export interface Religion {
  /** A stable identifier to store. */
  code: string;
  /** Vietnamese name. */
  name: string;
  /** English name. */
  nameEn: string;
}

/**
 * "Không" (none) first, then the religions recognised by the state (the Government Committee for
 * Religious Affairs lists 16; unverified against its latest list: it is data, change it here),
 * then "Khác" (other). Religion is sensitive personal data: ask only where a procedure needs it.
 */
export const religions: readonly Religion[] = [
  { code: 'none', name: 'Không', nameEn: 'None' },
  { code: 'buddhism', name: 'Phật giáo', nameEn: 'Buddhism' },
  { code: 'catholicism', name: 'Công giáo', nameEn: 'Catholicism' },
  { code: 'protestantism', name: 'Tin lành', nameEn: 'Protestantism' },
  { code: 'caodaism', name: 'Cao Đài', nameEn: 'Cao Dai' },
  { code: 'hoahao', name: 'Phật giáo Hòa Hảo', nameEn: 'Hoa Hao Buddhism' },
  { code: 'islam', name: 'Hồi giáo', nameEn: 'Islam' },
  { code: 'bahai', name: "Tôn giáo Baha'i", nameEn: "Baha'i Faith" },
  {
    code: 'tinh-do-cu-si',
    name: 'Tịnh độ Cư sĩ Phật hội Việt Nam',
    nameEn: 'Pure Land Buddhist Home Practice Association of Viet Nam',
  },
  { code: 'adventism', name: 'Cơ đốc Phục lâm', nameEn: 'Seventh-day Adventism' },
  {
    code: 'tu-an-hieu-nghia',
    name: 'Phật giáo Tứ Ân Hiếu Nghĩa',
    nameEn: 'Tu An Hieu Nghia Buddhism',
  },
  { code: 'minh-su-dao', name: 'Minh Sư đạo', nameEn: 'Minh Su Dao' },
  {
    code: 'minh-ly-dao',
    name: 'Minh Lý đạo - Tam Tông Miếu',
    nameEn: 'Minh Ly Dao - Tam Tong Mieu',
  },
  { code: 'brahmanism', name: 'Bà-la-môn giáo', nameEn: 'Brahmanism' },
  {
    code: 'latter-day-saints',
    name: 'Giáo hội Các Thánh hữu Ngày sau của Chúa Giê-su Ky-tô',
    nameEn: 'The Church of Jesus Christ of Latter-day Saints',
  },
  {
    code: 'hieu-nghia-ta-lon',
    name: 'Phật giáo Hiếu Nghĩa Tà Lơn',
    nameEn: 'Hieu Nghia Ta Lon Buddhism',
  },
  { code: 'buu-son-ky-huong', name: 'Bửu Sơn Kỳ Hương', nameEn: 'Buu Son Ky Huong' },
  { code: 'other', name: 'Khác', nameEn: 'Other' },
];

/** ISO 3166-1 alpha-2 codes of the 249 countries and territories. */
export const countryCodes: readonly string[] = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ ' +
  'BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM ' +
  'DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS ' +
  'GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN ' +
  'KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ ' +
  'MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM ' +
  'PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV ' +
  'SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI ' +
  'VN VU WF WS YE YT ZA ZM ZW ' +
  ''
)
  .trim()
  .split(' ');

/** A country or territory with its name in one language. */
export interface Country {
  /** ISO 3166-1 alpha-2 code, e.g. "VN". */
  code: string;
  /** The name from `Intl.DisplayNames`, e.g. "Việt Nam", "Hoa Kỳ". */
  name: string;
}

const countryCache = new Map<string, readonly Country[]>();

/**
 * Countries and territories named by `Intl.DisplayNames` in `locale` (default Vietnamese):
 * Việt Nam first, the rest in that language's alphabetical order.
 */
export function countries(locale: 'vi' | 'en' | (string & {}) = 'vi'): readonly Country[] {
  const cachedList = countryCache.get(locale);
  if (cachedList) return cachedList;
  const names = new Intl.DisplayNames([locale, 'vi'], { type: 'region' });
  const collator = new Intl.Collator(locale);
  const list = countryCodes.map((code) => ({
    code,
    name: (names.of(code) ?? code).normalize('NFC'),
  }));
  const [vietnam] = list.filter((c) => c.code === 'VN');
  const rest = list
    .filter((c) => c.code !== 'VN')
    .sort((a, b) =>
      locale === 'vi' ? compareVi(a.name, b.name) : collator.compare(a.name, b.name),
    );
  const result = vietnam ? [vietnam, ...rest] : rest;
  countryCache.set(locale, result);
  return result;
}

/** The name of a country in `locale` (default Vietnamese), or undefined for an unknown code. */
export function countryName(code: string, locale = 'vi'): string | undefined {
  if (typeof code !== 'string') return undefined;
  const upper = code.trim().toUpperCase();
  return countries(locale).find((c) => c.code === upper)?.name;
}
