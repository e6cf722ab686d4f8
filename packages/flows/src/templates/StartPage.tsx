import { formatVnd } from '@dvc/vn';
import type { ReactNode } from 'react';
import { documentsNeeded } from '../check-answers.js';
import type { ServiceDefinition, ServiceFact } from '../schema.js';
import { useFlowsTranslation } from './i18n.js';
import { UnverifiedMark } from './unverified.js';

export interface StartPageProps {
  /** The checked service definition. */
  definition: ServiceDefinition;
  /** Where "Bắt đầu" goes: the first step (eligibility first). */
  startHref: string;
  /** Where a saved draft is resumed, when the person has one. */
  resumeHref?: string;
  /** Content after the summary, e.g. a sign-in note. */
  children?: ReactNode;
}

/**
 * The start page of a service in plain language, from its definition: who can use it, what to
 * have ready, fee, processing time, how online it is, and a "Bắt đầu" link styled as a button
 * that leads to the eligibility questions first. No JavaScript, no form.
 */
export function StartPage({ definition, startHref, resumeHref, children }: StartPageProps) {
  const { t, locale } = useFlowsTranslation();
  const documents = documentsNeeded(definition, {});
  const conditional = definition.documents.filter((d) => d.showIf && !documents.includes(d));
  const unverified = (fact: ServiceFact) => <UnverifiedMark definition={definition} fact={fact} />;
  const fee =
    definition.fee.amountVnd === 0
      ? t('flows:engine.free')
      : t('templates.start.feeAmount', { amount: formatVnd(definition.fee.amountVnd) });
  return (
    <div className="dvc-flow dvc-flow-start">
      <h1 className="dvc-flow-title">{definition.name[locale]}</h1>
      <p className="dvc-flow-lead">{definition.description[locale]}</p>
      <p className="dvc-flow-online">
        {t(`flows:engine.onlineLevel.${definition.onlineLevel}`)}
        {unverified('onlineLevel')}
      </p>

      <h2>{t('templates.start.whoCanUse')}</h2>
      <p>
        {definition.whoCanUse[locale]}
        {unverified('whoCanUse')}
      </p>

      <dl className="dvc-flow-facts">
        <div className="dvc-flow-facts__row">
          <dt>{t('templates.start.fee')}</dt>
          <dd>
            {fee}
            {definition.fee.note && <> — {definition.fee.note[locale]}</>}
            {unverified('fee')}
          </dd>
        </div>
        <div className="dvc-flow-facts__row">
          <dt>{t('templates.start.processing')}</dt>
          <dd>
            {t('templates.start.processingDays', { count: definition.processingDays })}
            {definition.processingNote && <> — {definition.processingNote[locale]}</>}
            {unverified('processingDays')}
          </dd>
        </div>
        <div className="dvc-flow-facts__row">
          <dt>{t('templates.start.authority')}</dt>
          <dd>
            {definition.authority[locale]}
            {unverified('authority')}
          </dd>
        </div>
      </dl>

      <h2>{t('templates.start.documents')}</h2>
      {definition.documents.length > 0 &&
        definition.unverified.some((u) => u.fact === 'documents') && (
          <p className="dvc-flow-muted">{t('templates.start.documentsUnverified')}</p>
        )}
      {definition.documents.length === 0 ? (
        <p>{t('templates.start.noDocuments')}</p>
      ) : (
        <ul className="dvc-flow-list">
          {[...documents, ...conditional].map((d) => (
            <li key={d.id}>
              {d.text[locale]}{' '}
              <span className="dvc-flow-muted">({t(`flows:engine.documentHow.${d.how}`)})</span>
            </li>
          ))}
        </ul>
      )}

      <h2>{t('templates.start.before')}</h2>
      {definition.eligibility.length > 0 && (
        <p>{t('templates.start.eligibilityFirst', { count: definition.eligibility.length })}</p>
      )}
      <p>{t('templates.start.time')}</p>
      {children}
      <div className="dvc-flow-actions">
        <a href={startHref} className="dvc-button dvc-button--primary dvc-flow-start__button">
          <span className="dvc-button__label">{t('templates.start.start')}</span>
          <span className="dvc-flow-start__arrow" aria-hidden="true" />
        </a>
        {resumeHref && (
          <a href={resumeHref} className="dvc-button dvc-button--secondary">
            <span className="dvc-button__label">{t('templates.start.resume')}</span>
          </a>
        )}
      </div>
      <p className="dvc-flow-muted">
        {t('templates.start.procedureCode', { code: definition.procedureCode })}
        {unverified('procedureCode')}
      </p>
    </div>
  );
}
