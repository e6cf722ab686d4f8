import { createI18n } from '@dvc/i18n';
import type { i18n } from 'i18next';
import { useContext } from 'react';
import { I18nContext, useTranslation } from 'react-i18next';
import type { FieldError } from '../validate.js';
import type { FlowLocale } from '../check-answers.js';

let standalone: i18n | undefined;

/**
 * The `flows` namespace (and `validation` for codes from @dvc/vn) of the nearest
 * `I18nProvider`; without one, Vietnamese from a private instance, so a template never shows a
 * raw key.
 */
export function useFlowsTranslation() {
  const context = useContext(I18nContext);
  const instance = context?.i18n ?? (standalone ??= createI18n());
  const result = useTranslation(['flows', 'validation'], { i18n: instance });
  const locale: FlowLocale = result.i18n.language === 'en' ? 'en' : 'vi';
  return { ...result, locale };
}

type Translate = ReturnType<typeof useFlowsTranslation>['t'];

/** The message of an engine error in the current language: `flows:errors.*` or `validation:*`. */
export function errorText(t: Translate, error: FieldError): string {
  // The key is built by the engine at run time (`flows:errors.*`, `validation:*`); both
  // namespaces are loaded, and a test checks every code has a message.
  const translate = t as unknown as (key: string, options: Record<string, unknown>) => string;
  return translate(error.messageKey, { ...(error.params ?? {}) });
}
