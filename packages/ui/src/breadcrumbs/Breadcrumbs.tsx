import { forwardRef, type HTMLAttributes } from 'react';
import { useUiTranslation } from '../i18n/use-ui-translation.js';

export interface BreadcrumbItem {
  /** The page's name as it reads in its own heading. */
  label: string;
  /** Where the crumb goes; leave out on the last item, the current page. */
  href?: string;
}

export interface BreadcrumbsProps extends HTMLAttributes<HTMLElement> {
  /** The pages from the home page down to the current one, which comes last. */
  items: BreadcrumbItem[];
  /** On narrow screens show only the first and the last two items (the parent and the current page). */
  collapseOnMobile?: boolean;
  /** Overrides the navigation's accessible name ("Đường dẫn"). */
  label?: string;
}

/**
 * Where the current page sits in the site: a navigation landmark holding an ordered list of
 * links, with the current page last, marked `aria-current="page"` and not linked.
 */
export const Breadcrumbs = forwardRef<HTMLElement, BreadcrumbsProps>(function Breadcrumbs(
  { items, collapseOnMobile = true, label, className, ...rest },
  ref,
) {
  const { t } = useUiTranslation();
  const classes = [
    'dvc-breadcrumbs',
    collapseOnMobile && 'dvc-breadcrumbs--collapse-on-mobile',
    className,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <nav ref={ref} aria-label={label ?? t('breadcrumbs.label')} className={classes} {...rest}>
      <ol className="dvc-breadcrumbs__list">
        {items.map((item, index) => {
          const last = index === items.length - 1;
          return (
            <li
              key={`${String(index)}-${item.label}`}
              className={[
                'dvc-breadcrumbs__item',
                index > 0 && index < items.length - 2 && 'dvc-breadcrumbs__item--middle',
              ]
                .filter(Boolean)
                .join(' ')}
            >
              {last || item.href === undefined ? (
                <span className="dvc-breadcrumbs__current" aria-current={last ? 'page' : undefined}>
                  {item.label}
                </span>
              ) : (
                <a className="dvc-breadcrumbs__link" href={item.href}>
                  {item.label}
                </a>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
});
