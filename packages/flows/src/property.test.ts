import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkAnswers,
  defineService,
  flowPath,
  isComplete,
  nextStep,
  parsePagePost,
  previousStep,
  stepErrors,
  submitStep,
  submittedAnswers,
  validateQuestion,
  walk,
  type FlowState,
} from './index.js';
import { fixtureInput, goodAnswers } from './test-utils/fixture.js';

const def = defineService(fixtureInput());
const today = new Date(2026, 0, 15);
const stepIds = [...def.eligibility.map((q) => q.id), ...def.pages.map((p) => p.id)];

/** Plausible and hostile raw values for any question. */
const rawValue = fc.oneof(
  fc.constantFrom(...Object.values(goodAnswers)),
  fc.constantFrom('khac', 'buu-dien', 'ban-than', 'khong', 'co', '19', '01843', ''),
  fc.string(),
  fc.array(fc.string(), { maxLength: 4 }),
  fc.record({ day: fc.string(), month: fc.string(), year: fc.string() }),
  fc.record({
    province: fc.constantFrom('19', 'x'),
    commune: fc.constantFrom('01843', ''),
    street: fc.string(),
  }),
  fc.array(fc.record({ 'ho-ten': fc.string(), 'quan-he': fc.constantFrom('con', 'khac', 'x') }), {
    maxLength: 5,
  }),
  fc.array(fc.record({ name: fc.string(), type: fc.string(), size: fc.integer() }), {
    maxLength: 3,
  }),
  fc.integer(),
  fc.double(),
  fc.constant(undefined),
  fc.constant(null),
  fc.object(),
);

/** One submission: a step, and raw answers keyed by that step's question ids (and noise). */
const submission = fc.record({
  step: fc.constantFrom(...stepIds),
  values: fc.dictionary(
    fc.constantFrom(
      ...Object.keys(goodAnswers),
      'ten-nguoi-khac',
      'dia-chi',
      'thanh-vien',
      'giay-to',
      'noise',
    ),
    rawValue,
  ),
  good: fc.boolean(),
  returnTo: fc.boolean(),
});

function assertInvariants(state: FlowState) {
  const { answers } = state;
  // check-your-answers lists exactly the answers that will be submitted
  const rows = checkAnswers(def, answers);
  expect(rows.map((r) => r.questionId).sort()).toEqual(
    Object.keys(submittedAnswers(def, answers)).sort(),
  );
  // complete => every required question on the path answered and valid
  if (isComplete(def, answers, { today, unconfirmed: state.unconfirmed })) {
    const w = walk(def, answers);
    expect(w.stop).toBeUndefined();
    for (const step of w.steps) {
      if (step.kind === 'eligibility') {
        expect(step.question.options.some((o) => o.value === answers[step.id])).toBe(true);
        continue;
      }
      for (const question of step.questions) {
        const value = w.effective[question.id];
        if (question.required) expect(value).toBeDefined();
        expect(validateQuestion(question, value, (id) => w.effective[id], { today })).toEqual([]);
      }
    }
  }
}

// Many runs on 2 shared cores take seconds: a generous timeout, never a duration assertion.
describe('engine properties', { timeout: 120_000 }, () => {
  let completes = 0;
  it('never throws, never skips a required question, and check-your-answers lists every submitted answer', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(submission, { maxLength: 25 }), (startFull, subs) => {
        // Starting from a complete application makes "complete" reachable after random changes.
        let state: FlowState = { answers: startFull ? { ...goodAnswers } : {}, unconfirmed: [] };
        for (const sub of subs) {
          const values = sub.good ? { ...goodAnswers, ...sub.values } : sub.values;
          const options = {
            today,
            ...(sub.returnTo ? { returnTo: 'check-answers' as const } : {}),
          };
          const result = submitStep(def, state, sub.step, values, options);
          state = result.state;
          // errors keep the person on the step; no errors move them along the path
          if (result.errors.length > 0) expect(result.next).toMatchObject({ id: sub.step });
          nextStep(def, state.answers, sub.step, options);
          previousStep(def, state.answers, sub.step, options);
          stepErrors(def, state.answers, sub.step, { today });
          assertInvariants(state);
        }
        if (isComplete(def, state.answers, { today })) completes++;
      }),
      { numRuns: 150 },
    );
    // the implication above was exercised, not vacuous
    expect(completes).toBeGreaterThan(0);
  });

  it('a person who answers every step with good answers reaches a complete application', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('ban-than', 'khac'),
        fc.constantFrom('truc-tiep', 'buu-dien'),
        (role, how) => {
          const good = {
            ...goodAnswers,
            'vai-tro': role,
            tinh: how,
            'ten-nguoi-khac': 'Lan',
            'dia-chi': { province: '19', commune: '01843', street: 'Tổ 1' },
          };
          let state: FlowState = { answers: {}, unconfirmed: [] };
          let step = flowPath(def, state.answers)[0];
          for (
            let guard = 0;
            guard < 40 && step && (step.kind === 'page' || step.kind === 'eligibility');
            guard++
          ) {
            const result = submitStep(def, state, step.id, good, { today });
            expect(result.errors).toEqual([]);
            state = result.state;
            step = result.next;
          }
          expect(step).toEqual({ kind: 'check-answers' });
          expect(isComplete(def, state.answers, { today })).toBe(true);
          assertInvariants(state);
        },
      ),
    );
  });

  it('parses any form post for any step without throwing, keeping only known questions', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...stepIds, 'no-such-step'),
        fc.array(
          fc.tuple(
            fc.oneof(
              fc.string(),
              fc.constantFrom(
                'thanh-vien[0].ho-ten',
                'thanh-vien[999].ho-ten',
                'ngay-sinh-day',
                '_action',
                'muc-dich',
              ),
            ),
            fc.oneof(fc.string(), fc.constant('add:thanh-vien')),
          ),
          { maxLength: 30 },
        ),
        (step, entries) => {
          const parsed = parsePagePost(def, step, entries);
          const page = def.pages.find((p) => p.id === step);
          const allowed = new Set([
            ...(page?.questions.map((q) => q.id) ?? []),
            ...def.eligibility.map((q) => q.id),
          ]);
          for (const key of Object.keys(parsed.answers)) expect(allowed.has(key)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
