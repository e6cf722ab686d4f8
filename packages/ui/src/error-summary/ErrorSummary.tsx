'use client';
import {
  forwardRef,
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
  type HTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { useUiTranslation } from '../i18n/use-ui-translation.js';
import { useFieldIds } from '../form-field/FormField.js';
import { useHydrated } from '../form-field/use-hydrated.js';

export interface ErrorSummaryItem {
  /** The id of the field to fix (the link goes to `#id`); none for a problem of the whole form. */
  fieldId?: string | null;
  /** What to do, the same words as the field's error message. */
  text: ReactNode;
}

export interface ErrorSummaryProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  /** One link per field with an error, in the order of the fields on the page. */
  errors: ErrorSummaryItem[];
  /** Overrides the heading ("Có lỗi cần sửa"). */
  title?: ReactNode;
  /** Optional text under the heading. */
  description?: ReactNode;
  /**
   * Set false to keep focus where it is when the summary is shown (default: take focus). The
   * server-rendered summary carries `autofocus`, so it takes focus without JavaScript too.
   */
  focusOnMount?: boolean;
}

/** The label or legend that names a field, scrolled into view so the question is visible too. */
function questionFor(field: HTMLElement): HTMLElement {
  const legend = field.closest('fieldset')?.querySelector('legend');
  if (legend) {
    const legendTop = legend.getBoundingClientRect().top;
    const fieldTop = field.getBoundingClientRect().top;
    // Keep the legend and field in one screen, as GOV.UK does; otherwise fall back to the label.
    if (fieldTop - legendTop < window.innerHeight / 2) return legend;
  }
  const label = field.id
    ? field.ownerDocument.querySelector<HTMLElement>(`label[for="${CSS.escape(field.id)}"]`)
    : null;
  return label ?? field.closest('label') ?? field;
}

/**
 * The list of errors at the top of a page after a form post. It renders on the server as links
 * to `#id`, takes focus when shown, and with JavaScript moves focus to the field while scrolling
 * its question into view. It is a live alert only when it appears after the page has loaded.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary(
  { errors, title, description, focusOnMount = true, className, id, ...rest },
  ref,
) {
  const { t } = useUiTranslation();
  const inner = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => inner.current as HTMLDivElement);
  const ids = useFieldIds(id, undefined);
  // False when hydrating server HTML (the summary came with the page), true when it is added later.
  const isClientRender = useHydrated();
  const [appearedAfterLoad] = useState(isClientRender);

  useEffect(() => {
    if (focusOnMount) inner.current?.focus();
  }, [focusOnMount]);

  function handleClick(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    questionFor(field).scrollIntoView();
    field.focus({ preventScroll: true });
  }

  if (errors.length === 0) return null;

  return (
    <div
      ref={inner}
      id={ids.id}
      className={['dvc-error-summary', className].filter(Boolean).join(' ')}
      tabIndex={-1}
      role={appearedAfterLoad ? 'alert' : undefined}
      aria-labelledby={`${ids.id}-title`}
      // eslint-disable-next-line jsx-a11y/no-autofocus -- the GOV.UK pattern: after a failed send the summary is read first
      autoFocus={focusOnMount}
      // The client never writes the `autofocus` attribute the server wrote; that is expected.
      suppressHydrationWarning
      {...rest}
    >
      <h2 id={`${ids.id}-title`} className="dvc-error-summary__title">
        {title ?? t('errorSummary.title')}
      </h2>
      {description != null && <div className="dvc-error-summary__description">{description}</div>}
      <ul className="dvc-error-summary__list">
        {errors.map(({ fieldId, text }, index) => (
          <li key={fieldId ?? `form-${String(index)}`}>
            {fieldId ? (
              <a
                href={`#${fieldId}`}
                onClick={(event) => {
                  handleClick(event, fieldId);
                }}
              >
                {text}
              </a>
            ) : (
              text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
});
