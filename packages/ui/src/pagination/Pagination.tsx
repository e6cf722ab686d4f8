import { forwardRef, type HTMLAttributes } from 'react';
import { useUiTranslation } from '../i18n/use-ui-translation.js';
import { paginationItems } from './pagination-items.js';

export interface PaginationProps extends HTMLAttributes<HTMLElement> {
  /** The page being shown, counting from 1. */
  page: number;
  /** How many pages there are in all. */
  pageCount: number;
  /** The URL of a page, e.g. `(p) => '?trang=' + p`; every control is a plain link. */
  hrefFor: (page: number) => string;
  /** Overrides the navigation's accessible name ("Phân trang"). */
  label?: string;
  /** Overrides the previous-page link text ("Trang trước"). */
  previousLabel?: string;
  /** Overrides the next-page link text ("Trang sau"). */
  nextLabel?: string;
  /** Overrides the accessible name of a numbered link ("Trang 3"). */
  pageLabel?: (page: number) => string;
}

/**
 * Links between the pages of a long list: previous and next, the first and last pages, the
 * current page and its neighbours, with an ellipsis for the rest. Works without JavaScript.
 */
export const Pagination = forwardRef<HTMLElement, PaginationProps>(function Pagination(
  { page, pageCount, hrefFor, label, previousLabel, nextLabel, pageLabel, className, ...rest },
  ref,
) {
  const { t } = useUiTranslation();
  const count = Math.max(1, Math.floor(pageCount));
  const current = Math.min(Math.max(1, Math.floor(page)), count);
  const nameOf = pageLabel ?? ((p: number) => t('pagination.page', { page: p }));
  if (count <= 1) return null;
  return (
    <nav
      ref={ref}
      aria-label={label ?? t('pagination.label')}
      className={['dvc-pagination', className].filter(Boolean).join(' ')}
      {...rest}
    >
      {current > 1 && (
        <a
          className="dvc-pagination__link dvc-pagination__prev"
          href={hrefFor(current - 1)}
          rel="prev"
        >
          <span className="dvc-pagination__arrow" aria-hidden="true" />
          {previousLabel ?? t('pagination.previous')}
        </a>
      )}
      <ul className="dvc-pagination__list">
        {paginationItems(current, count).map((item, index) =>
          item.type === 'ellipsis' ? (
            <li key={`gap-${String(index)}`} className="dvc-pagination__item dvc-pagination__gap">
              …
            </li>
          ) : (
            <li key={item.page} className="dvc-pagination__item">
              <a
                className={[
                  'dvc-pagination__link',
                  'dvc-pagination__number',
                  item.page === current && 'dvc-pagination__number--current',
                ]
                  .filter(Boolean)
                  .join(' ')}
                href={hrefFor(item.page)}
                aria-label={nameOf(item.page)}
                aria-current={item.page === current ? 'page' : undefined}
              >
                {item.page}
              </a>
            </li>
          ),
        )}
      </ul>
      {current < count && (
        <a
          className="dvc-pagination__link dvc-pagination__next"
          href={hrefFor(current + 1)}
          rel="next"
        >
          {nextLabel ?? t('pagination.next')}
          <span className="dvc-pagination__arrow" aria-hidden="true" />
        </a>
      )}
    </nav>
  );
});
