'use client';
import { Alert, BackLink, Button, ErrorSummary, ProgressIndicator, Radios } from '@dvc/ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { Answers, GroupItem } from '../answers.js';
import { stepErrors } from '../engine.js';
import { actionField } from '../fields.js';
import { answersToEntries, parsePagePost } from '../form.js';
import { findEligibility, walk } from '../paths.js';
import type { Question, ServiceDefinition } from '../schema.js';
import type { FieldError, ValidationContext } from '../validate.js';
import { GroupField, SimpleField, valuesOf, type OldAddressLookup } from './fields.js';
import { errorText, useFlowsTranslation } from './i18n.js';

const noErrors: FieldError[] = [];

/** The `_action` value of the "save and come back later" button. */
export const saveDraftAction = 'save-draft';

export interface QuestionPageProps {
  /** The checked service definition. */
  definition: ServiceDefinition;
  /** The page (or eligibility question) to show. */
  stepId: string;
  /** The answers so far, or as just posted when the server refused them, so nothing typed is lost. */
  answers: Answers;
  /** Errors from the server's `submitStep`; empty on a first visit. */
  errors?: FieldError[];
  /** Where the form posts. */
  action: string;
  /** Where "Quay lại" goes (from `previousStep`). */
  backHref: string;
  /** The CSRF field (or any hidden fields) rendered inside the form. */
  csrf?: ReactNode;
  /** Set when the person came from check-your-answers: the post then returns there. */
  returnTo?: 'check-answers';
  /** Prefilled answers not yet confirmed: each shows the "taken from your account" note. */
  unconfirmed?: readonly string[];
  /** Questions asked again because the definition changed since the draft was saved. */
  reask?: readonly string[];
  /**
   * Progress shown as "Bước 2 trên 9" above the heading. By default it is the step's place on
   * the engine's path for these answers (eligibility questions included); `false` hides it.
   */
  progress?: { current: number; total: number } | false;
  /**
   * Where an address question's old-address helper posts (the address on papers from before the
   * 2025 merger); without it the helper is not offered. Without JavaScript the helper's button
   * posts the whole form there (`parsePagePost(...).address` is a `map-old` action; map it with
   * `applyOldAddress` and show the page again with `addressLookup`). With JavaScript the same
   * fields are posted with `Accept: application/json`, and the answer is read as
   * `{ "communes": [{ "code": "01843", "provinceCode": "19" }] }`, best first.
   */
  oldAddressAction?: string;
  /** The result of the server's old-address look-up for this page, shown by the address. */
  addressLookup?: OldAddressLookup;
  /** The same context the server validates with (today, reference data). */
  validation?: ValidationContext;
  /** Turns off the in-browser check (the server always checks). */
  inlineValidation?: boolean;
}

function replaceStep(
  definition: ServiceDefinition,
  stepId: string,
  answers: Answers,
  posted: Answers,
): Answers {
  const next: Answers = { ...answers };
  const eligibility = findEligibility(definition, stepId);
  const ids = eligibility
    ? [eligibility.id]
    : (definition.pages.find((p) => p.id === stepId)?.questions.map((q) => q.id) ?? []);
  for (const id of ids) delete next[id];
  return { ...next, ...posted };
}

/**
 * One page of a service: its questions as @dvc/ui controls in a plain `<form method="post">`,
 * the error summary and per-field errors from the engine, "Tiếp tục" and "Lưu và tiếp tục sau".
 * A question alone on its page is the page heading. With JavaScript, "Tiếp tục" first runs the
 * same `stepErrors` the server runs on the same parsed post, and only stops the post when the
 * engine refuses it; the server's answer is always the one that counts.
 */
