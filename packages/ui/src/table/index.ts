export { Table, type TableColumn, type TableProps } from './Table.js';
export {
  nextSortDirection,
  sortRows,
  type SortableColumn,
  type SortDirection,
  type TableSort,
} from './sort-rows.js';
