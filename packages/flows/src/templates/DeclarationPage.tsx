'use client';
import { BackLink, Button, Checkboxes, ErrorSummary } from '@dvc/ui';
import type { ReactNode } from 'react';
import type { ServiceDefinition } from '../schema.js';
import { useFlowsTranslation } from './i18n.js';

/** The name the consent checkboxes post under; pass its values to `acceptDeclaration`. */
export const consentField = 'dong-y';

export interface DeclarationPageProps {
  /** The checked service definition. */
  definition: ServiceDefinition;
  /** Where the form posts (the server calls `acceptDeclaration` with the ticked purposes). */
  action: string;
  /** Where "Quay lại" goes (check-your-answers). */
  backHref: string;
  /** The CSRF field rendered inside the form. */
  csrf?: ReactNode;
  /** Purposes ticked in a refused post, so they stay ticked; never set on a first visit. */
  ticked?: readonly string[];
  /** Required purposes left unticked (`acceptDeclaration`'s `missing`). */
  missing?: readonly string[];
}

/**
 * The declaration: the notice (purpose, data, who receives it, how long it is kept) is shown
 * before consent is asked; then one checkbox per purpose, none pre-ticked, so consent is an
 * affirmative act; then the statement and the button that sends the application.
 */
export function DeclarationPage({
  definition,
  action,
  backHref,
  csrf,
  ticked = [],
  missing = [],
}: DeclarationPageProps) {
  const { t, locale } = useFlowsTranslation();
  const { notice, purposes, statement, version } = definition.declaration;
  const id = (index: number) =>
    index === 0 ? consentField : `${consentField}-${String(index + 1)}`;
  const errors = purposes
    .map((p, index) => ({ p, index }))
    .filter(({ p }) => missing.includes(p.id))
    .map(({ p, index }) => ({
      fieldId: id(index),
      text: t('templates.declaration.missing', { purpose: p.text[locale] }),
    }));
  return (
    <div className="dvc-flow dvc-flow-declaration">
      <BackLink href={backHref} />
      {errors.length > 0 && <ErrorSummary errors={errors} />}
      <h1 className="dvc-flow-title">{t('templates.declaration.title')}</h1>
      <section className="dvc-flow-notice" aria-labelledby="dvc-flow-notice-title">
        <h2 id="dvc-flow-notice-title">{t('templates.declaration.noticeTitle')}</h2>
        <dl className="dvc-flow-facts">
          {(['purpose', 'data', 'parties', 'retention'] as const).map((key) => (
            <div className="dvc-flow-facts__row" key={key}>
              <dt>{t(`templates.declaration.${key}`)}</dt>
              <dd>{notice[key][locale]}</dd>
            </div>
          ))}
        </dl>
      </section>
      <form method="post" action={action} noValidate className="dvc-flow-form">
        {csrf}
        <input type="hidden" name="phien-ban-cam-ket" value={version} />
        <Checkboxes
          name={consentField}
          legend={t('templates.declaration.consentLegend')}
          legendSize="m"
          hint={t('templates.declaration.consentHint')}
          error={errors.length > 0 ? errors.map((e) => e.text).join('. ') : undefined}
          defaultValue={ticked.filter((p) => purposes.some((x) => x.id === p))}
          items={purposes.map((p) => ({
            value: p.id,
            label: `${p.text[locale]} ${
              p.required
                ? t('templates.declaration.required')
                : t('templates.declaration.optionalConsent')
            }`,
          }))}
        />
        <h2>{t('templates.declaration.statementTitle')}</h2>
        <p className="dvc-flow-statement">{statement[locale]}</p>
        <div className="dvc-flow-actions">
          <Button>{t('templates.declaration.submit')}</Button>
        </div>
      </form>
    </div>
  );
}
