import { forwardRef, type HTMLAttributes } from 'react';

export type HintProps = HTMLAttributes<HTMLDivElement>;

/** Help text under a label or legend; give it an id and reference it from the control's `aria-describedby`. */
export const Hint = forwardRef<HTMLDivElement, HintProps>(function Hint(
  { className, ...rest },
  ref,
) {
  return <div ref={ref} className={['dvc-hint', className].filter(Boolean).join(' ')} {...rest} />;
});
