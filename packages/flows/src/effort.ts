import type { Answers, GroupItem } from './answers.js';
import type { FlowState } from './engine.js';
import { isAnswered } from './conditions.js';
import { visibleItemQuestions, walk } from './paths.js';
import type { ServiceDefinition, SimpleQuestion } from './schema.js';

/** How much a person does to send an application with given answers. */
export interface Effort {
  /** Pages and eligibility questions they go through. */
  pages: number;
  /** Questions they answer themselves (group sub-questions counted per item). */
  questions: number;
  /** Prefilled answers they only confirm. */
  confirmed: number;
  /** Fields they type into (a date is three). */
  fieldsTyped: number;
  /** Fields where they pick from a list (radios, checkboxes, selects, province, commune). */
  fieldsChosen: number;
  /** File inputs they use. */
  uploads: number;
}

function fieldsOf(
  question: SimpleQuestion,
): Pick<Effort, 'fieldsTyped' | 'fieldsChosen' | 'uploads'> {
  switch (question.type) {
    case 'date':
      return {
        fieldsTyped:
          question.precision === 'full' ? 3 : question.precision === 'month-year' ? 2 : 1,
        fieldsChosen: 0,
        uploads: 0,
      };
    case 'address':
      return { fieldsTyped: question.street === 'none' ? 0 : 1, fieldsChosen: 2, uploads: 0 };
    case 'select':
    case 'radios':
    case 'checkboxes':
    case 'ethnicGroup':
      return { fieldsTyped: 0, fieldsChosen: 1, uploads: 0 };
    case 'file':
      return { fieldsTyped: 0, fieldsChosen: 0, uploads: 1 };
    default:
      return { fieldsTyped: 1, fieldsChosen: 0, uploads: 0 };
  }
}

/**
 * Counts the effort of an application: the questions on the path that the person answers
 * (optional ones only when answered), the prefilled ones they only confirm, and the fields
 * they type or choose. Used by the bench to compare with the paper form.
 */
export function measureEffort(definition: ServiceDefinition, state: FlowState): Effort {
  const answers: Answers = state.answers;
  const w = walk(definition, answers);
  const effort: Effort = {
    pages: w.steps.length,
    questions: 0,
    confirmed: 0,
    fieldsTyped: 0,
    fieldsChosen: 0,
    uploads: 0,
  };
  const add = (q: SimpleQuestion) => {
    const f = fieldsOf(q);
    effort.questions += 1;
    effort.fieldsTyped += f.fieldsTyped;
    effort.fieldsChosen += f.fieldsChosen;
    effort.uploads += f.uploads;
  };
  const lookup = (id: string) => w.effective[id];
  for (const step of w.steps) {
    if (step.kind === 'eligibility') {
      effort.questions += 1;
      effort.fieldsChosen += 1;
      continue;
    }
    for (const question of step.questions) {
      const value = w.effective[question.id];
      if (state.unconfirmed.includes(question.id) && value !== undefined) {
        effort.confirmed += 1;
        continue;
      }
      if (question.type === 'repeatingGroup') {
        for (const item of (value ?? []) as GroupItem[]) {
          for (const sub of visibleItemQuestions(question.questions, item, lookup)) {
            if (sub.required || isAnswered(item[sub.id])) add(sub);
          }
        }
        continue;
      }
      if (question.required || isAnswered(value)) add(question);
    }
  }
  return effort;
}
