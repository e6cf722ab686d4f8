'use client';

import {
  forwardRef,
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useRef,
  useState,
  useSyncExternalStore,
  type HTMLAttributes,
  type ReactNode,
} from 'react';
import { useUiTranslation } from '../i18n/use-ui-translation.js';

export type AlertVariant = 'info' | 'success' | 'warning' | 'error';

export interface AlertProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  /** Tone of the banner; it also picks the default title and how urgently it is announced. */
  variant?: AlertVariant;
  /** Short title in the banner's header; defaults to the catalog title of the variant. */
  title?: ReactNode;
  /** Heading level of the title, so it fits the page outline. */
  headingLevel?: 2 | 3 | 4;
  /** Announce as a live region; by default only when mounted after load and not taking focus. Never in server HTML. */
  announce?: boolean;
  /** Moves focus to the banner when it mounts (e.g. a success banner after a form post). */
  focusOnMount?: boolean;
  /** The message: a sentence, a list or a link to what to do next. */
  children: ReactNode;
}

const subscribeNothing = () => () => undefined;

/**
 * True when this render runs in a browser outside hydration: a component mounted after the
 * page loaded. False on the server and during hydration of server HTML.
 */
function useRenderedAfterLoad(): boolean {
  const onClient = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  const [first] = useState(onClient);
  return first;
}

/**
 * A notification banner with a title and content. Present in the server HTML it is a labelled
 * region that never interrupts; mounted after load it is a live region (polite status for info
 * and success, assertive alert for warning and error).
 */
export const Alert = forwardRef<HTMLDivElement, AlertProps>(function Alert(
  {
    variant = 'info',
    title,
    headingLevel = 2,
    announce,
    focusOnMount = false,
    className,
    children,
    ...rest
  },
  ref,
) {
  const { t } = useUiTranslation();
  const titleId = `${useId()}-title`;
  const afterLoad = useRenderedAfterLoad();
  // A banner that takes focus is read out by the focus move; making it live too reads it twice.
  const live = afterLoad && (announce ?? !focusOnMount);
  // A live region is filled one commit after it is inserted, so screen readers that only watch
  // changes inside an existing region still announce it.
  const [filled, setFilled] = useState(!live);
  useEffect(() => {
    if (!filled) setFilled(true);
  }, [filled]);

  const own = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => own.current as HTMLDivElement);
  const focus = useCallback(() => own.current?.focus(), []);
  useEffect(() => {
    if (focusOnMount && filled) focus();
  }, [focusOnMount, filled, focus]);

  const Heading = `h${String(headingLevel)}` as 'h2' | 'h3' | 'h4';
  const role = live ? (variant === 'info' || variant === 'success' ? 'status' : 'alert') : 'region';
  const classes = ['dvc-alert', `dvc-alert--${variant}`, className].filter(Boolean).join(' ');

  return (
    <div
      ref={own}
      className={classes}
      role={role}
      aria-labelledby={titleId}
      tabIndex={focusOnMount ? -1 : undefined}
      {...rest}
    >
      {filled && (
        <>
          <div className="dvc-alert__header">
            <Heading id={titleId} className="dvc-alert__title">
              {title ?? t(`alert.${variant}`)}
            </Heading>
          </div>
          <div className="dvc-alert__content">{children}</div>
        </>
      )}
    </div>
  );
});
