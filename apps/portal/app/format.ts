import type { Locale } from '@dvc/i18n';

/** dd/mm/yyyy in Vietnam's time zone, with the 2-digit parts Vietnamese dates use. */
export function formatDate(value: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date(value));
}
