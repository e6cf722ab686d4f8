import { useTranslation } from '@dvc/i18n/react';

export interface FieldMessage {
  /** The id of the field the message is about; null for the whole form. */
  fieldId: string | null;
  message: string;
}

/** The list of problems at the top of a form, each linking to its field. */
export function ErrorSummary({ messages }: { messages: readonly FieldMessage[] }) {
  const { t } = useTranslation('portal');
  if (messages.length === 0) return null;
  return (
    <div className="portal-error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="portal-error-summary__title">
        {t('form.errorSummaryTitle')}
      </h2>
      <ul>
        {messages.map(({ fieldId, message }) => (
          <li key={`${fieldId ?? ''}:${message}`}>
            {fieldId ? <a href={`#${fieldId}`}>{message}</a> : message}
          </li>
        ))}
      </ul>
    </div>
  );
}
