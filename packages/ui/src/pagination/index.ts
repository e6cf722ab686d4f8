export { Pagination, type PaginationProps } from './Pagination.js';
export { paginationItems, type PaginationItem } from './pagination-items.js';
