import fc from 'fast-check';
import {
  addGroupItem,
  answersToEntries,
  applyPrefill,
  checkAnswers,
  createDraft,
  defineService,
  documentsNeeded,
  firstIncompleteStep,
  flowPath,
  isComplete,
  openDraft,
  pagesOnPath,
  parseDraft,
  parsePagePost,
  stepErrors,
  submitStep,
  submittedAnswers,
  type Answers,
  type FlowState,
  type ServiceDefinition,
  type ServiceDefinitionInput,
  type Step,
} from '@dvc/flows';
import { describe, expect, it } from 'vitest';
import { examples, findService, services } from './index.js';

const today = new Date(2026, 0, 20);

function service(id: string): ServiceDefinition {
  const found = findService(id);
  if (!found) throw new Error(`no service ${id}`);
  return found;
}

function example(id: string) {
  const found = examples.find((e) => e.serviceId === id);
  if (!found) throw new Error(`no example ${id}`);
  return found;
}

/** Posts a step as a browser would: the answers written as form fields, files as metadata. */
function post(
  def: ServiceDefinition,
  state: FlowState,
  stepId: string,
  answers: Answers,
  returnTo = false,
) {
  const entries: [string, unknown][] = answersToEntries(def, stepId, answers);
  for (const question of def.pages.find((p) => p.id === stepId)?.questions ?? []) {
    const files = question.type === 'file' ? answers[question.id] : undefined;
    if (Array.isArray(files)) for (const file of files) entries.push([question.id, file]);
  }
  const parsed = parsePagePost(def, stepId, entries);
  return submitStep(
    def,
    state,
    stepId,
    parsed.answers,
    returnTo ? { returnTo: 'check-answers', today } : { today },
  );
}

/** Goes from the first step to check-your-answers, answering each step from `answers`. */
function runThrough(def: ServiceDefinition, start: FlowState, answers: Answers) {
  let state = start;
  let step: Step | undefined = flowPath(def, state.answers)[0];
  const visited: string[] = [];
  for (
    let guard = 0;
    guard < 60 && step && (step.kind === 'page' || step.kind === 'eligibility');
    guard++
  ) {
    visited.push(step.id);
    // A prefilled answer is shown filled in; the person confirms it by sending the page.
    const result = post(def, state, step.id, { ...state.answers, ...answers });
    expect(result.errors).toEqual([]);
    state = result.state;
    step = result.next;
  }
  return { state, step, visited };
}

function prefilled(def: ServiceDefinition, id: string) {
  return applyPrefill(def, { answers: {}, unconfirmed: [] }, example(id).profile, { today });
}

describe('the three services', () => {
  it('are defined, found by id, and each has eligibility, documents and a paper-form count', () => {
    expect(services.map((s) => s.id)).toEqual([
      'dang-ky-khai-sinh',
      'dang-ky-thuong-tru',
      'cap-phieu-ly-lich-tu-phap',
    ]);
    expect(findService('khong-co')).toBeUndefined();
    for (const s of services) {
      expect(s.eligibility.length).toBeGreaterThan(0);
      expect(s.documents.length).toBeGreaterThan(0);
      expect(s.paperForm?.fieldCount).toBeGreaterThan(0);
      expect(s.paperForm?.source).toBeTruthy();
      expect(s.declaration.purposes.some((p) => p.required)).toBe(true);
    }
  });

  it('never ask for the household register book', () => {
    for (const s of services) {
      const text = JSON.stringify(s.pages).toLowerCase();
      expect(text).not.toContain('sổ hộ khẩu');
      expect(text).not.toContain('household register');
    }
  });

  for (const ex of examples) {
    it(`${ex.serviceId}: a prefilled citizen goes from the start to a complete application`, () => {
      const def = service(ex.serviceId);
      const { state: start, prefilled: pre } = prefilled(def, ex.serviceId);
      expect(pre.length).toBeGreaterThan(0);
      const { state, step } = runThrough(def, start, ex.answers);
      expect(step).toEqual({ kind: 'check-answers' });
      expect(state.unconfirmed).toEqual([]);
      expect(isComplete(def, state.answers, { today })).toBe(true);
      const rows = checkAnswers(def, state.answers);
      expect(rows.map((r) => r.questionId).sort()).toEqual(
        Object.keys(submittedAnswers(def, state.answers)).sort(),
      );
    });
  }
});

