import { forwardRef, useId, type HTMLAttributes, type ReactNode } from 'react';
import { useUiTranslation } from '../i18n/use-ui-translation.js';
import { Tag } from '../tag/Tag.js';

export type TaskStatus = 'notStarted' | 'inProgress' | 'completed' | 'cannotStart';

export interface TaskListItem {
  /** Stable id of the task, unique in the list; used for React keys and element ids. */
  id: string;
  /** Name of the task, e.g. "Thông tin người yêu cầu". */
  title: ReactNode;
  /** Where the task starts; without it, or when it cannot start yet, the name is plain text. */
  href?: string;
  /** A short hint under the name. */
  hint?: ReactNode;
  /** Where the person is with this task. */
  status: TaskStatus;
  /** Overrides the catalog status text for this task. */
  statusText?: string;
}

export interface TaskListSection {
  /** Stable id of the section; the index is used without it. */
  id?: string;
  /** Heading of the section, e.g. "Kiểm tra trước khi bắt đầu". */
  title?: ReactNode;
  /** The tasks of the section, in order. */
  items: TaskListItem[];
}

export interface TaskListProps extends HTMLAttributes<HTMLDivElement> {
  /** Sections of tasks; one section without a title for a plain list. */
  sections: TaskListSection[];
  /** Heading level of section titles. */
  headingLevel?: 2 | 3 | 4;
  /** Overrides catalog status texts for the whole list. */
  statusLabels?: Partial<Record<TaskStatus, string>>;
}

const statusKeys = {
  notStarted: 'taskList.notStarted',
  inProgress: 'taskList.inProgress',
  completed: 'taskList.completed',
  cannotStart: 'taskList.cannotStart',
} as const;

function StatusView({ status, text, id }: { status: TaskStatus; text: string; id: string }) {
  if (status === 'notStarted' || status === 'inProgress') {
    return (
      <div className="dvc-task-list__status" id={id}>
        <Tag variant={status === 'notStarted' ? 'info' : 'warning'}>{text}</Tag>
      </div>
    );
  }
  return (
    <div className={`dvc-task-list__status dvc-task-list__status--${status}`} id={id}>
      {text}
    </div>
  );
}

/**
 * The tasks of a long application, grouped in sections, each with its status. A task's link is
 * described by its hint and status, so a screen reader says where the person is with it.
 */
export const TaskList = forwardRef<HTMLDivElement, TaskListProps>(function TaskList(
  { sections, headingLevel = 2, statusLabels, className, ...rest },
  ref,
) {
  const { t } = useUiTranslation();
  const base = useId();
  const Heading = `h${String(headingLevel)}` as 'h2' | 'h3' | 'h4';

  return (
    <div
      ref={ref}
      className={['dvc-task-list-group', className].filter(Boolean).join(' ')}
      {...rest}
    >
      {sections.map((section, sectionIndex) => (
        <div key={section.id ?? sectionIndex} className="dvc-task-list__section">
          {section.title != null && (
            <Heading className="dvc-task-list__heading">{section.title}</Heading>
          )}
          <ul className="dvc-task-list">
            {section.items.map((item) => {
              const statusId = `${base}-${item.id}-status`;
              const hintId = `${base}-${item.id}-hint`;
              const text =
                item.statusText ?? statusLabels?.[item.status] ?? t(statusKeys[item.status]);
              const linked = item.href !== undefined && item.status !== 'cannotStart';
              const describedBy = item.hint != null ? `${hintId} ${statusId}` : statusId;
              return (
                <li
                  key={item.id}
                  className={
                    linked ? 'dvc-task-list__item dvc-task-list__item--link' : 'dvc-task-list__item'
                  }
                >
                  <div className="dvc-task-list__name">
                    {linked ? (
                      <a
                        className="dvc-task-list__link"
                        href={item.href}
                        aria-describedby={describedBy}
                      >
                        {item.title}
                      </a>
                    ) : (
                      <div className="dvc-task-list__text">{item.title}</div>
                    )}
                    {item.hint != null && (
                      <div className="dvc-task-list__hint" id={hintId}>
                        {item.hint}
                      </div>
                    )}
                  </div>
                  <StatusView status={item.status} text={text} id={statusId} />
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
});
