import { forwardRef, type AnchorHTMLAttributes, type ReactNode } from 'react';
import { useUiTranslation } from '../i18n/use-ui-translation.js';

export interface BackLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  /** Where "back" goes: the previous step's real URL, so the link works without JavaScript. */
  href: string;
  /** Overrides the link text ("Quay lại"). */
  children?: ReactNode;
}

/**
 * A link to the previous page of a journey, with an arrow. Place it above the page heading,
 * before `<main>` content starts. Always a real URL, never `history.back()`.
 */
export const BackLink = forwardRef<HTMLAnchorElement, BackLinkProps>(function BackLink(
  { href, className, children, ...rest },
  ref,
) {
  const { t } = useUiTranslation();
  return (
    <a
      ref={ref}
      href={href}
      className={['dvc-back-link', className].filter(Boolean).join(' ')}
      {...rest}
    >
      {children ?? t('backLink.label')}
    </a>
  );
});