describe('đăng ký khai sinh', () => {
  const def = service('dang-ky-khai-sinh');
  const ex = example('dang-ky-khai-sinh');

  it('the requester’s relationship decides which parent questions are asked', () => {
    const { state } = runThrough(def, prefilled(def, ex.serviceId).state, ex.answers);
    const asked = Object.keys(submittedAnswers(def, state.answers));
    // the father applies: his own name and ID come from his profile, not asked again
    expect(asked).not.toContain('ho-ten-cha');
    expect(asked).toContain('ho-ten-me');
    const mother = submittedAnswers(def, {
      ...state.answers,
      'quan-he': 'me',
      'co-thong-tin-cha': 'khong',
    });
    expect(mother).not.toHaveProperty('ho-ten-me');
    expect(mother).not.toHaveProperty('dan-toc-cha');
    expect(mother).not.toHaveProperty('cha-me-ket-hon');
  });

  it('the answers decide which documents are needed', () => {
    const docs = (a: Answers) => documentsNeeded(def, a).map((d) => d.id);
    expect(docs(ex.answers)).toEqual([
      'giay-chung-sinh',
      'giay-chung-nhan-ket-hon',
      'can-cuoc-nguoi-yeu-cau',
    ]);
    expect(
      docs({ ...ex.answers, 'quan-he': 'me', 'co-thong-tin-cha': 'khong', 'noi-sinh': 'noi-khac' }),
    ).toEqual(['van-ban-lam-chung', 'can-cuoc-nguoi-yeu-cau']);
  });

  it('a change from check-your-answers asks the new questions, then returns there', () => {
    const { state } = runThrough(def, prefilled(def, ex.serviceId).state, ex.answers);
    // "Change" the relationship: now a grandmother applies
    const changed = post(def, state, 'quan-he', { 'quan-he': 'khac' }, true);
    expect(changed.errors).toEqual([]);
    expect(changed.added).toEqual(['co-thong-tin-cha']);
    expect(changed.next).toEqual({ kind: 'page', id: 'nguoi-yeu-cau' }); // "what are you to the child?"
    const who = post(
      def,
      changed.state,
      'nguoi-yeu-cau',
      { ...changed.state.answers, 'quan-he-khac': 'Bà nội' },
      true,
    );
    expect(who.next).toEqual({ kind: 'page', id: 'co-thong-tin-cha' });
    const father = post(def, who.state, 'co-thong-tin-cha', { 'co-thong-tin-cha': 'co' }, true);
    expect(father.next).toEqual({ kind: 'page', id: 'cha' });
    const cha = post(
      def,
      father.state,
      'cha',
      { 'ho-ten-cha': 'Hoàng Văn Páo', 'so-dinh-danh-cha': '006094001234', 'dan-toc-cha': '02' },
      true,
    );
    expect(cha.errors).toEqual([]);
    expect(cha.next).toEqual({ kind: 'check-answers' });
    expect(isComplete(def, cha.state.answers, { today })).toBe(true);
    expect(
      checkAnswers(def, cha.state.answers).find((r) => r.questionId === 'ho-ten-cha')?.value,
    ).toEqual(['HOÀNG VĂN PÁO']);
  });

  it('a failed validation keeps the person on the page with codes, not words', () => {
    const { state } = runThrough(def, prefilled(def, ex.serviceId).state, ex.answers);
    const bad = post(
      def,
      state,
      'ngay-sinh-tre',
      { 'ngay-sinh-tre': { day: '30', month: '2', year: '2026' } },
      true,
    );
    expect(bad.errors.map((e) => [e.field, e.messageKey])).toEqual([
      ['ngay-sinh-tre-day', 'validation:date.dayRange'],
    ]);
    expect(bad.next).toEqual({ kind: 'page', id: 'ngay-sinh-tre' });
    expect(isComplete(def, bad.state.answers, { today })).toBe(false);
    const phone = post(def, state, 'dien-thoai', { 'dien-thoai': '0912 34' });
    expect(phone.errors.map((e) => e.code)).toEqual(['phone.length']);
  });

  it('stops early, saying where to go, for a child born abroad', () => {
    const result = post(def, { answers: {}, unconfirmed: [] }, 'sinh-o-viet-nam', {
      'sinh-o-viet-nam': 'khong',
    });
    expect(result.next.kind).toBe('stop');
    expect(result.next.kind === 'stop' && result.next.stop.body.vi).toMatch(/cơ quan đại diện/);
  });
});

