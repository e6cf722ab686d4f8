import type { AnswerValue, Answers, GroupItem } from './answers.js';
import { evaluateCondition, isAnswered } from './conditions.js';
import type {
  EligibilityQuestion,
  Page,
  Question,
  ServiceDefinition,
  SimpleQuestion,
  Stop,
} from './schema.js';

/** Every top-level question of a service, in page order. */
export function allQuestions(definition: ServiceDefinition): Question[] {
  return definition.pages.flatMap((page) => page.questions);
}

export function findPage(definition: ServiceDefinition, pageId: string): Page | undefined {
  return definition.pages.find((page) => page.id === pageId);
}

export function findQuestion(
  definition: ServiceDefinition,
  questionId: string,
): Question | undefined {
  return allQuestions(definition).find((q) => q.id === questionId);
}

export function findEligibility(
  definition: ServiceDefinition,
  questionId: string,
): EligibilityQuestion | undefined {
  return definition.eligibility.find((q) => q.id === questionId);
}

/** The page that asks a question. */
export function pageOfQuestion(
  definition: ServiceDefinition,
  questionId: string,
): Page | undefined {
  return definition.pages.find((page) => page.questions.some((q) => q.id === questionId));
}

/** The sub-questions of a group item that its own answers (and earlier answers) make visible. */
export function visibleItemQuestions(
  questions: readonly SimpleQuestion[],
  item: GroupItem,
  outer: (id: string) => AnswerValue | undefined,
): SimpleQuestion[] {
  const lookup = (id: string) => (Object.hasOwn(item, id) ? item[id] : outer(id));
  return questions.filter((q) => evaluateCondition(q.showIf, lookup));
}

/** One position in the flow. */
export type FlowStep =
  | { kind: 'eligibility'; id: string; question: EligibilityQuestion }
  | { kind: 'page'; id: string; page: Page; questions: Question[] };

/** The result of walking a service with some answers. */
export interface Walk {
  /** Eligibility questions and pages on the path, in order. */
  steps: FlowStep[];
  /** Set when an eligibility answer stops the application. */
  stop?: { questionId: string; stop: Stop } | undefined;
  /**
   * The answers that count: those to visible questions on pages on the path, group items
   * reduced to their visible sub-questions. Eligibility answers included.
   */
  effective: Answers;
}

/**
 * Walks the service in order with the answers given. A condition only sees answers that are
 * themselves on the path, so a stale answer on a page that left the path changes nothing.
 */
export function walk(definition: ServiceDefinition, answers: Answers): Walk {
  const effective: Answers = {};
  const lookup = (id: string) => effective[id];
  const steps: FlowStep[] = [];
  for (const question of definition.eligibility) {
    if (!evaluateCondition(question.showIf, lookup)) continue;
    steps.push({ kind: 'eligibility', id: question.id, question });
    const value = answers[question.id];
    if (typeof value !== 'string' || value === '') continue;
    effective[question.id] = value;
    const option = question.options.find((o) => o.value === value);
    if (option?.stop) {
      return { steps, stop: { questionId: question.id, stop: option.stop }, effective };
    }
  }
  for (const page of definition.pages) {
    if (!evaluateCondition(page.showIf, lookup)) continue;
    const questions: Question[] = [];
    for (const question of page.questions) {
      if (!evaluateCondition(question.showIf, lookup)) continue;
      questions.push(question);
      const value = answers[question.id];
      if (!isAnswered(value) || value === undefined) continue;
      if (question.type === 'repeatingGroup') {
        if (!Array.isArray(value)) continue;
        effective[question.id] = (value as GroupItem[]).map((item) => {
          const kept: GroupItem = {};
          for (const sub of visibleItemQuestions(question.questions, item, lookup)) {
            const v = item[sub.id];
            if (v !== undefined && isAnswered(v)) kept[sub.id] = v;
          }
          return kept;
        });
      } else {
        effective[question.id] = value;
      }
    }
    if (questions.length > 0) steps.push({ kind: 'page', id: page.id, page, questions });
  }
  return { steps, effective };
}
