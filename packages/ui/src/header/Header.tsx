import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { useUiTranslation } from '../i18n/use-ui-translation.js';

export interface HeaderNavigationItem {
  /** The link text. */
  label: string;
  /** Where the link goes. */
  href: string;
  /** True for the section the current page belongs to; it is marked `aria-current="page"`. */
  current?: boolean;
}

export interface HeaderProps extends HTMLAttributes<HTMLElement> {
  /** The national emblem or the organisation's logo; give an image `alt=""`, the name is written beside it. */
  emblem?: ReactNode;
  /** The organisation running the portal ("Cổng Dịch vụ công" by default). */
  organisationName?: string;
  /** Where the organisation name links to; without it the name is plain text. */
  organisationHref?: string;
  /** The name of this service, e.g. "Đăng ký khai sinh"; linked to `serviceHref`. */
  serviceName?: string;
  /** The service's start page. */
  serviceHref?: string;
  /** The language switcher (usually a `LanguageSwitcher`). */
  languageSwitcher?: ReactNode;
  /** The signed-in user's name and a sign-out link or form. */
  user?: ReactNode;
  /** The main sections of the site; they wrap onto new lines on narrow screens, no menu button. */
  navigation?: HeaderNavigationItem[];
  /** Overrides the accessible name of the navigation ("Danh mục chính"). */
  navigationLabel?: string;
}

/**
 * The top of every page: who runs the site, the service's name, the language switcher, the
 * signed-in user and the main navigation. A banner landmark; nothing in it needs JavaScript.
 */
export const Header = forwardRef<HTMLElement, HeaderProps>(function Header(
  {
    emblem,
    organisationName,
    organisationHref,
    serviceName,
    serviceHref = '/',
    languageSwitcher,
    user,
    navigation,
    navigationLabel,
    className,
    ...rest
  },
  ref,
) {
  const { t } = useUiTranslation();
  const organisation = (
    <>
      {emblem !== undefined && <span className="dvc-header__emblem">{emblem}</span>}
      <span className="dvc-header__organisation-name">
        {organisationName ?? t('header.organisation')}
      </span>
    </>
  );
  return (
    <header
      ref={ref}
      role="banner"
      className={['dvc-header', className].filter(Boolean).join(' ')}
      {...rest}
    >
      <div className="dvc-header__bar">
        <div className="dvc-header__identity">
          {organisationHref === undefined ? (
            <span className="dvc-header__organisation">{organisation}</span>
          ) : (
            <a className="dvc-header__organisation dvc-header__link" href={organisationHref}>
              {organisation}
            </a>
          )}
          {serviceName !== undefined && (
            <a className="dvc-header__service dvc-header__link" href={serviceHref}>
              {serviceName}
            </a>
          )}
        </div>
        {(languageSwitcher !== undefined || user !== undefined) && (
          <div className="dvc-header__tools">
            {languageSwitcher !== undefined && (
              <div className="dvc-header__languages">{languageSwitcher}</div>
            )}
            {user !== undefined && <div className="dvc-header__user">{user}</div>}
          </div>
        )}
      </div>
      {navigation !== undefined && navigation.length > 0 && (
        <nav
          className="dvc-header__navigation"
          aria-label={navigationLabel ?? t('header.navigationLabel')}
        >
          <ul className="dvc-header__navigation-list">
            {navigation.map((item) => (
              <li key={item.href} className="dvc-header__navigation-item">
                <a
                  className={[
                    'dvc-header__navigation-link',
                    item.current && 'dvc-header__navigation-link--current',
                  ]
                    .filter(Boolean)
                    .join(' ')}
                  href={item.href}
                  aria-current={item.current ? 'page' : undefined}
                >
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
});