describe('đăng ký thường trú', () => {
  const def = service('dang-ky-thuong-tru');
  const ex = example('dang-ky-thuong-tru');

  it('adds, changes and removes household members through plain form posts', () => {
    const { state } = runThrough(def, prefilled(def, ex.serviceId).state, ex.answers);
    const members = () => submittedAnswers(def, current.answers)['nguoi-cung-chuyen'] as unknown[];
    let current = state;
    expect(members()).toHaveLength(2);
    // "Add another" without JavaScript: the button posts the items and an action
    const entries = [
      ...answersToEntries(def, 'nguoi-cung-chuyen', current.answers),
      ['_action', 'add:nguoi-cung-chuyen'] as [string, string],
    ];
    const parsed = parsePagePost(def, 'nguoi-cung-chuyen', entries);
    expect(parsed.action).toEqual({ type: 'add', group: 'nguoi-cung-chuyen' });
    current = {
      ...current,
      answers: addGroupItem(def, { ...current.answers, ...parsed.answers }, 'nguoi-cung-chuyen'),
    };
    expect(current.answers['nguoi-cung-chuyen']).toHaveLength(3);
    // the new, empty item must be filled in before the application is complete
    expect(firstIncompleteStep(def, current.answers, { today })).toEqual({
      kind: 'page',
      id: 'nguoi-cung-chuyen',
    });
    const removePost = parsePagePost(def, 'nguoi-cung-chuyen', [
      ...answersToEntries(def, 'nguoi-cung-chuyen', current.answers),
      ['_action', 'remove:nguoi-cung-chuyen:2'],
    ]);
    expect(removePost.action).toEqual({ type: 'remove', group: 'nguoi-cung-chuyen', index: 2 });
  });

  it('asks about the household head only when joining a household', () => {
    expect(pagesOnPath(def, ex.answers)).not.toContain('chu-ho');
    expect(pagesOnPath(def, { ...ex.answers, 'truong-hop': 've-o-voi-ho' })).toContain('chu-ho');
    expect(pagesOnPath(def, { ...ex.answers, 'truong-hop': 've-o-voi-ho' })).not.toContain(
      'giay-to-cho-o',
    );
  });
});

