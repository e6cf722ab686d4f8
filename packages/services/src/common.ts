import type { LocalText } from '@dvc/flows';

/** A text a citizen reads, in Vietnamese first and English beside it. */
export const t = (vi: string, en: string): LocalText => ({ vi, en });

/** Sex as civil-status forms ask it. */
export const sexOptions = [
  { value: 'nam', label: t('Nam', 'Male') },
  { value: 'nu', label: t('Nữ', 'Female') },
];
