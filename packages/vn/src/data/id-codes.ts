/**
 * The first three digits of a personal ID number (số định danh cá nhân): the province where the
 * birth was registered, as the 63 pre-2025 provinces were coded. The codes are kept after the
 * 2025 merger, so they are data here, not the 34 new provinces.
 */
export const birthRegistrationProvinces: Readonly<Record<string, string>> = {
  '001': 'Hà Nội',
  '002': 'Hà Giang',
  '004': 'Cao Bằng',
  '006': 'Bắc Kạn',
  '008': 'Tuyên Quang',
  '010': 'Lào Cai',
  '011': 'Điện Biên',
  '012': 'Lai Châu',
  '014': 'Sơn La',
  '015': 'Yên Bái',
  '017': 'Hòa Bình',
  '019': 'Thái Nguyên',
  '020': 'Lạng Sơn',
  '022': 'Quảng Ninh',
  '024': 'Bắc Giang',
  '025': 'Phú Thọ',
  '026': 'Vĩnh Phúc',
  '027': 'Bắc Ninh',
  '030': 'Hải Dương',
  '031': 'Hải Phòng',
  '033': 'Hưng Yên',
  '034': 'Thái Bình',
  '035': 'Hà Nam',
  '036': 'Nam Định',
  '037': 'Ninh Bình',
  '038': 'Thanh Hóa',
  '040': 'Nghệ An',
  '042': 'Hà Tĩnh',
  '044': 'Quảng Bình',
  '045': 'Quảng Trị',
  '046': 'Thừa Thiên Huế',
  '048': 'Đà Nẵng',
  '049': 'Quảng Nam',
  '051': 'Quảng Ngãi',
  '052': 'Bình Định',
  '054': 'Phú Yên',
  '056': 'Khánh Hòa',
  '058': 'Ninh Thuận',
  '060': 'Bình Thuận',
  '062': 'Kon Tum',
  '064': 'Gia Lai',
  '066': 'Đắk Lắk',
  '067': 'Đắk Nông',
  '068': 'Lâm Đồng',
  '070': 'Bình Phước',
  '072': 'Tây Ninh',
  '074': 'Bình Dương',
  '075': 'Đồng Nai',
  '077': 'Bà Rịa - Vũng Tàu',
  '079': 'Hồ Chí Minh',
  '080': 'Long An',
  '082': 'Tiền Giang',
  '083': 'Bến Tre',
  '084': 'Trà Vinh',
  '086': 'Vĩnh Long',
  '087': 'Đồng Tháp',
  '089': 'An Giang',
  '091': 'Kiên Giang',
  '092': 'Cần Thơ',
  '093': 'Hậu Giang',
  '094': 'Sóc Trăng',
  '095': 'Bạc Liêu',
  '096': 'Cà Mau',
};

/**
 * Codes for a birth registered abroad: a country code in place of a province (unverified: no
 * primary text of the code table was read). Kept wide on purpose: wrongly refusing a real number
 * locks a citizen out of a service, while a wrong number is caught by the population database.
 * Narrow it here when the official table is at hand.
 */
export const birthRegistrationCountryCodeRange = { from: 100, to: 999 } as const;

/**
 * Digit 4 of a personal ID number: the century of birth and the sex. Even digits are male, odd
 * female; 0/1 the 1900s, 2/3 the 2000s, 4/5 the 2100s, 6/7 the 2200s, 8/9 the 2300s.
 */
export function centuryAndSex(digit: number): { century: number; sex: 'male' | 'female' } {
  return { century: 1900 + Math.floor(digit / 2) * 100, sex: digit % 2 === 0 ? 'male' : 'female' };
}

/** Mobile prefixes (after the leading 0). Number portability: the prefix does not tell the carrier. */
export const mobilePrefixPattern = /^0(?:3[2-9]|5[25689]|7[06-9]|8[1-9]|9\d)\d{7}$/u;

/** Landlines: 0 + a 2x area code (3 digits with the 0, e.g. 024, or 4 digits, e.g. 0208), 11 digits. */
export const landlinePattern = /^02\d{9}$/u;

/** The weights of the tax-code check digit over its first nine digits. */
export const taxCodeWeights = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;
