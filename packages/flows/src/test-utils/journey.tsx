// Test-only: a browser and a server in one process, for running a service through the page
// templates with plain HTML form posts. Used by flows' own template tests (with the fixture
// definition) and by @dvc/services' journeys (with the real services), so both drive the
// templates the same way a portal does. Not part of the package's build.
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../ui/src/test-utils/axe.js';
import { renderOnServer } from '../../../ui/src/test-utils/render-on-server.js';
import type { Answers, FileMeta } from '../answers.js';
import { acceptDeclaration, checkAnswers } from '../check-answers.js';
import { defineService } from '../define-service.js';
import { createDraft, openDraft } from '../draft.js';
import {
  addGroupItem,
  firstIncompleteStep,
  flowPath,
  removeGroupItem,
  submitStep,
  type FlowState,
  type Step,
} from '../engine.js';
import { parsePagePost } from '../form.js';
import { applyPrefill, type Profile } from '../prefill.js';
import type { ServiceDefinition } from '../schema.js';
import { CheckAnswersPage } from '../templates/CheckAnswersPage.js';
import { ConfirmationPage } from '../templates/ConfirmationPage.js';
import { addWorkingDays } from '../templates/dates.js';
import { consentField, DeclarationPage } from '../templates/DeclarationPage.js';
import { QuestionPage, type QuestionPageProps } from '../templates/QuestionPage.js';
import { StartPage } from '../templates/StartPage.js';
import { StopPage } from '../templates/StopPage.js';
import { TaskListPage } from '../templates/TaskListPage.js';

/** The day every journey runs on, so date rules give the same answer on any machine. */
export const today = new Date(2026, 0, 20);

/** The hidden field a portal puts in every form. */
export const csrf = <input type="hidden" name="csrf" value="token-123" />;

/** Renders on the server (failing on any React warning) and loads the HTML as a browser would. */
export function serve(element: ReactElement): HTMLElement {
  const html = renderOnServer(element);
  const root = document.createElement('main');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

/** What a browser posts: the form's fields (text as URLSearchParams), files as their metadata. */
export function browserPost(
  form: HTMLFormElement,
  submitter?: HTMLElement | null,
  files: [string, FileMeta][] = [],
) {
  const data = new FormData(form, submitter ?? undefined);
  const params = new URLSearchParams();
  for (const [name, value] of data) if (typeof value === 'string') params.append(name, value);
  return { params, entries: [...params, ...files] as [string, unknown][] };
}

/** The files a person attaches on a page (a test cannot set a file input's value). */
export function pageFiles(
  def: ServiceDefinition,
  stepId: string,
  answers: Answers,
): [string, FileMeta][] {
  const page = def.pages.find((p) => p.id === stepId);
  return (page?.questions ?? []).flatMap((q) => {
    const value = answers[q.id];
    return q.type === 'file' && Array.isArray(value)
      ? (value as FileMeta[]).map((f): [string, FileMeta] => [q.id, f])
      : [];
  });
}

/** The URL of a step in the test portal. */
export const href = (step: Step) =>
  step.kind === 'start' ? '/' : step.kind === 'check-answers' ? '/kiem-tra' : `/${step.id}`;

/** The server's handling of one page post, as a portal does it. */
export function handle(
  def: ServiceDefinition,
  state: FlowState,
  stepId: string,
  entries: [string, unknown][],
) {
  const parsed = parsePagePost(def, stepId, entries);
  if (parsed.action) {
    const answers = { ...state.answers, ...parsed.answers };
    const next =
      parsed.action.type === 'add'
        ? addGroupItem(def, answers, parsed.action.group)
        : removeGroupItem(answers, parsed.action.group, parsed.action.index);
    return { kind: 'group' as const, state: { ...state, answers: next } };
  }
  return {
    kind: 'submit' as const,
    parsed,
    result: submitStep(def, state, stepId, parsed.answers, {
      today,
      ...(parsed.returnTo ? { returnTo: parsed.returnTo } : {}),
    }),
  };
}

/** The question page of a step as a portal renders it, with the progress from the path. */
export function questionPage(
  def: ServiceDefinition,
  stepId: string,
  state: FlowState,
  extra: Partial<QuestionPageProps> = {},
) {
  return (
    <QuestionPage
      definition={def}
      stepId={stepId}
      answers={state.answers}
      unconfirmed={state.unconfirmed}
      action={`/${stepId}`}
      backHref="/"
      csrf={csrf}
      validation={{ today }}
      {...extra}
    />
  );
}

/** The page's "Tiếp tục" button (not "save draft", not a group button). */
export function continueButton(root: HTMLElement): HTMLButtonElement {
  const button = [...root.querySelectorAll('button')].find(
    (b) => !b.name && !b.hasAttribute('aria-hidden'),
  );
  if (!button) throw new Error('no continue button');
  return button;
}

/** Types into the named text inputs of a server-rendered page, as a person would. */
export function typeInto(root: HTMLElement, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const input = root.querySelector<HTMLInputElement>(`input[name="${name}"]`);
    if (!input) throw new Error(`no input ${name}`);
    input.value = value;
  }
}

