import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { useUiTranslation } from '../i18n/use-ui-translation.js';
import { VisuallyHidden } from '../visually-hidden/VisuallyHidden.js';

export interface SummaryListAction {
  /** Where the action goes, e.g. back to the question with `?quay-lai=kiem-tra`. */
  href: string;
  /** Visible text of the link; defaults to the catalog "Thay đổi". */
  label?: ReactNode;
  /** Hidden context read after the label, e.g. "họ và tên"; defaults to the row's key. */
  visuallyHiddenText?: string;
}

export interface SummaryListRow {
  /** Stable React key of the row; the index is used without it. */
  id?: string;
  /** The question or field name. */
  key: ReactNode;
  /** The answer; line breaks in a string are kept; empty shows the "not entered" text. */
  value?: ReactNode;
  /** Links such as "Thay đổi" that lead back to the question. */
  actions?: SummaryListAction[];
}

export interface SummaryListProps extends HTMLAttributes<HTMLDListElement> {
  /** The rows, each a key, a value and optional actions. */
  rows: SummaryListRow[];
  /** Shows the list as a card with this title above it (e.g. "Thông tin người yêu cầu"). */
  cardTitle?: ReactNode;
  /** Heading level of the card title. */
  cardTitleLevel?: 2 | 3 | 4;
  /** Links on the card itself, e.g. to remove a household member. */
  cardActions?: SummaryListAction[];
  /** Overrides the catalog text shown for an empty value ("Chưa nhập"). */
  emptyText?: string;
  /** Overrides the catalog label of action links without their own label ("Thay đổi"). */
  changeLabel?: string;
}

function isEmpty(value: ReactNode): boolean {
  if (value == null || value === false) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

/** The key read as hidden context: a string key with its first letter in lower case. */
function contextOf(key: ReactNode): string | undefined {
  if (typeof key !== 'string') return undefined;
  const text = key.normalize('NFC');
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

function ActionLink({
  action,
  fallbackContext,
  changeLabel,
}: {
  action: SummaryListAction;
  fallbackContext: string | undefined;
  changeLabel: string;
}) {
  const context = action.visuallyHiddenText ?? fallbackContext;
  return (
    <a className="dvc-summary-list__link" href={action.href}>
      {action.label ?? changeLabel}
      {context && (
        <>
          {' '}
          <VisuallyHidden>{context}</VisuallyHidden>
        </>
      )}
    </a>
  );
}

function Actions({
  actions,
  fallbackContext,
  changeLabel,
  className,
}: {
  actions: SummaryListAction[];
  fallbackContext: string | undefined;
  changeLabel: string;
  className: string;
}) {
  if (actions.length === 1 && actions[0]) {
    return (
      <div className={className}>
        <ActionLink
          action={actions[0]}
          fallbackContext={fallbackContext}
          changeLabel={changeLabel}
        />
      </div>
    );
  }
  return (
    <ul className={`${className} dvc-summary-list__action-list`}>
      {actions.map((action) => (
        <li key={action.href}>
          <ActionLink action={action} fallbackContext={fallbackContext} changeLabel={changeLabel} />
        </li>
      ))}
    </ul>
  );
}

/**
 * A list of keys and values (check your answers, an application's details) as a `<dl>`, with
 * change links that say which answer they change to screen-reader users.
 */
export const SummaryList = forwardRef<HTMLDListElement, SummaryListProps>(function SummaryList(
  { rows, cardTitle, cardTitleLevel = 2, cardActions, emptyText, changeLabel, className, ...rest },
  ref,
) {
  const { t } = useUiTranslation();
  const change = changeLabel ?? t('summaryList.change');
  const empty = emptyText ?? t('summaryList.empty');
  const withActions = rows.some((row) => row.actions && row.actions.length > 0);
  const classes = ['dvc-summary-list', withActions && 'dvc-summary-list--with-actions', className]
    .filter(Boolean)
    .join(' ');

  const list = (
    <dl ref={ref} className={classes} {...rest}>
      {rows.map((row, index) => {
        const blank = isEmpty(row.value);
        return (
          <div key={row.id ?? index} className="dvc-summary-list__row">
            <dt className="dvc-summary-list__key">{row.key}</dt>
            <dd
              className={['dvc-summary-list__value', blank && 'dvc-summary-list__value--empty']
                .filter(Boolean)
                .join(' ')}
            >
              {blank ? empty : row.value}
            </dd>
            {row.actions && row.actions.length > 0 && (
              <dd className="dvc-summary-list__actions">
                <Actions
                  actions={row.actions}
                  fallbackContext={contextOf(row.key)}
                  changeLabel={change}
                  className="dvc-summary-list__actions-inner"
                />
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );

  if (cardTitle == null) return list;
  const Heading = `h${String(cardTitleLevel)}` as 'h2' | 'h3' | 'h4';
  return (
    <section className="dvc-summary-card">
      <div className="dvc-summary-card__header">
        <Heading className="dvc-summary-card__title">{cardTitle}</Heading>
        {cardActions && cardActions.length > 0 && (
          <Actions
            actions={cardActions}
            fallbackContext={typeof cardTitle === 'string' ? contextOf(cardTitle) : undefined}
            changeLabel={change}
            className="dvc-summary-card__actions"
          />
        )}
      </div>
      <div className="dvc-summary-card__body">{list}</div>
    </section>
  );
});
