import { vi } from '@dvc/i18n';
import { useTranslation } from '@dvc/i18n/react';

type KnownService = keyof typeof vi.portal.services;

function isKnownService(id: string): id is KnownService {
  return Object.hasOwn(vi.portal.services, id);
}

/** A service's name in the page language; its id when the catalog does not know it yet. */
export function useServiceName(): (id: string) => string {
  const { t } = useTranslation('portal');
  return (id) => (isKnownService(id) ? t(`services.${id}`) : id);
}
