import { BackLink, Button, SummaryList } from '@dvc/ui';
import type { ReactNode } from 'react';
import type { Answers } from '../answers.js';
import {
  checkAnswers,
  documentsNeeded,
  type CheckAnswersRow,
  type DisplayNames,
} from '../check-answers.js';
import type { ServiceDefinition } from '../schema.js';
import { useFlowsTranslation } from './i18n.js';
import { vnDisplayNames } from './names.js';

export interface CheckAnswersPageProps {
  /** The checked service definition. */
  definition: ServiceDefinition;
  /** The answers (all of them; only those that will be submitted are listed). */
  answers: Answers;
  /** The URL of a "Thay đổi" link: the page with `returnTo=check-answers`, e.g. `/khai-sinh/ho-ten?quay-lai=kiem-tra#ho-ten`. */
  changeHref: (change: CheckAnswersRow['change']) => string;
  /** Where the form posts to go on to the declaration. */
  action: string;
  /** Where "Quay lại" goes. */
  backHref: string;
  /** The CSRF field rendered inside the form. */
  csrf?: ReactNode;
  /** Names of places and ethnic groups; @dvc/vn's by default. */
  names?: DisplayNames;
}

/**
 * Check your answers: one summary list of every answer the engine will submit, each with a
 * "Thay đổi" link that comes back here, then the documents needed and a button to go on.
 */
export function CheckAnswersPage({
  definition,
  answers,
  changeHref,
  action,
  backHref,
  csrf,
  names = vnDisplayNames,
}: CheckAnswersPageProps) {
  const { t, locale } = useFlowsTranslation();
  const rows = checkAnswers(definition, answers, locale, names);
  const documents = documentsNeeded(definition, answers);
  return (
    <div className="dvc-flow dvc-flow-check">
      <BackLink href={backHref} />
      <h1 className="dvc-flow-title">{t('templates.check.title')}</h1>
      <p className="dvc-flow-lead">{t('templates.check.intro')}</p>
      <SummaryList
        rows={rows.map((row) => ({
          id: row.questionId,
          key: row.label,
          value: row.value.join('\n'),
          actions: [{ href: changeHref(row.change), visuallyHiddenText: row.label }],
        }))}
      />
      {documents.length > 0 && (
        <>
          <h2>{t('templates.check.documents')}</h2>
          <ul className="dvc-flow-list">
            {documents.map((d) => (
              <li key={d.id}>
                {d.text[locale]}{' '}
                <span className="dvc-flow-muted">({t(`flows:engine.documentHow.${d.how}`)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <form method="post" action={action} className="dvc-flow-form">
        {csrf}
        <div className="dvc-flow-actions">
          <Button>{t('templates.check.continue')}</Button>
        </div>
      </form>
    </div>
  );
}
