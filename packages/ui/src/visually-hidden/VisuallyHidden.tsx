import { forwardRef, type HTMLAttributes } from 'react';

export type VisuallyHiddenProps = HTMLAttributes<HTMLSpanElement>;

/** Text read by screen readers but not shown on screen. */
export const VisuallyHidden = forwardRef<HTMLSpanElement, VisuallyHiddenProps>(
  function VisuallyHidden({ className, ...rest }, ref) {
    return (
      <span
        ref={ref}
        className={['dvc-visually-hidden', className].filter(Boolean).join(' ')}
        {...rest}
      />
    );
  },
);