export function QuestionPage({
  definition,
  stepId,
  answers,
  errors = noErrors,
  action,
  backHref,
  csrf,
  returnTo,
  unconfirmed = [],
  reask = [],
  progress,
  oldAddressAction,
  addressLookup,
  validation = {},
  inlineValidation = true,
}: QuestionPageProps) {
  const { t, locale } = useFlowsTranslation();
  const [shown, setShown] = useState<{ errors: FieldError[]; key: number }>({ errors, key: 0 });
  // New errors from the server (a client-side router re-rendering after a post) replace ours.
  const [serverErrors, setServerErrors] = useState(errors);
  if (serverErrors !== errors) {
    setServerErrors(errors);
    setShown((s) => ({ errors, key: s.key + 1 }));
  }
  const eligibility = findEligibility(definition, stepId);
  const page = eligibility ? undefined : definition.pages.find((p) => p.id === stepId);
  const w = walk(definition, answers);
  const onPath = w.steps.find((s) => s.id === stepId);
  const place = onPath ? w.steps.indexOf(onPath) + 1 : 0;
  const shownProgress =
    progress === false
      ? undefined
      : (progress ?? (place > 0 ? { current: place, total: w.steps.length } : undefined));
  const questions: Question[] =
    onPath?.kind === 'page' ? onPath.questions : (page?.questions ?? []);
  const values = valuesOf([
    ...answersToEntries(definition, stepId, answers),
    ...questions.flatMap((q) => {
      const files = q.type === 'file' ? answers[q.id] : undefined;
      return Array.isArray(files)
        ? files.map((f): [string, string] => [
            `${q.id}.uploaded`,
            String((f as { name?: unknown }).name),
          ])
        : [];
    }),
  ]);
  const current = shown.errors;
  const single = !eligibility && questions.length === 1 && !page?.title;
  const hasGroup = questions.some((q) => q.type === 'repeatingGroup');
  const hasFile = questions.some((q) => q.type === 'file');
  const reaskHere = reask.length > 0;
  const allQuestions = definition.pages.flatMap((p) => p.questions);
  const reaskLabels = reask.map((id) => {
    const q = allQuestions.find((x) => x.id === id) ?? findEligibility(definition, id);
    return q ? (('summaryLabel' in q && q.summaryLabel) || q.label)[locale] : id;
  });
  const title = eligibility
    ? eligibility.label[locale]
    : (page?.title?.[locale] ?? questions[0]?.label[locale] ?? '');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    if (!inlineValidation) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    // Saving a draft and adding or removing an item are not answers yet: no check.
    if (submitter?.getAttribute('name') === actionField) return;
    const parsed = parsePagePost(definition, stepId, new FormData(event.currentTarget));
    const found = stepErrors(
      definition,
      replaceStep(definition, stepId, answers, parsed.answers),
      stepId,
      validation,
    );
    // A question revealed by an answer on this page is not on screen yet: the server shows it
    // after the post, so only problems with fields the person can see stop the post here.
    const form = event.currentTarget;
    const visible = found.filter((e) => form.ownerDocument.getElementById(e.field) !== null);
    if (visible.length === 0) return;
    event.preventDefault();
    setShown((s) => ({ errors: visible, key: s.key + 1 }));
  }

  const note = (id: string) =>
    unconfirmed.includes(id) ? (
      <span className="dvc-flow-prefilled">{t('templates.common.prefilled')}</span>
    ) : undefined;

  return (
    <div className="dvc-flow dvc-flow-question">
      <BackLink href={backHref} />
      {current.length > 0 && (
        <ErrorSummary
          key={shown.key}
          errors={current.map((e) => ({ fieldId: e.field, text: errorText(t, e) }))}
        />
      )}
      {reaskHere && (
        <Alert variant="warning" title={t('templates.common.reaskTitle')} headingLevel={2}>
          <p>{t('flows:engine.reaskSummary')}</p>
          <ul>
            {reaskLabels.map((label, i) => (
              <li key={reask[i]}>{label}</li>
            ))}
          </ul>
        </Alert>
      )}
      {shownProgress && (
        <ProgressIndicator
          className="dvc-flow-progress"
          current={shownProgress.current}
          total={shownProgress.total}
        />
      )}
      <form
        method="post"
        action={action}
        noValidate
        encType={hasFile ? 'multipart/form-data' : undefined}
        onSubmit={handleSubmit}
        className="dvc-flow-form"
      >
        {csrf}
        {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
        {hasGroup && (
          // Enter in a field presses the first submit button: make it "Tiếp tục", not "Xóa".
          <button
            type="submit"
            className="dvc-flow-default-submit"
            tabIndex={-1}
            aria-hidden="true"
          >
            {t('templates.common.continue')}
          </button>
        )}
        {!single && !eligibility && <h1 className="dvc-flow-title">{title}</h1>}
        {!single && page?.hint && <p className="dvc-flow-lead">{page.hint[locale]}</p>}
        {eligibility && (
          <Radios
            name={eligibility.id}
            legend={eligibility.label[locale]}
            hint={eligibility.hint?.[locale]}
            error={current[0] ? errorText(t, current[0]) : undefined}
            isPageHeading
            legendSize="l"
            defaultValue={values.get(eligibility.id)?.[0] ?? ''}
            items={eligibility.options.map((o) => ({
              value: o.value,
              label: o.label[locale],
              ...(o.hint ? { hint: o.hint[locale] } : {}),
            }))}
          />
        )}
        {questions.map((question) =>
          question.type === 'repeatingGroup' ? (
            <GroupField
              key={question.id}
              question={question}
              values={values}
              errors={current.filter((e) => e.question === question.id)}
              items={
                Array.isArray(answers[question.id]) ? (answers[question.id] as GroupItem[]) : []
              }
              outer={(id) => w.effective[id]}
              isPageHeading={single}
            />
          ) : (
            <SimpleField
              key={question.id}
              question={question}
              name={question.id}
              values={values}
              errors={current.filter((e) => e.question === question.id)}
              isPageHeading={single}
              note={note(question.id)}
              oldAddressAction={oldAddressAction}
              lookup={addressLookup}
            />
          ),
        )}
        <div className="dvc-flow-actions">
          <Button>{t('templates.common.continue')}</Button>
          <Button variant="secondary" name={actionField} value={saveDraftAction} formNoValidate>
            {t('templates.common.saveDraft')}
          </Button>
        </div>
      </form>
    </div>
  );
}
