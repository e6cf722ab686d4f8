/** The direction of a sorted column, spelled as `aria-sort` spells it. */
export type SortDirection = 'ascending' | 'descending';

/** Which column a table is sorted by, and which way. */
export interface TableSort {
  /** The `key` of the sorted column. */
  column: string;
  /** Which way it is sorted. */
  direction: SortDirection;
}

/** What `sortRows` needs to know about a column. */
export interface SortableColumn<Row> {
  key: string;
  sortValue?: (row: Row) => string | number | Date | null | undefined;
}

const collator = new Intl.Collator('vi', { numeric: true });

type Sortable = string | number | Date;

function compareValues(a: Sortable, b: Sortable): number {
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const text = (v: Sortable) => (v instanceof Date ? v.toISOString() : String(v));
  return collator.compare(text(a), text(b));
}

/**
 * A sorted copy of `rows`: numbers by value, dates by time, text in Vietnamese order
 * (`Intl.Collator('vi')`, so "Đ" follows "D" and digits count as numbers). Empty values go
 * last in both directions; equal rows keep their order. Usable on a server for sort links.
 */
export function sortRows<Row>(
  rows: readonly Row[],
  columns: readonly SortableColumn<Row>[],
  sort: TableSort | undefined,
): Row[] {
  const copy = [...rows];
  if (!sort) return copy;
  const column = columns.find((c) => c.key === sort.column);
  if (!column) return copy;
  const valueOf =
    column.sortValue ?? ((row: Row) => (row as Record<string, unknown>)[column.key] as Sortable);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return copy
    .map((row, index) => ({ row, index, value: valueOf(row) }))
    .sort((x, y) => {
      const xEmpty = x.value == null || x.value === '';
      const yEmpty = y.value == null || y.value === '';
      if (xEmpty || yEmpty) return xEmpty === yEmpty ? x.index - y.index : xEmpty ? 1 : -1;
      return sign * compareValues(x.value as Sortable, y.value as Sortable) || x.index - y.index;
    })
    .map((entry) => entry.row);
}

/** The direction a click on a column header asks for: ascending first, then it flips. */
export function nextSortDirection(column: string, sort: TableSort | undefined): SortDirection {
  return sort?.column === column && sort.direction === 'ascending' ? 'descending' : 'ascending';
}
