import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { useUiTranslation } from '../i18n/use-ui-translation.js';

export type Phase = 'alpha' | 'beta' | 'demo';

export interface PhaseBannerProps extends HTMLAttributes<HTMLDivElement> {
  /** How finished the service is: `alpha` ("Thử nghiệm"), `beta` or `demo` ("Bản trình diễn"). */
  phase: Phase;
  /** Where people send feedback about the service; a plain link. */
  feedbackHref: string;
  /** Overrides the tag text of the phase. */
  tag?: string;
  /** Replaces the whole sentence (and its feedback link) with your own content. */
  children?: ReactNode;
}

/**
 * A line under the header saying the service is new and asking for feedback. The phase is
 * written as text in a tag, never shown by colour alone.
 */
export const PhaseBanner = forwardRef<HTMLDivElement, PhaseBannerProps>(function PhaseBanner(
  { phase, feedbackHref, tag, className, children, ...rest },
  ref,
) {
  const { t } = useUiTranslation();
  return (
    <div
      ref={ref}
      className={['dvc-phase-banner', `dvc-phase-banner--${phase}`, className]
        .filter(Boolean)
        .join(' ')}
      {...rest}
    >
      <p className="dvc-phase-banner__content">
        <strong className="dvc-phase-banner__tag">{tag ?? t(`phaseBanner.${phase}`)}</strong>
        <span className="dvc-phase-banner__text">
          {children ?? (
            <>
              {t('phaseBanner.textBefore')}
              <a className="dvc-phase-banner__link" href={feedbackHref}>
                {t('phaseBanner.feedbackLink')}
              </a>
              {t('phaseBanner.textAfter')}
            </>
          )}
        </span>
      </p>
    </div>
  );
});
