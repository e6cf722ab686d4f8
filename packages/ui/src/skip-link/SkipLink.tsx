import { forwardRef, type AnchorHTMLAttributes } from 'react';
import { useUiTranslation } from '../i18n/use-ui-translation.js';

export interface SkipLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  /** The fragment of the main content; give that element the same id and `tabIndex={-1}`. */
  href?: string;
  /** Overrides the link text ("Bỏ qua, đến nội dung chính"). */
  children?: string;
}

/**
 * The first link on a page: hidden until it takes keyboard focus, then jumps past the header
 * to the main content. A plain fragment link, so it works without JavaScript.
 */
export const SkipLink = forwardRef<HTMLAnchorElement, SkipLinkProps>(function SkipLink(
  { href = '#noi-dung', className, children, ...rest },
  ref,
) {
  const { t } = useUiTranslation();
  return (
    <a
      ref={ref}
      href={href}
      className={['dvc-skip-link', className].filter(Boolean).join(' ')}
      {...rest}
    >
      {children ?? t('skipLink.label')}
    </a>
  );
});
