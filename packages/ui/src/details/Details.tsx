import { forwardRef, type DetailsHTMLAttributes, type ReactNode } from 'react';

export interface DetailsProps extends DetailsHTMLAttributes<HTMLDetailsElement> {
  /** The short, always visible line that opens the details, e.g. "Tôi không có căn cước". */
  summary: ReactNode;
  /** The help shown once opened. */
  children: ReactNode;
}

/**
 * Extra help that most people do not need, behind a native `<details>`/`<summary>`: it opens
 * with Enter or Space, is announced as expanded or collapsed, and works without JavaScript.
 */
export const Details = forwardRef<HTMLDetailsElement, DetailsProps>(function Details(
  { summary, className, children, ...rest },
  ref,
) {
  return (
    <details ref={ref} className={['dvc-details', className].filter(Boolean).join(' ')} {...rest}>
      <summary className="dvc-details__summary">
        <span className="dvc-details__summary-text">{summary}</span>
      </summary>
      <div className="dvc-details__text">{children}</div>
    </details>
  );
});
