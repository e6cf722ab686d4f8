// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../ui/src/test-utils/axe.js';
import { renderOnServer } from '../../../ui/src/test-utils/render-on-server.js';
import { examples, findService } from '../../../services/src/index.js';
import type { Answers, FileMeta } from '../answers.js';
import { acceptDeclaration, checkAnswers } from '../check-answers.js';
import { defineService } from '../define-service.js';
import { createDraft, openDraft } from '../draft.js';
import {
  addGroupItem,
  firstIncompleteStep,
  flowPath,
  removeGroupItem,
  stepErrors,
  submitStep,
  type FlowState,
  type Step,
} from '../engine.js';
import { parsePagePost } from '../form.js';
import { applyPrefill } from '../prefill.js';
import type { ServiceDefinition } from '../schema.js';
import { CheckAnswersPage } from './CheckAnswersPage.js';
import { ConfirmationPage } from './ConfirmationPage.js';
import { addWorkingDays } from './dates.js';
import { consentField, DeclarationPage } from './DeclarationPage.js';
import { QuestionPage, saveDraftAction } from './QuestionPage.js';
import { SessionTimeout } from './SessionTimeout.js';
import { StartPage } from './StartPage.js';
import { StopPage } from './StopPage.js';
import { TaskListPage } from './TaskListPage.js';

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

const today = new Date(2026, 0, 20);
const csrf = <input type="hidden" name="csrf" value="token-123" />;

function service(id: string): ServiceDefinition {
  const found = findService(id);
  if (!found) throw new Error(`no service ${id}`);
  return found;
}

