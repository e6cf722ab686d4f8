import { TaskList, type TaskListSection } from '@dvc/ui';
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
  // The @dvc/ui TaskList knows four states; "answer again" is in progress, said in words.
  const item = (id: string, title: string, href: string | undefined, state: TaskStatus) => ({
    id,
    title,
    ...(href === undefined ? {} : { href }),
    status: state === 'reask' ? ('inProgress' as const) : state,
    statusText: t(`templates.taskList.status.${state}`),
  });
  const shown = groups.filter((g) => g.steps.length > 0);
  const taskSections: TaskListSection[] = [
    ...shown.map((g, index) => ({
      id: `section-${String(index + 1)}`,
      title: `${String(index + 1)}. ${g.title}`,
      items: g.steps.map((s) => item(s.id, stepTitle(s, locale), stepHref(s.id), status(s))),
    })),
    {
      id: 'submit',
      title: `${String(shown.length + 1)}. ${t('templates.taskList.submit')}`,
      items: [
        item(
          'check-answers',
          t('templates.taskList.checkAnswers'),
          complete ? checkAnswersHref : undefined,
          complete ? 'notStarted' : 'cannotStart',
        ),
      ],
    },
  ];
  return (
    <div className="dvc-flow dvc-flow-tasks">
      <h1 className="dvc-flow-title">{definition.name[locale]}</h1>
      <p className="dvc-flow-lead">
        {t('templates.taskList.summary', { done, total: all.length })}
      </p>
      <TaskList sections={taskSections} headingLevel={2} />
    </div>
  );
}
