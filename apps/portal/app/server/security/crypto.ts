import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** An opaque, unguessable token: `bytes` random bytes as base64url. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** SHA-256 as hex, with a purpose label so that hashes of one kind never match another. */
export function sha256(purpose: string, value: string): string {
  return createHash('sha256').update(`${purpose}\u0000${value}`).digest('hex');
}

/** Compares two secrets in time that does not depend on where they differ. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Hash of an ID number as stored for look-up. */
export function idNumberHash(idNumber: string): string {
  return sha256('id-number', idNumber);
}
