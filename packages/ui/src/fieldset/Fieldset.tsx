import { forwardRef, type FieldsetHTMLAttributes, type ReactNode } from 'react';

export interface FieldsetProps extends FieldsetHTMLAttributes<HTMLFieldSetElement> {
  /** The question that groups the controls, rendered as the `<legend>`. */
  legend?: ReactNode;
  /** Wraps the legend text in an `<h1>` when the question is the only one on the page. */
  isPageHeading?: boolean;
  /** Legend text size: `m` for most questions, `l` or `xl` when it is the page heading. */
  legendSize?: 'm' | 'l' | 'xl';
}

/** A native `<fieldset>` with a `<legend>`, for questions answered with several controls. */
export const Fieldset = forwardRef<HTMLFieldSetElement, FieldsetProps>(function Fieldset(
  { legend, isPageHeading = false, legendSize, className, children, ...rest },
  ref,
) {
  const size = legendSize ?? (isPageHeading ? 'l' : 'm');
  return (
    <fieldset ref={ref} className={['dvc-fieldset', className].filter(Boolean).join(' ')} {...rest}>
      {legend != null && (
        <legend className={`dvc-fieldset__legend dvc-fieldset__legend--${size}`}>
          {isPageHeading ? <h1 className="dvc-fieldset__heading">{legend}</h1> : legend}
        </legend>
      )}
      {children}
    </fieldset>
  );
});
