import { useId, type ReactNode } from 'react';
import { ErrorMessage } from '../error-message/ErrorMessage.js';
import { Hint } from '../hint/Hint.js';
import { Label } from '../label/Label.js';

/** Props every single-control field shares: the question, its help and its error. */
export interface FieldTextProps {
  /** The question, rendered as the control's `<label>`. */
  label: ReactNode;
  /** Help under the label; linked to the control with `aria-describedby`. */
  hint?: ReactNode;
  /** The error to fix; marks the control invalid and is linked after the hint. */
  error?: ReactNode;
  /** Wraps the label in an `<h1>` when the question is the only one on the page. */
  isPageHeading?: boolean;
  /** Label text size. */
  labelSize?: 'm' | 'l' | 'xl';
  /** Class for the wrapping form group. */
  formGroupClassName?: string;
}

/** Joins the ids a control is described by, in order, skipping empty ones. */
export function joinIds(...ids: (string | false | null | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}

/** A stable id for a field (`id`, else `name`, else a generated one) and the ids of its hint and error. */
export function useFieldIds(id: string | undefined, name: string | undefined) {
  const generated = useId();
  const fieldId = id ?? name ?? `dvc${generated.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return { id: fieldId, hintId: `${fieldId}-hint`, errorId: `${fieldId}-error` };
}

export interface FormFieldProps extends Omit<FieldTextProps, 'label'> {
  /** The question; a `<label for>` unless `as` is `legend`-less content handled by the caller. */
  label: ReactNode;
  /** The id of the control the label names. */
  controlId: string;
  /** The id given to the hint. */
  hintId: string;
  /** The id given to the error message. */
  errorId: string;
  /** Content after the error, usually the control. */
  children: ReactNode;
}

/**
 * The label, hint and error of one control, wired once for every input of the kit: the control
 * references `hintId` then `errorId` in its `aria-describedby` (use `joinIds`).
 */
export function FormField({
  label,
  hint,
  error,
  isPageHeading,
  labelSize,
  formGroupClassName,
  controlId,
  hintId,
  errorId,
  children,
}: FormFieldProps) {
  const classes = ['dvc-form-group', error != null && 'dvc-form-group--error', formGroupClassName]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={classes}>
      <Label htmlFor={controlId} isPageHeading={isPageHeading} size={labelSize}>
        {label}
      </Label>
      {hint != null && <Hint id={hintId}>{hint}</Hint>}
      {error != null && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      {children}
    </div>
  );
}
