import { forwardRef, type LabelHTMLAttributes } from 'react';

export interface LabelProps extends LabelHTMLAttributes<HTMLLabelElement> {
  /** Wraps the label in an `<h1>` when the question is the only one on the page. */
  isPageHeading?: boolean;
  /** Text size: `m` for most questions, `l` or `xl` for a question that is the page heading. */
  size?: 'm' | 'l' | 'xl';
}

/** A native `<label>` for one control; as a page heading it sits inside an `<h1>`. */
export const Label = forwardRef<HTMLLabelElement, LabelProps>(function Label(
  { isPageHeading = false, size, className, children, ...rest },
  ref,
) {
  const resolvedSize = size ?? (isPageHeading ? 'l' : 'm');
  const classes = ['dvc-label', `dvc-label--${resolvedSize}`, className].filter(Boolean).join(' ');
  const label = (
    <label ref={ref} className={classes} {...rest}>
      {children}
    </label>
  );
  return isPageHeading ? <h1 className="dvc-label__heading">{label}</h1> : label;
});
