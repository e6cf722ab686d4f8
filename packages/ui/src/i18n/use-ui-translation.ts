import { createI18n } from '@dvc/i18n';
import type { i18n } from 'i18next';
import { useContext } from 'react';
import { I18nContext, useTranslation } from 'react-i18next';

let standalone: i18n | undefined;

/**
 * The `ui` namespace of the nearest `I18nProvider`. Without a provider, components still
 * speak Vietnamese from a private instance, so a component never renders a raw key.
 */
export function useUiTranslation() {
  const context = useContext(I18nContext);
  const instance = context?.i18n ?? (standalone ??= createI18n());
  return useTranslation('ui', { i18n: instance });
}
