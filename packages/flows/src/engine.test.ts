import { describe, expect, it } from 'vitest';
import {
  addGroupItem,
  changeGroupItem,
  defineService,
  firstIncompleteStep,
  flowPath,
  invalidatedPages,
  isComplete,
  nextStep,
  pagesOnPath,
  previousStep,
  removeGroupItem,
  stepErrors,
  submitStep,
  submittedAnswers,
  type Answers,
  type FlowState,
} from './index.js';
import { fixtureInput, goodAnswers } from './test-utils/fixture.js';

const def = defineService(fixtureInput());
const today = new Date(2026, 0, 15);

describe('the path', () => {
  it('starts with eligibility and skips pages whose condition does not hold', () => {
    const ids = flowPath(def, goodAnswers).map((s) => ('id' in s ? s.id : s.kind));
    expect(ids[0]).toBe('o-viet-nam');
    expect(ids).not.toContain('nguoi-khac');
    expect(ids).not.toContain('dia-chi');
    expect(pagesOnPath(def, { ...goodAnswers, 'vai-tro': 'khac' })).toContain('nguoi-khac');
  });

  it('stops at an eligibility answer that stops, and says where to go', () => {
    const path = flowPath(def, { 'o-viet-nam': 'khong' });
    expect(path.map((s) => s.kind)).toEqual(['eligibility', 'stop']);
    const next = nextStep(def, { 'o-viet-nam': 'khong' }, 'o-viet-nam');
    expect(next).toMatchObject({ kind: 'stop', id: 'o-viet-nam' });
    expect(next.kind === 'stop' && next.stop.title.vi).toBe('Bạn cần đến cơ quan đại diện');
    expect(isComplete(def, { ...goodAnswers, 'o-viet-nam': 'khong' }, { today })).toBe(false);
  });

  it('a condition ignores a stale answer on a page that left the path', () => {
    const answers = {
      ...goodAnswers,
      tinh: 'truc-tiep',
      'dia-chi': { province: '19', commune: '01843', street: 'Tổ 1' },
    };
    expect(pagesOnPath(def, answers)).not.toContain('dia-chi');
    expect(submittedAnswers(def, answers)).not.toHaveProperty('dia-chi');
  });
});

describe('next and previous', () => {
  it('goes page by page, then to check-your-answers', () => {
    expect(nextStep(def, goodAnswers, 'o-viet-nam')).toEqual({ kind: 'page', id: 'ho-ten' });
    expect(nextStep(def, goodAnswers, 'vai-tro')).toEqual({ kind: 'page', id: 'so-ban' });
    expect(nextStep(def, goodAnswers, 'thanh-vien')).toEqual({ kind: 'check-answers' });
  });

  it('goes back along the path, and to the start from the first step', () => {
    expect(previousStep(def, goodAnswers, 'so-ban')).toEqual({ kind: 'page', id: 'vai-tro' });
    expect(previousStep(def, goodAnswers, 'o-viet-nam')).toEqual({ kind: 'start' });
    expect(previousStep(def, goodAnswers, 'check-answers')).toEqual({
      kind: 'page',
      id: 'thanh-vien',
    });
  });

  it('a change from check-your-answers returns there', () => {
    const options = { returnTo: 'check-answers' as const, today };
    expect(nextStep(def, goodAnswers, 'so-ban', options)).toEqual({ kind: 'check-answers' });
    expect(previousStep(def, goodAnswers, 'so-ban', options)).toEqual({ kind: 'check-answers' });
  });

  it('with returnTo from a step off the path, goes to the first unfinished step', () => {
    const { 'so-ban': _removed, ...rest } = goodAnswers;
    void _removed;
    const options = { returnTo: 'check-answers' as const, today };
    expect(nextStep(def, rest, 'nguoi-khac', options)).toEqual({ kind: 'page', id: 'so-ban' });
    expect(nextStep(def, goodAnswers, 'nguoi-khac', options)).toEqual({ kind: 'check-answers' });
  });

  it('a change that opens a new page asks it before returning', () => {
    const answers = { ...goodAnswers, 'vai-tro': 'khac' };
    const options = { returnTo: 'check-answers' as const, today };
    expect(nextStep(def, answers, 'vai-tro', options)).toEqual({ kind: 'page', id: 'nguoi-khac' });
    const filled = { ...answers, 'ten-nguoi-khac': 'Bà Lan' };
    expect(nextStep(def, filled, 'nguoi-khac', options)).toEqual({ kind: 'check-answers' });
  });
});

describe('completeness', () => {
  it('is complete with every required answer valid', () => {
    expect(isComplete(def, goodAnswers, { today })).toBe(true);
  });

  it('names the first page that still needs the person', () => {
    const missing: Answers = { ...goodAnswers };
    delete missing['so-ban'];
    expect(firstIncompleteStep(def, missing, { today })).toEqual({ kind: 'page', id: 'so-ban' });
    expect(isComplete(def, { ...goodAnswers, 'so-ban': 99 }, { today })).toBe(false);
  });

  it('an unconfirmed prefill keeps its page incomplete', () => {
    expect(firstIncompleteStep(def, goodAnswers, { today, unconfirmed: ['dien-thoai'] })).toEqual({
      kind: 'page',
      id: 'lien-he',
    });
  });
});

