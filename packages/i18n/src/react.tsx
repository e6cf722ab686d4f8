import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import './types.js';

export interface I18nProviderProps {
  /** The instance from `createI18n`, one per request on a server. */
  i18n: i18n;
  children?: ReactNode;
}

/** Makes an i18n instance available to every dvc-kit component below it. */
export function I18nProvider({ i18n, children }: I18nProviderProps) {
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

export { useTranslation };
