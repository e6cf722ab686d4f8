export {
  compareVi,
  createSearch,
  defaultOptionalPrefixes,
  defaultSynonyms,
  foldText,
  normalizeText,
  normalizeTonePlacement,
  searchKey,
} from './text.js';
export type { MatchRank, SearchKey, SearchOptions, SearchResult } from './text.js';
export {
  validationCodes,
  validationWarningCodes,
  type ValidationCode,
  type ValidationErrorCode,
  type ValidationWarningCode,
} from './codes.js';
export {
  birthRegistrationCountryCodeRange,
  birthRegistrationProvinces,
  centuryAndSex,
} from './data/id-codes.js';
export {
  taxCodeCheckDigit,
  validateCitizenId,
  validateDate,
  validateEmail,
  validateFullName,
  validateOldIdNumber,
  validatePhone,
  validateTaxCode,
} from './validators.js';
export type {
  CitizenIdDetails,
  CitizenIdOptions,
  DateField,
  DateOptions,
  DateParts,
  DateValue,
  FullNameOptions,
  MessageParams,
  PhoneDetails,
  TaxCodeDetails,
  Today,
  ValidationFailure,
  ValidationOk,
  ValidationResult,
  ValidationWarning,
} from './validators.js';
export {
  countries,
  countryCodes,
  countryName,
  ethnicGroups,
  findEthnicGroup,
  religions,
  searchEthnicGroups,
} from './reference.js';
export type { Country, EthnicGroup, Religion } from './reference.js';
export { formatDate, formatNumber, formatPhone, formatVnd, maskId, maskPhone } from './format.js';
export type { DateLike, FormatDateOptions } from './format.js';
