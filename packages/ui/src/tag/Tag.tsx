import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';

export type TagVariant = 'neutral' | 'info' | 'success' | 'warning' | 'error';

export interface TagProps extends HTMLAttributes<HTMLElement> {
  /** Tone of the tag; the text must say the same thing, colour only repeats it. */
  variant?: TagVariant;
  /** A decorative icon shown before the text; it is hidden from assistive technology. */
  icon?: ReactNode;
  /** The text of the tag; always required, a tag is never colour or icon alone. */
  children: ReactNode;
}

/** A short label of state (for example a status) in text, with colour and an optional icon. */
export const Tag = forwardRef<HTMLElement, TagProps>(function Tag(
  { variant = 'neutral', icon, className, children, ...rest },
  ref,
) {
  const classes = ['dvc-tag', `dvc-tag--${variant}`, className].filter(Boolean).join(' ');
  return (
    <strong ref={ref} className={classes} {...rest}>
      {icon != null && (
        <span className="dvc-tag__icon" aria-hidden="true">
          {icon}
        </span>
      )}
      <span className="dvc-tag__text">{children}</span>
    </strong>
  );
});
