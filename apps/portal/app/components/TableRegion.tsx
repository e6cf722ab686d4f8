import type { ReactNode } from 'react';

/**
 * The wrapper of a table that may be wider than a phone: it scrolls sideways, so it is a named
 * region in the tab order that keyboard users can focus and scroll with the arrow keys
 * (axe `scrollable-region-focusable`, WCAG 2.1.1).
 */
export function TableRegion({
  labelledBy,
  children,
}: {
  /** The id of the heading (or caption) that names the table. */
  labelledBy: string;
  children: ReactNode;
}) {
  return (
    <div
      className="portal-table-wrap"
      role="region"
      aria-labelledby={labelledBy}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region needs focus
      tabIndex={0}
    >
      {children}
    </div>
  );
}
