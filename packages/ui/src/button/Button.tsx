import { forwardRef, type ButtonHTMLAttributes, type MouseEvent } from 'react';
import { useUiTranslation } from '../i18n/use-ui-translation.js';
import { VisuallyHidden } from '../visually-hidden/VisuallyHidden.js';

export type ButtonVariant = 'primary' | 'secondary' | 'warning';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Visual weight: `primary` for the main action, `secondary` for others, `warning` for destructive ones. */
  variant?: ButtonVariant;
  /** Shows a spinner and ignores presses while work is under way; the label stays readable and focus stays. */
  busy?: boolean;
  /** Overrides the text announced after the label while busy. */
  busyLabel?: string;
}

/** A native button with the kit's variants and a busy state that never hides its label. */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  {
    variant = 'primary',
    busy = false,
    busyLabel,
    className,
    type = 'submit',
    onClick,
    children,
    ...rest
  },
  ref,
) {
  const { t } = useUiTranslation();
  const classes = ['dvc-button', `dvc-button--${variant}`, busy && 'dvc-button--busy', className]
    .filter(Boolean)
    .join(' ');

  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    if (busy) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  }

  return (
    <button
      ref={ref}
      type={type}
      className={classes}
      aria-disabled={busy || undefined}
      onClick={handleClick}
      {...rest}
    >
      {busy && <span className="dvc-button__spinner" aria-hidden="true" />}
      <span className="dvc-button__label">{children}</span>
      {busy && ' '}
      {busy && <VisuallyHidden>({busyLabel ?? t('button.busy')})</VisuallyHidden>}
    </button>
  );
});
