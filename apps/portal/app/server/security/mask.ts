import { maskId } from '@dvc/vn';

/** Masks a phone number for lists: the first three and last two digits stay ("091•••••78"). */
export { maskPhone } from '@dvc/vn';

/**
 * Masks a personal ID number (12 digits) or old CMND (9 digits) for the portal's lists and
 * stored masked copies, with @dvc/vn's `maskId`. The portal keeps the last three digits, one
 * fewer than the kit's default of four, so a list read over a shoulder gives less away; rows
 * already stored, and the journeys that read them, use this form.
 */
export function maskIdNumber(idNumber: string): string {
  return maskId(idNumber, { visible: 3 });
}
