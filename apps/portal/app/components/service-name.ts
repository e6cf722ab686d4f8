import { useTranslation } from '@dvc/i18n/react';

/**
 * A service's name in the page language; its id when the catalog does not know it yet.
 * Asks i18next, not the `vi` catalog object: in the browser only the page's own language
 * is loaded, so on an English page `vi` is empty.
 */
export function useServiceName(): (id: string) => string {
  const { t, i18n } = useTranslation('portal');
  return (id) => {
    const key = `services.${id}`;
    // Checked just before: the key exists, and every `services.*` entry is a string.
    return i18n.exists(key, { ns: 'portal' }) ? t(key as 'services.dang-ky-khai-sinh') : id;
  };
}
