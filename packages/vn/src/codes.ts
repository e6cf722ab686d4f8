/**
 * Every machine code a validator can return, as an error (`ok: false`) or a soft warning.
 * Each code is a key of the `validation` namespace of @dvc/i18n: `citizenId.length` is the
 * message at `{ "citizenId": { "length": "..." } }` in vi and en. A test checks that every code
 * has a message in both languages, so adding a code here without words fails the build.
 */
export const validationCodes = [
  'citizenId.required',
  'citizenId.format',
  'citizenId.length',
  'citizenId.looksLikeOldId',
  'citizenId.province',
  'citizenId.birthYearFuture',
  'citizenId.sexMismatch',
  'citizenId.birthYearMismatch',
  'oldIdNumber.required',
  'oldIdNumber.format',
  'oldIdNumber.length',
  'phone.required',
  'phone.format',
  'phone.length',
  'phone.prefix',
  'email.required',
  'email.format',
  'email.tooLong',
  'taxCode.required',
  'taxCode.format',
  'taxCode.length',
  'taxCode.checkDigit',
  'taxCode.branch',
  'taxCode.personalId',
  'fullName.required',
  'fullName.digits',
  'fullName.characters',
  'fullName.tooLong',
  'date.required',
  'date.dayRequired',
  'date.monthRequired',
  'date.yearRequired',
  'date.dayFormat',
  'date.monthFormat',
  'date.yearFormat',
  'date.dayRange',
  'date.monthRange',
  'date.yearRange',
  'date.future',
  'date.tooYoung',
  'date.tooOld',
] as const;

/** A code a validator may return; also the key of its message in the `validation` namespace. */
export type ValidationCode = (typeof validationCodes)[number];

/** The codes that are soft warnings: the value is accepted, but a person should look again. */
export const validationWarningCodes = [
  'citizenId.sexMismatch',
  'citizenId.birthYearMismatch',
] as const satisfies readonly ValidationCode[];

/** A code returned in `warnings` of an accepted value. */
export type ValidationWarningCode = (typeof validationWarningCodes)[number];

/** A code returned with `ok: false`. */
export type ValidationErrorCode = Exclude<ValidationCode, ValidationWarningCode>;
