import { formatDate } from '@dvc/vn';
import type { ReactNode } from 'react';
import type { Answers } from '../answers.js';
import { documentsNeeded } from '../check-answers.js';
import type { ServiceDefinition } from '../schema.js';
import { addWorkingDays } from './dates.js';
import { useFlowsTranslation } from './i18n.js';
import { PrintButton } from './PrintButton.js';
import { UnverifiedMark } from './unverified.js';

export interface ConfirmationPageProps {
  /** The checked service definition. */
  definition: ServiceDefinition;
  /** The application code given by the receiving system. */
  code: string;
  /** When the application was received. */
  submittedAt: Date;
  /** The submitted answers, to list the documents to bring. */
  answers?: Answers;
  /** Where the person can check the application's progress. */
  lookupHref?: string;
  /** More about what happens next, after the standard text. */
  children?: ReactNode;
}

/**
 * The confirmation: a panel with the application code, what happens next and by when (the due
 * date counted in working days), and a receipt that prints on its own (templates.css has the
 * print stylesheet). The "In biên nhận" button appears only with JavaScript.
 */
export function ConfirmationPage({
  definition,
  code,
  submittedAt,
  answers = {},
  lookupHref,
  children,
}: ConfirmationPageProps) {
  const { t, locale } = useFlowsTranslation();
  const due = addWorkingDays(submittedAt, definition.processingDays);
  const dueText = formatDate(due, { locale });
  const bring = documentsNeeded(definition, answers).filter((d) => d.how === 'bring');
  const authority = definition.authority[locale];
  return (
    <div className="dvc-flow dvc-flow-confirmation">
      <div className="dvc-flow-panel">
        <h1 className="dvc-flow-panel__title">{t('templates.confirmation.title')}</h1>
        <div className="dvc-flow-panel__body">
          {t('templates.confirmation.codeLabel')}
          <br />
          <strong className="dvc-flow-panel__code">{code}</strong>
        </div>
      </div>
      <p>{t('templates.confirmation.keepCode')}</p>

      <section className="dvc-flow-receipt" aria-labelledby="dvc-flow-receipt-title">
        <h2 id="dvc-flow-receipt-title">{t('templates.confirmation.receiptTitle')}</h2>
        <dl className="dvc-flow-facts">
          <div className="dvc-flow-facts__row">
            <dt>{t('templates.confirmation.service')}</dt>
            <dd>{definition.name[locale]}</dd>
          </div>
          <div className="dvc-flow-facts__row">
            <dt>{t('templates.confirmation.code')}</dt>
            <dd>{code}</dd>
          </div>
          <div className="dvc-flow-facts__row">
            <dt>{t('templates.confirmation.submittedAt')}</dt>
            <dd>{formatDate(submittedAt, { locale })}</dd>
          </div>
          <div className="dvc-flow-facts__row">
            <dt>{t('templates.confirmation.authority')}</dt>
            <dd>
              {authority}
              <UnverifiedMark definition={definition} fact="authority" />
            </dd>
          </div>
          <div className="dvc-flow-facts__row">
            <dt>{t('templates.confirmation.deadline')}</dt>
            <dd>
              {dueText}
              <UnverifiedMark definition={definition} fact="processingDays" />
              <br />
              <span className="dvc-flow-muted">
                {t('templates.confirmation.deadlineNote', {
                  count: Math.ceil(definition.processingDays),
                })}
              </span>
            </dd>
          </div>
        </dl>
        {bring.length > 0 && (
          <>
            <h3>{t('templates.confirmation.bring')}</h3>
            <ul className="dvc-flow-list">
              {bring.map((d) => (
                <li key={d.id}>{d.text[locale]}</li>
              ))}
            </ul>
          </>
        )}
        <PrintButton>{t('templates.confirmation.print')}</PrintButton>
      </section>

      <h2>{t('templates.confirmation.nextTitle')}</h2>
      <p>{t('templates.confirmation.next', { authority, date: dueText })}</p>
      {children}
      {lookupHref && (
        <p>
          <a href={lookupHref}>{t('templates.confirmation.lookup')}</a>
        </p>
      )}
    </div>
  );
}
