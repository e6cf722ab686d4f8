import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { useUiTranslation } from '../i18n/use-ui-translation.js';
import { VisuallyHidden } from '../visually-hidden/VisuallyHidden.js';

export interface FooterLink {
  /** The link text. */
  label: string;
  /** Where the link goes. */
  href: string;
}

export interface FooterProps extends HTMLAttributes<HTMLElement> {
  /** Support links, e.g. help, accessibility statement, privacy notice, contact. */
  links?: FooterLink[];
  /** Overrides the visually hidden heading of the links ("Liên kết hỗ trợ"). */
  linksHeading?: string;
  /** Who runs the system, e.g. "UBND tỉnh Thái Nguyên"; written as "Hệ thống do … vận hành". */
  operator?: string;
  /** Who owns the content, e.g. "Văn phòng UBND tỉnh Thái Nguyên"; written as the copyright line. */
  owner?: string;
  /** Overrides the licence line; pass `null` to leave it out. */
  licence?: ReactNode;
  /** Anything else for the meta area: hotline, address, a certification mark. */
  children?: ReactNode;
}

/**
 * The bottom of every page: support links, who runs the system, the licence and the
 * ownership line. A contentinfo landmark; every text comes from props or the catalog.
 */
export const Footer = forwardRef<HTMLElement, FooterProps>(function Footer(
  { links, linksHeading, operator, owner, licence, className, children, ...rest },
  ref,
) {
  const { t } = useUiTranslation();
  const licenceLine = licence === undefined ? t('footer.licence') : licence;
  return (
    <footer
      ref={ref}
      role="contentinfo"
      className={['dvc-footer', className].filter(Boolean).join(' ')}
      {...rest}
    >
      {links !== undefined && links.length > 0 && (
        <div className="dvc-footer__links">
          <h2 className="dvc-footer__links-heading">
            <VisuallyHidden>{linksHeading ?? t('footer.linksHeading')}</VisuallyHidden>
          </h2>
          <ul className="dvc-footer__list">
            {links.map((link) => (
              <li key={link.href} className="dvc-footer__item">
                <a className="dvc-footer__link" href={link.href}>
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="dvc-footer__meta">
        {operator !== undefined && (
          <p className="dvc-footer__operator">{t('footer.operatedBy', { operator })}</p>
        )}
        {children}
        {licenceLine !== null && <p className="dvc-footer__licence">{licenceLine}</p>}
        {owner !== undefined && (
          <p className="dvc-footer__ownership">{t('footer.ownership', { owner })}</p>
        )}
      </div>
    </footer>
  );
});