describe('stepErrors', () => {
  it('gives codes per question of the page', () => {
    const errors = stepErrors(
      def,
      { ...goodAnswers, 'dien-thoai': '12345', 'thu-dien-tu': 'x@' },
      'lien-he',
      { today },
    );
    expect(errors.map((e) => [e.field, e.code, e.messageKey])).toEqual([
      ['dien-thoai', 'phone.length', 'validation:phone.length'],
      ['thu-dien-tu', 'email.format', 'validation:email.format'],
    ]);
  });

  it('does not ask an optional question', () => {
    expect(stepErrors(def, goodAnswers, 'lien-he', { today })).toEqual([]);
  });
});

describe('submitStep', () => {
  const start: FlowState = { answers: { 'o-viet-nam': 'co' }, unconfirmed: [] };

  it('normalises, stores and moves on', () => {
    const result = submitStep(def, start, 'ho-ten', {
      'ho-ten': '  nguye\u0302\u0303n   văn an ',
      ignored: 'x',
    });
    expect(result.errors).toEqual([]);
    expect(result.state.answers['ho-ten']).toBe('NGUYỄN VĂN AN');
    expect(result.state.answers).not.toHaveProperty('ignored');
    expect(result.next).toEqual({ kind: 'page', id: 'ngay-sinh' });
  });

  it('stays on the page with errors when an answer is refused', () => {
    const result = submitStep(def, start, 'so-ban', { 'so-ban': '0' });
    expect(result.errors.map((e) => e.code)).toEqual(['tooSmall']);
    expect(result.next).toEqual({ kind: 'page', id: 'so-ban' });
  });

  it('reports the pages a change takes off the path', () => {
    const state: FlowState = {
      answers: { ...goodAnswers, 'vai-tro': 'khac', 'ten-nguoi-khac': 'Lan' },
      unconfirmed: [],
    };
    const result = submitStep(
      def,
      state,
      'vai-tro',
      { 'vai-tro': 'ban-than' },
      { returnTo: 'check-answers', today },
    );
    expect(result.invalidated).toEqual(['nguoi-khac']);
    expect(result.next).toEqual({ kind: 'check-answers' });
    expect(submittedAnswers(def, result.state.answers)).not.toHaveProperty('ten-nguoi-khac');
    expect(invalidatedPages(def, result.state.answers, state.answers)).toEqual([]);
  });

  it('confirms prefilled answers once their page is sent valid', () => {
    const state: FlowState = { answers: { ...goodAnswers }, unconfirmed: ['dien-thoai', 'ho-ten'] };
    const result = submitStep(def, state, 'lien-he', { 'dien-thoai': '0912345678' }, { today });
    expect(result.state.unconfirmed).toEqual(['ho-ten']);
  });
});

describe('repeating groups', () => {
  it('adds, changes and removes items, up to the maximum', () => {
    let answers: Answers = {};
    answers = addGroupItem(def, answers, 'thanh-vien');
    answers = changeGroupItem(def, answers, 'thanh-vien', 0, {
      'ho-ten': ' Lò Văn  Páo ',
      'quan-he': 'con',
      x: 1,
    });
    expect(answers['thanh-vien']).toEqual([{ 'ho-ten': 'Lò Văn Páo', 'quan-he': 'con' }]);
    answers = addGroupItem(
      def,
      addGroupItem(def, addGroupItem(def, answers, 'thanh-vien'), 'thanh-vien'),
      'thanh-vien',
    );
    expect(answers['thanh-vien']).toHaveLength(3);
    answers = removeGroupItem(answers, 'thanh-vien', 0);
    expect(answers['thanh-vien']).toEqual([{}, {}]);
  });

  it('validates each item, with field names that point into the item', () => {
    const answers: Answers = {
      ...goodAnswers,
      'thanh-vien': [{ 'ho-ten': 'An', 'quan-he': 'khac' }, { 'quan-he': 'con' }],
    };
    const errors = stepErrors(def, answers, 'thanh-vien', { today });
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['thanh-vien[0].ghi-ro', 'required'],
      ['thanh-vien[1].ho-ten', 'required'],
    ]);
  });

  it('submits only the visible sub-answers of an item', () => {
    const answers = {
      ...goodAnswers,
      'thanh-vien': [{ 'ho-ten': 'An', 'quan-he': 'con', 'ghi-ro': 'cũ' }],
    };
    expect(submittedAnswers(def, answers)['thanh-vien']).toEqual([
      { 'ho-ten': 'An', 'quan-he': 'con' },
    ]);
  });

  it('refuses more items than the maximum', () => {
    const answers = { ...goodAnswers, 'thanh-vien': [{}, {}, {}, {}] };
    expect(stepErrors(def, answers, 'thanh-vien').map((e) => e.code)).toEqual(['tooManyItems']);
  });
});
