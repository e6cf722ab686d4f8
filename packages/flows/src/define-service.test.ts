import { describe, expect, it } from 'vitest';
import { defineService, ServiceDefinitionError } from './index.js';
import { fixtureInput } from './test-utils/fixture.js';

function problemsOf(input: unknown): string[] {
  try {
    defineService(input as Parameters<typeof defineService>[0]);
  } catch (error) {
    if (error instanceof ServiceDefinitionError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('defineService', () => {
  it('accepts a valid definition, fills defaults and turns bare questions into pages', () => {
    const def = defineService(fixtureInput());
    const page = def.pages.find((p) => p.id === 'ho-ten');
    expect(page?.questions.map((q) => q.id)).toEqual(['ho-ten']);
    expect(page?.questions[0]?.required).toBe(true);
    expect(page?.questions[0]?.version).toBe(1);
  });

  it('explains a broken id', () => {
    expect(() => defineService({ ...fixtureInput(), id: 'Khai Sinh' })).toThrow(
      ServiceDefinitionError,
    );
  });

  it('explains a broken version', () => {
    expect(problemsOf({ ...fixtureInput(), version: 0 })).toEqual([
      expect.stringMatching(/^Service "dich-vu-thu", field "version": /) as string,
    ]);
  });

  it('says which page and question a broken field is in', () => {
    const input = fixtureInput();
    const page = input.pages[3] as { questions: { maxLength?: number }[] };
    (page.questions[0] as Record<string, unknown>).maxLength = 5;
    const [problem] = problemsOf(input);
    expect(problem).toMatch(
      /^Service "dich-vu-thu", page "lien-he", question "dien-thoai": .*maxLength/,
    );
  });

  it('names a bare question as a question, and missing texts', () => {
    const input = fixtureInput();
    (input.pages[0] as { label: unknown }).label = { vi: 'Họ tên' };
    expect(problemsOf(input)[0]).toMatch(
      /^Service "dich-vu-thu", question "ho-ten", field "label.en"/,
    );
  });

  it('names a broken question inside a repeating group', () => {
    const input = fixtureInput();
    const group = input.pages[12] as { questions: { maxLength?: number }[] };
    group.questions[0]!.maxLength = 0;
    expect(problemsOf(input)[0]).toMatch(
      /^Service "dich-vu-thu", question "thanh-vien", item question "ho-ten", field "maxLength": /,
    );
  });

  it('refuses a condition on a question that is not earlier', () => {
    const input = fixtureInput();
    (input.pages[0] as { showIf?: unknown }).showIf = { question: 'vai-tro', equals: 'khac' };
    expect(problemsOf(input)).toEqual([
      'Service "dich-vu-thu", question "ho-ten": condition refers to "vai-tro", which is not an earlier question',
    ]);
  });

  it('refuses a condition that compares with a value that is not an option', () => {
    const input = fixtureInput();
    const page = input.pages[5] as { showIf?: unknown };
    page.showIf = { question: 'vai-tro', equals: 'nguoi-khac' };
    expect(problemsOf(input)[0]).toMatch(
      /page "nguoi-khac": condition compares "vai-tro" with "nguoi-khac", which is not one of its options \(ban-than, khac\)/,
    );
  });

  it('refuses a condition with two comparisons', () => {
    const input = fixtureInput();
    (input.pages[5] as { showIf?: unknown }).showIf = {
      question: 'vai-tro',
      equals: 'khac',
      in: ['khac'],
    };
    expect(problemsOf(input).join('\n')).toMatch(/exactly one of/);
  });

  it('refuses duplicate ids, with both places', () => {
    const input = fixtureInput();
    (input.pages[2] as { id: string }).id = 'ho-ten';
    const problems = problemsOf(input).join('\n');
    expect(problems).toMatch(/id "ho-ten" is already used by question "ho-ten"/);
    expect(problems).toMatch(/page id "ho-ten" is used twice/);
  });

  it('refuses a page id that is also an eligibility question id (steps share one namespace)', () => {
    const input = fixtureInput();
    (input.pages[3] as { id: string }).id = 'o-viet-nam';
    expect(problemsOf(input)).toEqual([
      'Service "dich-vu-thu", page "o-viet-nam": page id "o-viet-nam" is already an eligibility question\'s id',
    ]);
  });

  it('refuses a prefill that does not fit the question type', () => {
    const input = fixtureInput();
    (input.pages[4] as { prefill?: string }).prefill = 'phone';
    expect(problemsOf(input)).toEqual([
      'Service "dich-vu-thu", question "vai-tro": prefill "phone" cannot fill a "radios" question (use phone)',
    ]);
  });

  it('refuses limits that contradict each other and eligibility with no way through', () => {
    const input = fixtureInput();
    (input.pages[6] as { min?: number }).min = 20;
    const eligibility = input.eligibility?.[0];
    if (eligibility?.options[0]) eligibility.options[0].stop = eligibility.options[1]?.stop;
    const problems = problemsOf(input).join('\n');
    expect(problems).toMatch(
      /eligibility question "o-viet-nam", field "options": at least one option/,
    );
    expect(problemsOf({ ...fixtureInput(), pages: input.pages }).join('\n')).toMatch(
      /question "so-ban": min is greater than max/,
    );
  });
});
