import { forwardRef, type HTMLAttributes } from 'react';
import { useUiTranslation } from '../i18n/use-ui-translation.js';
import { VisuallyHidden } from '../visually-hidden/VisuallyHidden.js';

export type SpinnerSize = 'small' | 'medium' | 'large';

export interface SpinnerProps extends HTMLAttributes<HTMLSpanElement> {
  /** Overrides the catalog text read to screen readers ("Đang tải, vui lòng chờ"). */
  label?: string;
  /** Shows the label beside the spinner instead of only to screen readers. */
  labelVisible?: boolean;
  /** Size of the circle. */
  size?: SpinnerSize;
}

/**
 * A busy indicator: a polite status with a text label and a turning circle that stops turning
 * when the person asks for reduced motion.
 */
export const Spinner = forwardRef<HTMLSpanElement, SpinnerProps>(function Spinner(
  { label, labelVisible = false, size = 'medium', className, ...rest },
  ref,
) {
  const { t } = useUiTranslation();
  const text = label ?? t('spinner.label');
  return (
    <span
      ref={ref}
      role="status"
      className={['dvc-spinner', `dvc-spinner--${size}`, className].filter(Boolean).join(' ')}
      {...rest}
    >
      <span className="dvc-spinner__circle" aria-hidden="true" />
      {labelVisible ? (
        <span className="dvc-spinner__label">{text}</span>
      ) : (
        <VisuallyHidden>{text}</VisuallyHidden>
      )}
    </span>
  );
});
