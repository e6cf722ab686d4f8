/** One entry of a pagination list: a page number, or a gap of two or more left-out pages. */
export type PaginationItem = { type: 'page'; page: number } | { type: 'ellipsis' };

/**
 * The pages to list around `page` of `pageCount`: always the first, the last, the current one
 * and its neighbours; a gap of one page shows that page, a longer gap shows an ellipsis.
 */
export function paginationItems(page: number, pageCount: number): PaginationItem[] {
  const count = Math.max(1, Math.floor(pageCount));
  const current = Math.min(Math.max(1, Math.floor(page)), count);
  const shown = new Set([1, count, current - 1, current, current + 1]);
  const pages = [...shown].filter((p) => p >= 1 && p <= count).sort((a, b) => a - b);
  const items: PaginationItem[] = [];
  let previous = 0;
  for (const p of pages) {
    if (p - previous === 2) items.push({ type: 'page', page: p - 1 });
    else if (p - previous > 2) items.push({ type: 'ellipsis' });
    items.push({ type: 'page', page: p });
    previous = p;
  }
  return items;
}
