/** NFC-normalises text, trims it and collapses inner white space to single spaces. */
export function normalizeText(input: string): string {
  return input.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

/**
 * A search key: lower case, combining marks removed, đ/Đ mapped to d.
 * Stripping marks alone leaves đ untouched, so it is mapped explicitly.
 */
export function foldText(input: string): string {
  return normalizeText(input)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase();
}
