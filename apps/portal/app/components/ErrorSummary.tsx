import { useTranslation } from '@dvc/i18n/react';
import { useEffect, useRef, type MouseEvent } from 'react';

export interface FieldMessage {
  /** The id of the field the message is about; null for the whole form. */
  fieldId: string | null;
  message: string;
}

/** The label or legend naming a field, so the question scrolls into view with the field. */
function questionFor(field: HTMLElement): HTMLElement {
  const legend = field.closest('fieldset')?.querySelector('legend');
  if (legend) return legend;
  const label = field.id
    ? field.ownerDocument.querySelector<HTMLElement>(`label[for="${CSS.escape(field.id)}"]`)
    : null;
  return label ?? field;
}

/** A link to the field: with JavaScript it focuses the field and shows its question. */
function goToField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  // No fragment navigation: the router would treat it as a page change and move focus back.
  event.preventDefault();
  questionFor(field).scrollIntoView();
  field.focus({ preventScroll: true });
}

function Summary({ messages }: { messages: readonly FieldMessage[] }) {
  const { t } = useTranslation('portal');
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  return (
    <div
      ref={box}
      className="portal-error-summary"
      // An alert too in a page rendered after a post without JavaScript, as it always was.
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      // Server-rendered as `autofocus`: without JavaScript the summary still takes focus.
      // eslint-disable-next-line jsx-a11y/no-autofocus -- the GOV.UK pattern: focus the summary after a failed send
      autoFocus
    >
      <h2 id="error-summary-title" className="portal-error-summary__title">
        {t('form.errorSummaryTitle')}
      </h2>
      <ul>
        {messages.map(({ fieldId, message }) => (
          <li key={`${fieldId ?? ''}:${message}`}>
            {fieldId ? (
              <a
                href={`#${fieldId}`}
                onClick={(event) => {
                  goToField(event, fieldId);
                }}
              >
                {message}
              </a>
            ) : (
              message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The list of problems at the top of a form, each linking to its field. It takes focus when it
 * appears (after a client-side send, and through `autofocus` in a server-rendered page), so
 * the person hears what went wrong first; the portal's page-change focus also looks for it.
 */
export function ErrorSummary({ messages }: { messages: readonly FieldMessage[] }) {
  if (messages.length === 0) return null;
  return <Summary messages={messages} />;
}
