import { randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a code read aloud or retyped is not misread. */
export const crockfordAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const randomLength = 10;

/**
 * A new application code, "HS-2026-" and 10 random Crockford base32 characters: 50 bits
 * of randomness, so codes cannot be guessed or enumerated.
 */
export function newApplicationCode(year = new Date().getFullYear()): string {
  const bytes = randomBytes(randomLength);
  let suffix = '';
  // 32 divides 256, so masking to 5 bits keeps every character equally likely.
  for (const byte of bytes) suffix += crockfordAlphabet[byte & 31];
  return `HS-${year}-${suffix}`;
}

const codePattern = new RegExp(`^HS-(\\d{4})-([${crockfordAlphabet}]{${randomLength}})$`, 'u');

/**
 * Reads a code as a person may type it: any case, spaces or dashes anywhere, and the
 * letters Crockford reads as digits (O -> 0, I and L -> 1). Returns null if it cannot be a code.
 */
export function parseApplicationCode(input: string): string | null {
  const compact = input
    .normalize('NFC')
    .toUpperCase()
    .replace(/[\s\u2010-\u2015-]/gu, '');
  const match = /^HS(\d{4})([0-9A-Z]{10})$/u.exec(compact);
  if (!match) return null;
  const suffix = (match[2] ?? '').replace(/O/gu, '0').replace(/[IL]/gu, '1');
  const code = `HS-${match[1] ?? ''}-${suffix}`;
  return codePattern.test(code) ? code : null;
}
