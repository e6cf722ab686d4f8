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
 * references `hintId` then `errorId` in its `aria-describedby` (use `joinIds`, or `useFormField`
 * which does both halves).
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

/** The props a single-control field takes besides its text: where the control's id comes from. */
export interface FieldControlProps extends FieldTextProps {
  /** The control's id; defaults to `name`. */
  id?: string;
  /** The control's `name`. */
  name: string;
  /** Ids of more descriptions, read after the hint and the error. */
  'aria-describedby'?: string;
  /** More classes for the control. */
  className?: string;
}

export interface FormFieldOptions {
  /** The control's own classes, given after the shared `dvc-input` ("dvc-select"). */
  controlClass?: string;
  /** The control is invalid for a reason of its own as well as `error` (files refused in the browser). */
  invalid?: boolean;
  /**
   * The id of a description of the control's own, made from the control's id; read after the
   * error and before the caller's `aria-describedby`. Return `false` when there is none.
   */
  describedBy?: (controlId: string) => string | false;
}

/**
 * Splits a single-control component's props in three: `field` for `<FormField>` (label, hint,
 * error), `control` for the native control (`id`, `name`, the shared `dvc-input` class and
 * `dvc-input--error` with an error, `aria-invalid` only with an error, `aria-describedby` hint
 * then error), and `rest`, the control's other props, to spread after.
 */
export function useFormField<P extends FieldControlProps>(
  props: P,
  options: FormFieldOptions = {},
) {
  const {
    label,
    hint,
    error,
    isPageHeading,
    labelSize,
    formGroupClassName,
    id,
    name,
    'aria-describedby': describedBy,
    className,
    ...rest
  } = props;
  const ids = useFieldIds(id, name);
  const field: Omit<FormFieldProps, 'children'> = {
    label,
    hint,
    error,
    isPageHeading,
    labelSize,
    formGroupClassName,
    controlId: ids.id,
    hintId: ids.hintId,
    errorId: ids.errorId,
  };
  const control = {
    id: ids.id,
    name,
    className: ['dvc-input', options.controlClass, error != null && 'dvc-input--error', className]
      .filter(Boolean)
      .join(' '),
    'aria-invalid': error != null || options.invalid === true || undefined,
    'aria-describedby': joinIds(
      hint != null && ids.hintId,
      error != null && ids.errorId,
      options.describedBy?.(ids.id),
      describedBy,
    ),
  };
  return { ids, field, control, rest };
}
