import { useTranslation } from '@dvc/i18n/react';
import { ErrorSummary as KitErrorSummary } from '@dvc/ui';

export interface FieldMessage {
  /** The id of the field the message is about; null for the whole form. */
  fieldId: string | null;
  message: string;
}

/**
 * The kit's error summary with the portal's heading. It is an alert in every page, also one
 * rendered by the server after a post without JavaScript (the journeys find it by that role),
 * and it takes focus: through `autofocus` without JavaScript, on mount with it.
 */
export function ErrorSummary({ messages }: { messages: readonly FieldMessage[] }) {
  const { t } = useTranslation('portal');
  if (messages.length === 0) return null;
  return (
    <KitErrorSummary
      role="alert"
      title={t('form.errorSummaryTitle')}
      errors={messages.map(({ fieldId, message }) => ({ fieldId, text: message }))}
    />
  );
}
