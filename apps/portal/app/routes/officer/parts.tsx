import { Button } from '@dvc/ui';
import { useSyncExternalStore } from 'react';
import type { Locale } from '@dvc/i18n';
import { useTranslation } from '@dvc/i18n/react';
import { findCommune } from '@dvc/vn/places';

/** A commune's full name from its code, or the code when unknown. */
export function communeName(code: string | null | undefined): string {
  if (!code) return '';
  return findCommune(code)?.name ?? code;
}

/** dd/mm/yyyy hh:mm in Việt Nam time. */
export function formatDateTime(value: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date(value));
}

/** "Còn 3 ngày làm việc" / "Quá hạn 2 ngày làm việc", with a text marker, not colour alone. */
export function DaysLeft({ days }: { days: number | null }) {
  const { t } = useTranslation('portal');
  if (days === null) return <span>{t('officer.queue.finished')}</span>;
  if (days < 0) {
    return (
      <strong className="officer-days officer-days--late">
        {t('officer.queue.daysLate', { count: -days })}
      </strong>
    );
  }
  if (days === 0) {
    return (
      <strong className="officer-days officer-days--due">{t('officer.queue.dueToday')}</strong>
    );
  }
  return <span className="officer-days">{t('officer.queue.daysLeft', { count: days })}</span>;
}

/** Who did something in the history, as staff read it. */
export function useActorText(): (actor: string) => string {
  const { t } = useTranslation('portal');
  return (actor) => {
    if (actor.startsWith('officer:')) {
      return t('officer.application.actors.officer', { name: actor.slice('officer:'.length) });
    }
    if (actor.startsWith('citizen:') || actor === 'anonymous') {
      return t('officer.application.actors.citizen');
    }
    return t('officer.application.actors.system');
  };
}

const noop = () => () => undefined;

/** A print button that exists once JavaScript runs; without it the browser's own print works. */
export function PrintButton({ children }: { children: string }) {
  const hydrated = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  if (!hydrated) return null;
  return (
    <Button
      type="button"
      variant="secondary"
      onClick={() => {
        window.print();
      }}
    >
      {children}
    </Button>
  );
}