describe('cấp phiếu lý lịch tư pháp', () => {
  const def = service('cap-phieu-ly-lich-tu-phap');
  const ex = example('cap-phieu-ly-lich-tu-phap');

  it('asks parents’ and spouse’s names only for certificate no. 2', () => {
    expect(pagesOnPath(def, ex.answers)).toEqual(expect.arrayContaining(['cha-me', 'vo-chong']));
    const type1 = { ...ex.answers, 'loai-phieu': 'so-1' };
    expect(pagesOnPath(def, type1)).not.toContain('cha-me');
    expect(submittedAnswers(def, type1)).not.toHaveProperty('ho-ten-me');
    expect(submittedAnswers(def, type1)).not.toHaveProperty('ho-ten-vo-chong');
  });

  it('needs at least one residence since age 14, each with a start', () => {
    const { state } = runThrough(def, prefilled(def, ex.serviceId).state, ex.answers);
    const none = post(def, state, 'qua-trinh-cu-tru', { 'qua-trinh-cu-tru': [] });
    expect(none.errors.map((e) => e.code)).toEqual(['tooFewItems']);
    const noStart = post(def, state, 'qua-trinh-cu-tru', {
      'qua-trinh-cu-tru': [{ 'noi-cu-tru': 'Bắc Kạn' }],
    });
    expect(noStart.errors.map((e) => [e.field, e.code])).toEqual([
      ['qua-trinh-cu-tru[0].tu-thang-month', 'required'],
    ]);
  });

  it('a draft reopened under a newer definition asks the changed question again', () => {
    const { state } = runThrough(def, prefilled(def, ex.serviceId).state, ex.answers);
    const draft = parseDraft(JSON.stringify(createDraft(def, state, today)));
    expect(draft?.definitionVersion).toBe(1);
    // version 2 of the service: the purpose becomes a choice instead of free text
    const input = structuredClone(def) as unknown as ServiceDefinitionInput;
    input.version = 2;
    input.pages = input.pages.map((p) =>
      'questions' in p && p.id === 'muc-dich'
        ? {
            ...p,
            questions: [
              {
                id: 'muc-dich',
                type: 'radios',
                label: { vi: 'Mục đích', en: 'Purpose' },
                options: [
                  { value: 'viec-lam', label: { vi: 'Việc làm', en: 'Work' } },
                  { value: 'khac', label: { vi: 'Khác', en: 'Other' } },
                ],
              },
            ],
          }
        : p,
    );
    const v2 = defineService(input);
    const opened = draft && openDraft(v2, draft);
    expect(opened?.ok && opened.versionChanged).toBe(true);
    expect(opened?.ok && opened.reask).toEqual(['muc-dich']);
    if (!opened?.ok) throw new Error('draft did not open');
    expect(firstIncompleteStep(v2, opened.state.answers, { today })).toEqual({
      kind: 'page',
      id: 'muc-dich',
    });
    const fixed = submitStep(v2, opened.state, 'muc-dich', { 'muc-dich': 'viec-lam' }, { today });
    expect(fixed.next).toEqual({ kind: 'page', id: 'so-ban' });
    expect(isComplete(v2, fixed.state.answers, { today })).toBe(true);
  });
});

describe('engine properties over the real services', () => {
  it(
    'random posts never throw, complete means valid, and check-your-answers lists every submitted answer',
    { timeout: 120_000 },
    () => {
      for (const ex of examples) {
        const def = service(ex.serviceId);
        const stepIds = [...def.eligibility.map((q) => q.id), ...def.pages.map((p) => p.id)];
        const values = Object.values(ex.answers);
        fc.assert(
          fc.property(
            fc.boolean(),
            fc.array(
              fc.record({
                step: fc.constantFrom(...stepIds),
                value: fc.oneof(fc.constantFrom(...values), fc.string(), fc.constant(undefined)),
                id: fc.constantFrom(...Object.keys(ex.answers)),
              }),
              { maxLength: 15 },
            ),
            (full, posts) => {
              let state: FlowState = { answers: full ? { ...ex.answers } : {}, unconfirmed: [] };
              for (const p of posts) {
                state = submitStep(
                  def,
                  state,
                  p.step,
                  { ...state.answers, [p.id]: p.value },
                  { today },
                ).state;
                const rows = checkAnswers(def, state.answers);
                expect(rows.map((r) => r.questionId).sort()).toEqual(
                  Object.keys(submittedAnswers(def, state.answers)).sort(),
                );
                if (isComplete(def, state.answers, { today })) {
                  // every step on the path is answered and valid: nothing required was skipped
                  for (const step of flowPath(def, state.answers)) {
                    expect(step.kind).not.toBe('stop');
                    if ('id' in step) {
                      expect(stepErrors(def, state.answers, step.id, { today })).toEqual([]);
                    }
                  }
                }
              }
            },
          ),
          { numRuns: 60 },
        );
      }
    },
  );
});
