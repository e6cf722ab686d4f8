'use client';

import {
  forwardRef,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useUiTranslation } from '../i18n/use-ui-translation.js';
import { VisuallyHidden } from '../visually-hidden/VisuallyHidden.js';

export interface AccordionSection {
  /** The section's heading; phrasing content only, since it sits inside a button. */
  heading: ReactNode;
  /** A short line under the heading saying what the section holds. */
  summary?: ReactNode;
  /** The section's content, shown when the section is open. */
  content: ReactNode;
  /** Starts open once the page's JavaScript has run (without JavaScript every section is open). */
  defaultOpen?: boolean;
}

export interface AccordionProps extends HTMLAttributes<HTMLDivElement> {
  /** The sections, in order. */
  sections: AccordionSection[];
  /** The level of the section headings, to fit the page's outline. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Overrides the text of the control that opens every section ("Mở tất cả"). */
  showAllLabel?: string;
  /** Overrides the text of the control that closes every section ("Đóng tất cả"). */
  hideAllLabel?: string;
  /** Overrides the word on a closed section's button ("Mở"). */
  showSectionLabel?: string;
  /** Overrides the word on an open section's button ("Đóng"). */
  hideSectionLabel?: string;
  /** Overrides the hidden words after that word, for screen readers ("mục này"). */
  thisSectionLabel?: string;
}

const noSubscription = () => () => undefined;

/** False in the server HTML and while hydrating it, true once the page's JavaScript runs. */
function useEnhanced(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/**
 * Sections that open and close under their headings. Without JavaScript (and in the server
 * HTML) every section is shown open under a plain heading; once hydrated each heading becomes
 * a button with `aria-expanded`, per the ARIA APG accordion pattern.
 */
export const Accordion = forwardRef<HTMLDivElement, AccordionProps>(function Accordion(
  {
    sections,
    headingLevel = 2,
    showAllLabel,
    hideAllLabel,
    showSectionLabel,
    hideSectionLabel,
    thisSectionLabel,
    id,
    className,
    ...rest
  },
  ref,
) {
  const { t } = useUiTranslation();
  const generatedId = useId();
  const prefix = id ?? generatedId;
  const enhanced = useEnhanced();
  const [open, setOpen] = useState<boolean[]>(() =>
    sections.map((section) => section.defaultOpen ?? false),
  );
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const Heading = `h${String(headingLevel)}` as 'h2';

  const isOpen = (index: number) => !enhanced || (open[index] ?? false);
  const allOpen = sections.every((_, index) => isOpen(index));

  function toggle(index: number) {
    setOpen((previous) =>
      sections.map((_, i) => (i === index ? !(previous[i] ?? false) : (previous[i] ?? false))),
    );
  }

  function setAll(value: boolean) {
    setOpen(sections.map(() => value));
  }

  function onButtonKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const last = sections.length - 1;
    const target = {
      ArrowDown: index === last ? 0 : index + 1,
      ArrowUp: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    buttons.current[target]?.focus();
  }

  return (
    <div
      ref={ref}
      id={id}
      className={['dvc-accordion', enhanced && 'dvc-accordion--enhanced', className]
        .filter(Boolean)
        .join(' ')}
      {...rest}
    >
      {enhanced && sections.length > 1 && (
        <div className="dvc-accordion__controls">
          <button
            type="button"
            className="dvc-accordion__show-all"
            aria-expanded={allOpen}
            onClick={() => {
              setAll(!allOpen);
            }}
          >
            <span className="dvc-accordion__chevron" aria-hidden="true" />
            {allOpen
              ? (hideAllLabel ?? t('accordion.hideAll'))
              : (showAllLabel ?? t('accordion.showAll'))}
          </button>
        </div>
      )}
      {sections.map((section, index) => {
        const headingId = `${prefix}-heading-${String(index + 1)}`;
        const contentId = `${prefix}-content-${String(index + 1)}`;
        const expanded = isOpen(index);
        return (
          <div
            key={headingId}
            className={['dvc-accordion__section', expanded && 'dvc-accordion__section--expanded']
              .filter(Boolean)
              .join(' ')}
          >
            <Heading className="dvc-accordion__heading">
              {enhanced ? (
                <button
                  ref={(element) => {
                    buttons.current[index] = element;
                  }}
                  type="button"
                  id={headingId}
                  className="dvc-accordion__button"
                  aria-expanded={expanded}
                  aria-controls={contentId}
                  onClick={() => {
                    toggle(index);
                  }}
                  onKeyDown={(event) => {
                    onButtonKeyDown(event, index);
                  }}
                >
                  <span className="dvc-accordion__heading-text">{section.heading}</span>
                  <VisuallyHidden>,</VisuallyHidden>{' '}
                  {section.summary !== undefined && (
                    <>
                      <span className="dvc-accordion__summary">{section.summary}</span>
                      <VisuallyHidden>,</VisuallyHidden>{' '}
                    </>
                  )}
                  <span className="dvc-accordion__toggle">
                    <span className="dvc-accordion__chevron" aria-hidden="true" />
                    <span className="dvc-accordion__toggle-text">
                      {expanded
                        ? (hideSectionLabel ?? t('accordion.hideSection'))
                        : (showSectionLabel ?? t('accordion.showSection'))}
                    </span>{' '}
                    <VisuallyHidden>
                      {thisSectionLabel ?? t('accordion.thisSection')}
                    </VisuallyHidden>
                  </span>
                </button>
              ) : (
                <span id={headingId} className="dvc-accordion__heading-text">
                  {section.heading}
                </span>
              )}
            </Heading>
            {!enhanced && section.summary !== undefined && (
              <p className="dvc-accordion__summary">{section.summary}</p>
            )}
            <div id={contentId} className="dvc-accordion__content" hidden={!expanded}>
              {section.content}
            </div>
          </div>
        );
      })}
    </div>
  );
});