/** The page's form, or a failed test. */
export function formOf(root: HTMLElement): HTMLFormElement {
  const form = root.querySelector('form');
  if (!form) throw new Error('no form');
  return form;
}

/** Goes through every step of a service from the server's HTML with these answers typed. */
export function runThroughTemplates(def: ServiceDefinition, start: FlowState, typed: Answers) {
  let state = start;
  let step: Step | undefined = flowPath(def, state.answers)[0];
  const visited: string[] = [];
  for (
    let guard = 0;
    guard < 60 && step && (step.kind === 'page' || step.kind === 'eligibility');
    guard++
  ) {
    const id = step.id;
    visited.push(id);
    // The page as the server renders it, with what the person types in each named input.
    const shown = { ...state, answers: { ...state.answers, ...typed } };
    const root = serve(questionPage(def, id, shown));
    const form = formOf(root);
    expect(form.getAttribute('method')).toBe('post');
    expect(form.querySelector('input[name="csrf"]')).not.toBeNull();
    const { entries } = browserPost(form, continueButton(root), pageFiles(def, id, typed));
    const outcome = handle(def, state, id, entries);
    if (outcome.kind !== 'submit') throw new Error('unexpected group action');
    expect(outcome.result.errors).toEqual([]);
    state = outcome.result.state;
    step = outcome.result.next;
  }
  return { state, step, visited };
}

/** A person for a journey: what the state holds about them, and what they answer. */
export interface JourneyExample {
  profile: Profile;
  /** Raw answers by question id, as the person would give them (prefilled ones included). */
  answers: Answers;
}

/**
 * The journey every service must pass through the templates, server-rendered with plain form
 * posts and axe on each page: the start page, an eligibility stop, every step to check your
 * answers, a change from there, the declaration refused then accepted, the confirmation, a
 * refused answer, and a draft reopened under a newer version of the definition.
 */
