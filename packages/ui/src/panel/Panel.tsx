'use client';

import {
  forwardRef,
  useRef,
  useState,
  useSyncExternalStore,
  type HTMLAttributes,
  type ReactNode,
} from 'react';
import { Button } from '../button/Button.js';
import { useUiTranslation } from '../i18n/use-ui-translation.js';
import { VisuallyHidden } from '../visually-hidden/VisuallyHidden.js';

export interface PanelProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  /** The confirmation, e.g. "Đã gửi hồ sơ"; defaults to the catalog title. */
  title?: ReactNode;
  /** Heading level of the title; a confirmation page's panel holds its `<h1>`. */
  headingLevel?: 1 | 2 | 3;
  /** The application code (mã hồ sơ), shown large and copyable. */
  code?: string;
  /** Overrides the catalog text before the code ("Mã hồ sơ của bạn"). */
  codeLabel?: ReactNode;
  /** Shows a copy button for the code once JavaScript runs. */
  copyable?: boolean;
  /** Overrides the catalog label of the copy button. */
  copyLabel?: string;
  /** Overrides the catalog text announced after copying. */
  copiedText?: string;
  /** Overrides the catalog text announced when the browser refuses to copy. */
  copyFailedText?: string;
  /** Anything else to say in the panel. */
  children?: ReactNode;
}

const subscribeNothing = () => () => undefined;

/** A confirmation panel: a title and the application code in large text, copyable; prints well. */
export const Panel = forwardRef<HTMLDivElement, PanelProps>(function Panel(
  {
    title,
    headingLevel = 1,
    code,
    codeLabel,
    copyable = true,
    copyLabel,
    copiedText,
    copyFailedText,
    className,
    children,
    ...rest
  },
  ref,
) {
  const { t } = useUiTranslation();
  // The copy button only works with JavaScript, so it is not in the server HTML.
  const scripted = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  const [message, setMessage] = useState('');
  const codeRef = useRef<HTMLElement>(null);
  const Heading = `h${String(headingLevel)}` as 'h1' | 'h2' | 'h3';
  const text = code?.normalize('NFC');

  function announce(next: string) {
    // Clear first so the same message is announced again on a second copy.
    setMessage('');
    window.setTimeout(() => setMessage(next), 50);
  }

  function copy() {
    if (!text) return;
    const failed = () => {
      // Leave the code selected so Ctrl+C copies it.
      const selection = window.getSelection();
      if (selection && codeRef.current) selection.selectAllChildren(codeRef.current);
      announce(copyFailedText ?? t('panel.copyFailed'));
    };
    if (typeof navigator.clipboard?.writeText !== 'function') {
      failed();
      return;
    }
    navigator.clipboard
      .writeText(text)
      .then(() => announce(copiedText ?? t('panel.copied')), failed);
  }

  return (
    <div ref={ref} className={['dvc-panel', className].filter(Boolean).join(' ')} {...rest}>
      <Heading className="dvc-panel__title">{title ?? t('panel.title')}</Heading>
      {text && (
        <div className="dvc-panel__body">
          <p className="dvc-panel__code-line">
            {codeLabel ?? t('panel.codeLabel')}
            <br />
            <strong ref={codeRef} className="dvc-panel__code">
              {text}
            </strong>
          </p>
          {copyable && scripted && (
            <Button type="button" variant="secondary" className="dvc-panel__copy" onClick={copy}>
              {copyLabel ?? t('panel.copy')}
            </Button>
          )}
        </div>
      )}
      {children != null && <div className="dvc-panel__body">{children}</div>}
      <VisuallyHidden role="status">{message}</VisuallyHidden>
    </div>
  );
});
