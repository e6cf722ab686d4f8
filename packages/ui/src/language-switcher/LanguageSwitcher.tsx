import { forwardRef, type HTMLAttributes } from 'react';
import { useUiTranslation } from '../i18n/use-ui-translation.js';

export interface LanguageOption {
  /** BCP 47 code of the language, e.g. `vi` or `en`. */
  code: string;
  /** The language's name in that language itself, e.g. "Tiếng Việt", "English". */
  label: string;
  /** The same page in that language, so switching works without JavaScript. */
  href: string;
}

export interface LanguageSwitcherProps extends HTMLAttributes<HTMLElement> {
  /** Code of the language the page is in; it is shown but not linked. */
  current: string;
  /** Every language the page is available in, in the order to show them. */
  languages: LanguageOption[];
  /** Overrides the navigation's accessible name ("Ngôn ngữ"). */
  label?: string;
}

/**
 * Plain links to the same page in other languages. Each name is written and marked up in its
 * own language, so a screen reader pronounces it correctly; the current language is not a link.
 */
export const LanguageSwitcher = forwardRef<HTMLElement, LanguageSwitcherProps>(
  function LanguageSwitcher({ current, languages, label, className, ...rest }, ref) {
    const { t } = useUiTranslation();
    return (
      <nav
        ref={ref}
        aria-label={label ?? t('languageSwitcher.label')}
        className={['dvc-language-switcher', className].filter(Boolean).join(' ')}
        {...rest}
      >
        <ul className="dvc-language-switcher__list">
          {languages.map((language) => (
            <li key={language.code} className="dvc-language-switcher__item">
              {language.code === current ? (
                <span
                  className="dvc-language-switcher__current"
                  lang={language.code}
                  aria-current="true"
                >
                  {language.label}
                </span>
              ) : (
                <a
                  className="dvc-language-switcher__link"
                  href={language.href}
                  lang={language.code}
                  hrefLang={language.code}
                >
                  {language.label}
                </a>
              )}
            </li>
          ))}
        </ul>
      </nav>
    );
  },
);