export function describeJourney(def: ServiceDefinition, example: JourneyExample) {
  describe(`${def.id} through the templates`, { timeout: 120_000 }, () => {
    const prefilled = applyPrefill(def, { answers: {}, unconfirmed: [] }, example.profile, {
      today,
    });

    it('renders the start page on the server, eligibility first, with a start link', async () => {
      const root = serve(
        <StartPage definition={def} startHref={href(flowPath(def, {})[0] ?? { kind: 'start' })} />,
      );
      expect(root.querySelector('h1')?.textContent).toBe(def.name.vi);
      const start = root.querySelector<HTMLAnchorElement>('a.dvc-button--primary');
      expect(start?.getAttribute('href')).toBe(`/${def.eligibility[0]?.id ?? ''}`);
      expect(root.textContent).toContain(`${String(def.processingDays)} ngày làm việc`);
      for (const d of def.documents.filter((x) => !x.showIf))
        expect(root.textContent).toContain(d.text.vi);
      // A fact the definition marks unverified is never shown as settled.
      expect(root.querySelectorAll('.dvc-flow-unverified')).toHaveLength(
        def.unverified.filter((u) => u.fact !== 'documents').length,
      );
      await expectNoAxeViolations(root);
    });

    it('stops at an eligibility answer that rules the person out, saying where to go', async () => {
      const question = def.eligibility.find((q) => q.options.some((o) => o.stop));
      const option = question?.options.find((o) => o.stop);
      if (!question || !option) throw new Error('no stopping answer');
      const earlier = Object.fromEntries(
        def.eligibility
          .slice(0, def.eligibility.indexOf(question))
          .map((q) => [q.id, q.options.find((o) => !o.stop)?.value ?? '']),
      );
      let root = serve(questionPage(def, question.id, { answers: earlier, unconfirmed: [] }));
      const radio = root.querySelector<HTMLInputElement>(
        `input[name="${question.id}"][value="${option.value}"]`,
      );
      if (!radio) throw new Error('no radio');
      radio.checked = true;
      const outcome = handle(
        def,
        { answers: earlier, unconfirmed: [] },
        question.id,
        browserPost(formOf(root), continueButton(root)).entries,
      );
      if (outcome.kind !== 'submit') throw new Error('unexpected');
      const next = outcome.result.next;
      expect(next.kind).toBe('stop');
      if (next.kind !== 'stop') return;
      root = serve(<StopPage stop={next.stop} backHref={`/${question.id}`} />);
      expect(root.querySelector('h1')?.textContent).toBe(option.stop?.title.vi);
      await expectNoAxeViolations(root);
    });

    it('goes from the first step to confirmation with plain form posts', async () => {
      const { state, step, visited } = runThroughTemplates(def, prefilled.state, example.answers);
      expect(step).toEqual({ kind: 'check-answers' });
      expect(visited.length).toBeGreaterThan(3);
      expect(state.unconfirmed).toEqual([]);

      // Check your answers: a row per submitted answer, each with a change link back here.
      const changeHref = (c: { pageId: string; fieldId: string }) =>
        `/${c.pageId}?returnTo=check-answers#${c.fieldId}`;
      let root = serve(
        <CheckAnswersPage
          definition={def}
          answers={state.answers}
          changeHref={changeHref}
          action="/kiem-tra"
          backHref="/"
          csrf={csrf}
        />,
      );
      const rows = checkAnswers(def, state.answers);
      expect(root.querySelectorAll('.dvc-summary-list__row, dt').length).toBeGreaterThanOrEqual(
        rows.length,
      );
      const links = [
        ...root.querySelectorAll<HTMLAnchorElement>('a[href*="returnTo=check-answers"]'),
      ];
      expect(links).toHaveLength(rows.length);
      await expectNoAxeViolations(root);

      // Change the first text-like answer from check-your-answers: the post comes back here.
      const row = rows.find((r) => {
        const q = def.pages.flatMap((p) => p.questions).find((x) => x.id === r.questionId);
        return q?.type === 'fullName' || q?.type === 'text';
      });
      if (!row) throw new Error('no text answer to change');
      root = serve(questionPage(def, row.change.pageId, state, { returnTo: 'check-answers' }));
      const field = root.querySelector<HTMLInputElement>(`[id="${row.change.fieldId}"]`);
      if (!field) throw new Error(`no field ${row.change.fieldId}`);
      field.value = 'Trần Thị Ngọc Ánh';
      const changed = handle(
        def,
        state,
        row.change.pageId,
        browserPost(
          formOf(root),
          continueButton(root),
          pageFiles(def, row.change.pageId, state.answers),
        ).entries,
      );
      if (changed.kind !== 'submit') throw new Error('unexpected');
      expect(changed.parsed.returnTo).toBe('check-answers');
      expect(changed.result.errors).toEqual([]);
      expect(changed.result.next).toEqual({ kind: 'check-answers' });
      const after = changed.result.state;
      // Names may be stored in capitals (the definition says so); the words are the same.
      const newValue = checkAnswers(def, after.answers).find(
        (r) => r.questionId === row.questionId,
      )?.value;
      expect(newValue?.map((v) => v.toLocaleLowerCase('vi'))).toEqual(['trần thị ngọc ánh']);

      // Declaration: nothing pre-ticked; without ticking the required consent it is refused.
      root = serve(
        <DeclarationPage definition={def} action="/cam-ket" backHref="/kiem-tra" csrf={csrf} />,
      );
      const boxes = [...root.querySelectorAll<HTMLInputElement>(`input[name="${consentField}"]`)];
      expect(boxes).toHaveLength(def.declaration.purposes.length);
      expect(boxes.every((b) => !b.checked && !b.hasAttribute('checked'))).toBe(true);
      expect(root.textContent).toContain(def.declaration.notice.retention.vi);
      await expectNoAxeViolations(root);
      const refused = acceptDeclaration(def, browserPost(formOf(root)).params.getAll(consentField));
      expect(refused.ok).toBe(false);
      if (refused.ok) return;
      root = serve(
        <DeclarationPage
          definition={def}
          action="/cam-ket"
          backHref="/kiem-tra"
          missing={refused.missing}
        />,
      );
      const summaryLinks = [...root.querySelectorAll<HTMLAnchorElement>('.dvc-error-summary a')];
      expect(summaryLinks).toHaveLength(refused.missing.length);
      for (const link of summaryLinks) {
        expect(document.getElementById(link.getAttribute('href')?.slice(1) ?? '')).toBeInstanceOf(
          HTMLInputElement,
        );
      }
      await expectNoAxeViolations(root);
      const declForm = formOf(root);
      for (const box of declForm.querySelectorAll<HTMLInputElement>(
        `input[name="${consentField}"]`,
      )) {
        if (def.declaration.purposes.find((p) => p.id === box.value)?.required) box.checked = true;
      }
      const accepted = acceptDeclaration(
        def,
        browserPost(declForm).params.getAll(consentField),
        today,
      );
      expect(accepted.ok).toBe(true);

      // Confirmation: the code, the due date in working days, a receipt; print needs JS.
      const submittedAt = new Date('2026-01-23T03:00:00Z'); // a Friday in Viet Nam
      root = serve(
        <ConfirmationPage
          definition={def}
          code="KS-2026-000123"
          submittedAt={submittedAt}
          answers={after.answers}
          lookupHref="/tra-cuu"
        />,
      );
      expect(root.querySelector('h1')?.textContent).toBe('Đã gửi hồ sơ');
      expect(root.querySelector('.dvc-flow-panel')?.textContent).toContain('KS-2026-000123');
      const due = addWorkingDays(submittedAt, def.processingDays);
      const dueText = due.toLocaleDateString('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' });
      expect(root.querySelector('.dvc-flow-receipt')?.textContent).toContain(dueText);
      expect(root.querySelector('.dvc-flow-print-button')).toBeNull();
      await expectNoAxeViolations(root);
    });

    it('refuses an invalid answer: error summary linked to fields, the typed text kept', async () => {
      const { state } = runThroughTemplates(def, prefilled.state, example.answers);
      const page = def.pages.find(
        (p) =>
          p.questions.some((q) => q.type === 'fullName') &&
          flowPath(def, state.answers).some((s) => 'id' in s && s.id === p.id),
      );
      if (!page) throw new Error('no name page');
      const question = page.questions.find((q) => q.type === 'fullName');
      if (!question) throw new Error('no name');
      let root = serve(questionPage(def, page.id, state));
      const input = root.querySelector<HTMLInputElement>(`input[name="${question.id}"]`);
      if (!input) throw new Error('no input');
      input.value = 'Nguyễn 2 Văn';
      const outcome = handle(
        def,
        state,
        page.id,
        browserPost(formOf(root), continueButton(root), pageFiles(def, page.id, state.answers))
          .entries,
      );
      if (outcome.kind !== 'submit') throw new Error('unexpected');
      expect(outcome.result.errors.length).toBeGreaterThan(0);
      expect(outcome.result.next).toEqual({ kind: 'page', id: page.id });
      root = serve(
        questionPage(def, page.id, outcome.result.state, { errors: outcome.result.errors }),
      );
      expect(root.querySelector('.dvc-error-summary')).not.toBeNull();
      const links = [...root.querySelectorAll<HTMLAnchorElement>('.dvc-error-summary a')];
      expect(links.map((a) => a.getAttribute('href'))).toEqual(
        outcome.result.errors.map((e) => `#${e.field}`),
      );
      for (const link of links)
        expect(document.getElementById(link.getAttribute('href')?.slice(1) ?? '')).not.toBeNull();
      expect(
        root
          .querySelector<HTMLInputElement>(`input[name="${question.id}"]`)
          ?.value.toLocaleLowerCase('vi'),
      ).toBe('nguyễn 2 văn');
      expect(root.querySelector(`#${question.id}`)?.getAttribute('aria-invalid')).toBe('true');
      await expectNoAxeViolations(root);
    });

    it('reopens a draft under a newer definition version and lists the re-asked questions', async () => {
      const { state } = runThroughTemplates(def, prefilled.state, example.answers);
      const draft = JSON.parse(JSON.stringify(createDraft(def, state, today))) as ReturnType<
        typeof createDraft
      >;
      // Version 2 changes the meaning of the first name question (its `version` goes up).
      const target = def.pages
        .flatMap((p) => p.questions)
        .find((q) => q.type === 'fullName' && state.answers[q.id] !== undefined);
      if (!target) throw new Error('no answered name');
      const v2 = defineService({
        ...def,
        version: def.version + 1,
        pages: def.pages.map((p) => ({
          ...p,
          questions: p.questions.map((q) =>
            q.id === target.id ? { ...q, version: q.version + 1 } : q,
          ),
        })),
      });
      const opened = openDraft(v2, draft);
      expect(opened.ok).toBe(true);
      if (!opened.ok) return;
      expect(opened.versionChanged).toBe(true);
      expect(opened.reask).toContain(target.id);
      const resume = firstIncompleteStep(v2, opened.state.answers, {
        today,
        unconfirmed: opened.state.unconfirmed,
      });
      expect(resume.kind).toBe('page');
      if (resume.kind !== 'page') return;
      const root = serve(questionPage(v2, resume.id, opened.state, { reask: opened.reask }));
      expect(root.querySelector('.dvc-alert')?.textContent).toContain(target.label.vi);
      expect(root.querySelector<HTMLInputElement>(`input[name="${target.id}"]`)?.value).toBe('');
      await expectNoAxeViolations(root);

      // The re-asked answer goes in, and the journey reaches check-your-answers again.
      const again = runThroughTemplates(v2, opened.state, {
        ...prefilled.state.answers,
        ...example.answers,
      });
      expect(again.step).toEqual({ kind: 'check-answers' });

      const tasks = serve(
        <TaskListPage
          definition={v2}
          answers={opened.state.answers}
          reask={opened.reask}
          stepHref={(id) => `/${id}`}
          checkAnswersHref="/kiem-tra"
          validation={{ today }}
        />,
      );
      expect(tasks.textContent).toContain('Cần trả lời lại');
      expect(tasks.querySelector('a[href="/kiem-tra"]')).toBeNull();
      await expectNoAxeViolations(tasks);
    });
  });
}
