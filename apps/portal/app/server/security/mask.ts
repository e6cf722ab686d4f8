/**
 * Masks a personal ID number (12 digits) or old CMND (9 digits) for lists: only the last
 * three digits stay, so a list read over a shoulder gives nothing away.
 */
export function maskIdNumber(idNumber: string): string {
  const digits = idNumber.replace(/\D/gu, '');
  if (digits.length <= 3) return '•'.repeat(digits.length);
  return '•'.repeat(digits.length - 3) + digits.slice(-3);
}

/** Masks a phone number: the first three and last two digits stay ("091•••••78"). */
export function maskPhone(phone: string): string {
  const compact = phone.replace(/[\s.-]/gu, '');
  const international = compact.startsWith('+84');
  const digits = international ? `0${compact.slice(3)}` : compact.replace(/\D/gu, '');
  if (digits.length <= 5) return '•'.repeat(digits.length);
  return digits.slice(0, 3) + '•'.repeat(digits.length - 5) + digits.slice(-2);
}
