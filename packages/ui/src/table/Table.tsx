'use client';

import {
  forwardRef,
  useEffect,
  useId,
  useRef,
  useState,
  type ForwardedRef,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
  type Ref,
  type TableHTMLAttributes,
} from 'react';
import { useUiTranslation } from '../i18n/use-ui-translation.js';
import { VisuallyHidden } from '../visually-hidden/VisuallyHidden.js';
import { nextSortDirection, type SortDirection, type TableSort } from './sort-rows.js';

export interface TableColumn<Row> {
  /** Stable id of the column; also the property of a row shown when there is no `cell`. */
  key: string;
  /** Header text; it also names the column in the sort announcement. */
  header: string;
  /** Numbers, amounts and dates: aligned to the end so digits line up. */
  numeric?: boolean;
  /** Lets people sort by this column (needs `onSortChange` or `sortHref`). */
  sortable?: boolean;
  /** Cells of this column are row headers (`<th scope="row">`), e.g. the application code. */
  rowHeader?: boolean;
  /** Renders a cell; without it the row's `key` property is shown. */
  cell?: (row: Row) => ReactNode;
  /** The value `sortRows` sorts by; without it the row's `key` property. */
  sortValue?: (row: Row) => string | number | Date | null | undefined;
}

export interface TableProps<Row> extends Omit<TableHTMLAttributes<HTMLTableElement>, 'children'> {
  /** What the table shows; required, it names the table and its scroll area. */
  caption: ReactNode;
  /** The columns, in order. */
  columns: readonly TableColumn<Row>[];
  /** The rows, already in the order to show (see `sortRows`). */
  rows: readonly Row[];
  /** A stable key for each row; the index is used without it. */
  rowKey?: (row: Row, index: number) => string;
  /** The current sort (controlled). */
  sort?: TableSort;
  /** Called with the sort a header button or link asks for. */
  onSortChange?: (sort: TableSort) => void;
  /** URL of the page sorted by a column, so headers are links that work without JavaScript. */
  sortHref?: (column: string, direction: SortDirection) => string;
  /** Overrides the catalog texts announced after a sort; `{{column}}` is the header. */
  sortAnnouncement?: Partial<Record<SortDirection, string>>;
}

function SortIcon({ direction }: { direction: SortDirection | undefined }) {
  return (
    <svg
      className="dvc-table__sort-icon"
      viewBox="0 0 12 16"
      width="12"
      height="16"
      fill="currentColor"
      focusable="false"
      aria-hidden="true"
    >
      {direction !== 'descending' && <path d="M6 1 11 7H1z" />}
      {direction !== 'ascending' && <path d="M6 15 1 9h10z" />}
    </svg>
  );
}

function cellClass(numeric: boolean | undefined): string {
  return numeric ? 'dvc-table__cell dvc-table__cell--numeric' : 'dvc-table__cell';
}

function cellContent<Row>(column: TableColumn<Row>, row: Row): ReactNode {
  if (column.cell) return column.cell(row);
  const value = (row as Record<string, unknown>)[column.key];
  return typeof value === 'string' || typeof value === 'number' ? value : null;
}

function TableInner<Row>(
  {
    caption,
    columns,
    rows,
    rowKey,
    sort,
    onSortChange,
    sortHref,
    sortAnnouncement,
    className,
    ...rest
  }: TableProps<Row>,
  ref: ForwardedRef<HTMLTableElement>,
) {
  const { t } = useUiTranslation();
  const captionId = `${useId()}-caption`;

  // Announce a sort that changed while the page is open (not the sort the page loaded with).
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef(sort ? `${sort.column}:${sort.direction}` : '');
  const sortedHeader = columns.find((c) => c.key === sort?.column)?.header;
  useEffect(() => {
    const current = sort ? `${sort.column}:${sort.direction}` : '';
    if (current === previous.current) return;
    previous.current = current;
    if (!sort || sortedHeader === undefined) return;
    const override = sortAnnouncement?.[sort.direction];
    setAnnouncement(
      override
        ? override.replaceAll('{{column}}', sortedHeader)
        : t(sort.direction === 'ascending' ? 'table.sortedAscending' : 'table.sortedDescending', {
            column: sortedHeader,
          }),
    );
  }, [sort, sortedHeader, sortAnnouncement, t]);

  function header(column: TableColumn<Row>) {
    const sorted = sort?.column === column.key ? sort.direction : undefined;
    const canSort = column.sortable && (onSortChange ?? sortHref);
    const classes = ['dvc-table__header', column.numeric && 'dvc-table__header--numeric']
      .filter(Boolean)
      .join(' ');
    if (!canSort) {
      return (
        <th key={column.key} scope="col" className={classes}>
          {column.header}
        </th>
      );
    }
    const next = nextSortDirection(column.key, sort);
    const request = () => onSortChange?.({ column: column.key, direction: next });
    const inner = (
      <>
        <span>{column.header}</span>
        <SortIcon direction={sorted} />
      </>
    );
    return (
      <th key={column.key} scope="col" className={classes} aria-sort={sorted ?? 'none'}>
        {sortHref ? (
          <a
            className="dvc-table__sort"
            href={sortHref(column.key, next)}
            onClick={
              onSortChange
                ? (event: MouseEvent<HTMLAnchorElement>) => {
                    event.preventDefault();
                    request();
                  }
                : undefined
            }
          >
            {inner}
          </a>
        ) : (
          <button type="button" className="dvc-table__sort" onClick={request}>
            {inner}
          </button>
        )}
      </th>
    );
  }

  return (
    <div className="dvc-table">
      {/* A scrolling area must be reachable by keyboard to scroll it (WCAG 2.1.1). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="dvc-table__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table
          ref={ref}
          className={['dvc-table__table', className].filter(Boolean).join(' ')}
          {...rest}
        >
          <caption id={captionId} className="dvc-table__caption">
            {caption}
          </caption>
          <thead>
            <tr>{columns.map(header)}</tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={rowKey ? rowKey(row, index) : index}>
                {columns.map((column) => {
                  const classes = cellClass(column.numeric);
                  return column.rowHeader ? (
                    <th key={column.key} scope="row" className={classes}>
                      {cellContent(column, row)}
                    </th>
                  ) : (
                    <td key={column.key} className={classes}>
                      {cellContent(column, row)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <VisuallyHidden role="status">{announcement}</VisuallyHidden>
    </div>
  );
}

/**
 * A data table with a required caption, header scopes, end-aligned numbers, a keyboard-scrollable
 * area on narrow screens, and optional sorting by buttons (controlled) or links (server-sorted).
 */
export const Table = forwardRef(TableInner) as <Row>(
  props: TableProps<Row> & { ref?: Ref<HTMLTableElement> },
) => ReactElement;
