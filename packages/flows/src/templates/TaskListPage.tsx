import { Tag, type TagVariant } from '@dvc/ui';
import type { Answers } from '../answers.js';
import { isAnswered } from '../conditions.js';
import { isComplete, stepErrors } from '../engine.js';
import { walk, type FlowStep } from '../paths.js';
import type { LocalText, ServiceDefinition } from '../schema.js';
import type { ValidationContext } from '../validate.js';
import { useFlowsTranslation } from './i18n.js';

/** The state of one task. */
export type TaskStatus = 'completed' | 'inProgress' | 'notStarted' | 'cannotStart' | 'reask';

/** A section of the task list: a title and the pages it holds. */
export interface TaskSection {
  title: LocalText;
  pages: string[];
}

export interface TaskListPageProps {
  /** The checked service definition. */
  definition: ServiceDefinition;
  /** The answers so far. */
  answers: Answers;
  /** The URL of a step (page or eligibility question). */
  stepHref: (stepId: string) => string;
  /** The URL of check-your-answers. */
  checkAnswersHref: string;
  /** Prefilled answers not yet confirmed: their pages are not done yet. */
  unconfirmed?: readonly string[];
  /** Questions to answer again after a definition change. */
  reask?: readonly string[];
  /** How pages are grouped; by default eligibility, then every page, then "check and send". */
  sections?: TaskSection[];
  /** The same context the server validates with. */
  validation?: ValidationContext;
}

const tagVariant: Record<TaskStatus, TagVariant> = {
  completed: 'success',
  inProgress: 'info',
  notStarted: 'neutral',
  cannotStart: 'neutral',
  reask: 'warning',
};

function stepTitle(step: FlowStep, locale: 'vi' | 'en'): string {
  if (step.kind === 'eligibility') return step.question.label[locale];
  return (step.page.title ?? step.questions[0]?.label ?? { vi: step.id, en: step.id })[locale];
}

/**
 * A task list for long services: the steps on the person's path in sections, each with its
 * status in words (colour only repeats it), and check-your-answers once everything is done.
 */
export function TaskListPage({
  definition,
  answers,
  stepHref,
  checkAnswersHref,
  unconfirmed = [],
  reask = [],
  sections,
  validation = {},
}: TaskListPageProps) {
  const { t, locale } = useFlowsTranslation();
  // TODO(report): the @dvc/ui TaskList once it exists; a native list with the same meaning here.
  const w = walk(definition, answers);
  const status = (step: FlowStep): TaskStatus => {
    const ids = step.kind === 'eligibility' ? [step.id] : step.questions.map((q) => q.id);
    if (ids.some((id) => reask.includes(id))) return 'reask';
    const answered = ids.some((id) => isAnswered(answers[id]));
    if (!answered) return 'notStarted';
    const done =
      stepErrors(definition, answers, step.id, validation).length === 0 &&
      !ids.some((id) => unconfirmed.includes(id));
    return done ? 'completed' : 'inProgress';
  };
  const eligibility = w.steps.filter((s) => s.kind === 'eligibility');
  const pages = w.steps.filter((s) => s.kind === 'page');
  const groups: { title: string; steps: FlowStep[] }[] = sections
    ? sections.map((s) => ({
        title: s.title[locale],
        steps: pages.filter((p) => s.pages.includes(p.id)),
      }))
    : [
        { title: t('templates.taskList.eligibility'), steps: eligibility },
        { title: t('templates.taskList.questions'), steps: pages },
      ];
  const all = w.steps;
  const done = all.filter((s) => status(s) === 'completed').length;
  const complete = !w.stop && isComplete(definition, answers, { ...validation, unconfirmed });
  let number = 0;
  const task = (key: string, title: string, href: string | undefined, state: TaskStatus) => (
    <li className="dvc-flow-task" key={key}>
      <span className="dvc-flow-task__name">
        {href ? (
          <a href={href} aria-describedby={`${key}-status`}>
            {title}
          </a>
        ) : (
          <span>{title}</span>
        )}
      </span>
      <span className="dvc-flow-task__status" id={`${key}-status`}>
        <Tag variant={tagVariant[state]}>{t(`templates.taskList.status.${state}`)}</Tag>
      </span>
    </li>
  );
  return (
    <div className="dvc-flow dvc-flow-tasks">
      <h1 className="dvc-flow-title">{definition.name[locale]}</h1>
      <p className="dvc-flow-lead">
        {t('templates.taskList.summary', { done, total: all.length })}
      </p>
      <ol className="dvc-flow-task-sections">
        {groups
          .filter((g) => g.steps.length > 0)
          .map((g) => {
            number++;
            return (
              <li key={g.title} className="dvc-flow-task-section">
                <h2 className="dvc-flow-task-section__title">
                  {number}. {g.title}
                </h2>
                <ul className="dvc-flow-task-list">
                  {g.steps.map((s) =>
                    task(`task-${s.id}`, stepTitle(s, locale), stepHref(s.id), status(s)),
                  )}
                </ul>
              </li>
            );
          })}
        <li className="dvc-flow-task-section">
          <h2 className="dvc-flow-task-section__title">
            {number + 1}. {t('templates.taskList.submit')}
          </h2>
          <ul className="dvc-flow-task-list">
            {task(
              'task-check-answers',
              t('templates.taskList.checkAnswers'),
              complete ? checkAnswersHref : undefined,
              complete ? 'notStarted' : 'cannotStart',
            )}
          </ul>
        </li>
      </ol>
    </div>
  );
}