/** Renders on the server (failing on any React warning) and loads the HTML as a browser would. */
function serve(element: ReactElement): HTMLElement {
  const html = renderOnServer(element);
  const root = document.createElement('main');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

/** What a browser posts: the form's fields (text as URLSearchParams), files as their metadata. */
function browserPost(
  form: HTMLFormElement,
  submitter?: HTMLElement | null,
  files: [string, FileMeta][] = [],
) {
  const data = new FormData(form, submitter ?? undefined);
  const params = new URLSearchParams();
  for (const [name, value] of data) if (typeof value === 'string') params.append(name, value);
  return { params, entries: [...params, ...files] as [string, unknown][] };
}

function pageFiles(def: ServiceDefinition, stepId: string, answers: Answers): [string, FileMeta][] {
  const page = def.pages.find((p) => p.id === stepId);
  return (page?.questions ?? []).flatMap((q) => {
    const value = answers[q.id];
    return q.type === 'file' && Array.isArray(value)
      ? (value as FileMeta[]).map((f): [string, FileMeta] => [q.id, f])
      : [];
  });
}

const href = (step: Step) =>
  step.kind === 'start' ? '/' : step.kind === 'check-answers' ? '/kiem-tra' : `/${step.id}`;

/** The server's handling of one page post, as a portal does it. */
function handle(
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

function questionPage(
  def: ServiceDefinition,
  stepId: string,
  state: FlowState,
  extra: Partial<Parameters<typeof QuestionPage>[0]> = {},
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

function continueButton(root: HTMLElement): HTMLButtonElement {
  const button = [...root.querySelectorAll('button')].find(
    (b) => !b.name && !b.hasAttribute('aria-hidden'),
  );
  if (!button) throw new Error('no continue button');
  return button;
}

/** Goes through every step of a service from the server's HTML with the example's answers. */
function runThroughTemplates(def: ServiceDefinition, start: FlowState, typed: Answers) {
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
    const form = root.querySelector('form');
    if (!form) throw new Error(`no form on ${id}`);
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

for (const example of examples) {
  describe(`${example.serviceId} through the templates`, { timeout: 120_000 }, () => {
    const def = service(example.serviceId);
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
      const form = root.querySelector('form');
      if (!form) throw new Error('no form');
      const outcome = handle(
        def,
        { answers: earlier, unconfirmed: [] },
        question.id,
        browserPost(form, continueButton(root)).entries,
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
      const form = root.querySelector('form');
      if (!form) throw new Error('no form');
      const changed = handle(
        def,
        state,
        row.change.pageId,
        browserPost(form, continueButton(root), pageFiles(def, row.change.pageId, state.answers))
          .entries,
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
      let declForm = root.querySelector('form');
      if (!declForm) throw new Error('no form');
      const refused = acceptDeclaration(def, browserPost(declForm).params.getAll(consentField));
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
      declForm = root.querySelector('form');
      if (!declForm) throw new Error('no form');
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
      const form = root.querySelector('form');
      if (!form) throw new Error('no form');
      const outcome = handle(
        def,
        state,
        page.id,
        browserPost(form, continueButton(root), pageFiles(def, page.id, state.answers)).entries,
      );
      if (outcome.kind !== 'submit') throw new Error('unexpected');
      expect(outcome.result.errors.length).toBeGreaterThan(0);
      expect(outcome.result.next).toEqual({ kind: 'page', id: page.id });
      root = serve(
        questionPage(def, page.id, outcome.result.state, { errors: outcome.result.errors }),
      );
      const summary = root.querySelector('.dvc-error-summary');
      expect(summary).not.toBeNull();
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
      const alert = root.querySelector('.dvc-alert');
      expect(alert?.textContent).toContain(target.label.vi);
      expect(root.querySelector<HTMLInputElement>(`input[name="${target.id}"]`)?.value).toBe('');
      await expectNoAxeViolations(root);

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

describe('QuestionPage', { timeout: 60_000 }, () => {
  const def = service('dang-ky-thuong-tru');
  const example = examples.find((e) => e.serviceId === def.id);
  if (!example) throw new Error('no example');

  it('shows prefilled answers with the note to check them, and the save-draft button', () => {
    const prefilled = applyPrefill(def, { answers: {}, unconfirmed: [] }, example.profile, {
      today,
    });
    const id = prefilled.prefilled[0];
    const page = def.pages.find((p) => p.questions.some((q) => q.id === id));
    if (!page || !id) throw new Error('no prefilled page');
    const root = serve(questionPage(def, page.id, prefilled.state));
    expect(root.textContent).toContain(
      'Thông tin lấy từ tài khoản định danh của bạn — kiểm tra lại',
    );
    const save = root.querySelector<HTMLButtonElement>(`button[value="${saveDraftAction}"]`);
    expect(save?.textContent).toBe('Lưu và tiếp tục sau');
    expect(save?.name).toBe('_action');
  });

  it('adds and removes household members with submit buttons, without JavaScript', async () => {
    const group = def.pages.flatMap((p) => p.questions).find((q) => q.type === 'repeatingGroup');
    if (!group) throw new Error('no group');
    const page = def.pages.find((p) => p.questions.includes(group));
    if (!page) throw new Error('no page');
    let state: FlowState = { answers: { ...example.answers, [group.id]: [] }, unconfirmed: [] };
    let root = serve(questionPage(def, page.id, state));
    const add = () => root.querySelector<HTMLButtonElement>(`button[value="add:${group.id}"]`);
    expect(add()?.textContent).toMatch(/^Thêm/u);
    for (let i = 0; i < 2; i++) {
      const form = root.querySelector('form');
      if (!form) throw new Error('no form');
      const outcome = handle(def, state, page.id, browserPost(form, add()).entries);
      expect(outcome.kind).toBe('group');
      if (outcome.kind !== 'group') return;
      state = outcome.state;
      root = serve(questionPage(def, page.id, state));
    }
    expect(root.querySelectorAll('.dvc-flow-group__item')).toHaveLength(2);
    const firstSub = group.type === 'repeatingGroup' ? group.questions[0] : undefined;
    if (!firstSub) throw new Error('no sub-question');
    const field = root.querySelector<HTMLInputElement>(`[name="${group.id}[1].${firstSub.id}"]`);
    if (!field) throw new Error('no item field');
    field.value = 'Nông Thị Lan';
    const remove = root.querySelector<HTMLButtonElement>(`button[value="remove:${group.id}:0"]`);
    const form = root.querySelector('form');
    if (!form) throw new Error('no form');
    const removed = handle(def, state, page.id, browserPost(form, remove).entries);
    if (removed.kind !== 'group') throw new Error('expected a group action');
    const items = removed.state.answers[group.id] as Record<string, unknown>[];
    expect(items).toHaveLength(1);
    expect(String(items[0]?.[firstSub.id]).toLocaleLowerCase('vi')).toBe('nông thị lan');
    root = serve(questionPage(def, page.id, removed.state));
    // Enter in a field presses the first submit button: it must be "Tiếp tục".
    expect(root.querySelector('form button')?.getAttribute('name')).toBeNull();
    await expectNoAxeViolations(root);
  });

  it('with JavaScript, stops the post only when the engine refuses it, with the same errors', async () => {
    const user = userEvent.setup();
    const khaiSinh = service('dang-ky-khai-sinh');
    const page = khaiSinh.pages.find((p) => p.questions.some((q) => q.id === 'ho-ten-tre'));
    if (!page) throw new Error('no page');
    const submits: boolean[] = [];
    const listener = (event: Event) => {
      submits.push(event.defaultPrevented);
      event.preventDefault(); // jsdom cannot navigate
    };
    document.addEventListener('submit', listener);
    try {
      const { container } = render(
        questionPage(khaiSinh, page.id, { answers: {}, unconfirmed: [] }),
      );
      const input = screen.getByRole('textbox', { name: /họ, chữ đệm và tên|họ và tên/iu });
      await user.type(input, 'Mai 3');
      await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
      expect(submits).toEqual([true]);
      const form = container.querySelector('form');
      if (!form) throw new Error('no form');
      const serverErrors = stepErrors(
        khaiSinh,
        parsePagePost(khaiSinh, page.id, new FormData(form)).answers,
        page.id,
        { today },
      );
      const links = [...container.querySelectorAll<HTMLAnchorElement>('.dvc-error-summary a')];
      expect(links.map((a) => a.getAttribute('href'))).toEqual(
        serverErrors.map((e) => `#${e.field}`),
      );
      expect(document.activeElement?.closest('.dvc-error-summary')).not.toBeNull();
      expect(input).toHaveProperty('value', 'Mai 3');
      // Saving a draft is never blocked by validation.
      await user.click(screen.getByRole('button', { name: 'Lưu và tiếp tục sau' }));
      expect(submits).toEqual([true, false]);
      await user.clear(input);
      await user.type(input, 'Hoàng Thị Mai');
      await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
      const rest = stepErrors(
        khaiSinh,
        parsePagePost(khaiSinh, page.id, new FormData(form)).answers,
        page.id,
        { today },
      );
      expect(submits.at(-1)).toBe(rest.length > 0);
      await expectNoAxeViolations(container);
    } finally {
      document.removeEventListener('submit', listener);
    }
  });
});

describe('addWorkingDays', () => {
  it('skips Saturdays and Sundays, in Viet Nam time', () => {
    // Friday 23 Jan 2026, 10:00 in Hà Nội; 3 working days (Mon, Tue, Wed): Wed 28, 00:00 there.
    expect(addWorkingDays(new Date('2026-01-23T03:00:00Z'), 3).toISOString()).toBe(
      '2026-01-27T17:00:00.000Z',
    );
    // 23:30 on Friday in Hà Nội; one working day later is Monday.
    expect(addWorkingDays(new Date('2026-01-23T16:30:00Z'), 1).toISOString()).toBe(
      '2026-01-25T17:00:00.000Z',
    );
    expect(addWorkingDays(new Date('2026-01-23T03:00:00Z'), 0.5).toISOString()).toBe(
      '2026-01-25T17:00:00.000Z',
    );
  });
});

describe('hydration and the session', { timeout: 60_000 }, () => {
  it('hydrates the server HTML of a refused page without mismatches, keeping the errors', async () => {
    const def = service('dang-ky-khai-sinh');
    const answers = { 'ho-ten-me': 'Nông 2 Lan', 'so-dinh-danh-me': '123' };
    const errors = stepErrors(def, answers, 'me', { today });
    expect(errors.length).toBeGreaterThan(1);
    const page = questionPage(def, 'me', { answers, unconfirmed: [] }, { errors });
    const root = serve(page);
    const consoleErrors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await act(async () => {
        hydrateRoot(root, page);
        await Promise.resolve();
      });
      expect(consoleErrors.mock.calls).toEqual([]);
    } finally {
      consoleErrors.mockRestore();
    }
    expect(root.querySelectorAll('.dvc-error-summary a')).toHaveLength(errors.length);
    expect(root.querySelector<HTMLInputElement>('input[name="so-dinh-danh-me"]')?.value).toBe(
      '123',
    );
  });

  it('renders nothing on the server; "Tiếp tục" POSTs to the extend URL and keeps the person', async () => {
    expect(
      renderOnServer(
        <SessionTimeout
          expiresAt={Date.now() + 60_000}
          extendUrl="/phien/gia-han"
          signOutHref="/dang-xuat"
        />,
      ),
    ).toBe('');
    const calls: [string, RequestInit | undefined][] = [];
    const fetchMock = vi.fn((url: string, init?: RequestInit) => {
      calls.push([url, init]);
      return Promise.resolve(new Response(JSON.stringify({ expiresAt: Date.now() + 20 * 60_000 })));
    });
    vi.stubGlobal('fetch', fetchMock);
    try {
      const user = userEvent.setup();
      render(
        <SessionTimeout
          expiresAt={Date.now() + 60_000}
          extendUrl="/phien/gia-han"
          signOutHref="/dang-xuat"
          headers={{ 'x-csrf-token': 'abc' }}
          warnBeforeSeconds={120}
        />,
      );
      const dialog = await screen.findByRole('alertdialog');
      expect(dialog.textContent).toContain('Hồ sơ của bạn đã được lưu');
      await expectNoAxeViolations(document.body);
      expect(screen.getByRole('link', { name: 'Đăng xuất' }).getAttribute('href')).toBe(
        '/dang-xuat',
      );
      await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
      await waitFor(() => {
        expect(screen.queryByRole('alertdialog')).toBeNull();
      });
      expect(calls).toHaveLength(1);
      expect(calls[0]?.[0]).toBe('/phien/gia-han');
      expect(calls[0]?.[1]?.method).toBe('POST');
      expect(calls[0]?.[1]?.headers).toMatchObject({ 'x-csrf-token': 'abc' });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
