'use client';
import { forwardRef, useEffect, useId, useRef, useState, type MouseEvent } from 'react';
import { Button } from '../button/Button.js';
import { Dialog } from '../dialog/Dialog.js';
import { useUiTranslation } from '../i18n/use-ui-translation.js';
import { VisuallyHidden } from '../visually-hidden/VisuallyHidden.js';

export interface TimeoutWarningProps {
  /** When the session ends, as a Date or a millisecond timestamp; takes precedence over `remainingSeconds`. */
  expiresAt?: Date | number;
  /** Seconds left in the session, counted from mount and again after each successful "Tiếp tục". */
  remainingSeconds?: number;
  /** How many seconds before the end the warning opens. */
  warnBeforeSeconds?: number;
  /** Extends the session (e.g. calls the server); a returned promise keeps "Tiếp tục" busy until it settles. */
  onContinue?: () => void | Promise<unknown>;
  /** Runs when the person chooses "Đăng xuất". */
  onSignOut?: () => void;
  /** Where "Đăng xuất" goes; renders it as a link. */
  signOutHref?: string;
  /** Runs once when time runs out, e.g. to go to a "session ended, draft saved" page. */
  onTimeout?: () => void;
  /** Overrides the dialog's title. */
  title?: string;
  /** Overrides the explanation under the countdown. */
  body?: string;
  /** Overrides the "Tiếp tục" label. */
  continueLabel?: string;
  /** Overrides the "Đăng xuất" label. */
  signOutLabel?: string;
  /** Extra class on the dialog. */
  className?: string;
}

/** Seconds at which the live region speaks: every 30 s, then 15 s and 10 s before the end. */
export function isAnnouncementPoint(seconds: number): boolean {
  return seconds > 0 && (seconds % 30 === 0 || seconds === 15 || seconds === 10);
}

function toTimestamp(value: Date | number): number {
  return typeof value === 'number' ? value : value.getTime();
}

/**
 * Warns before a session ends, in a modal alert dialog with a visible countdown. Screen readers
 * hear the time left only at intervals (every 30 s, then 15 s and 10 s), not every second.
 * "Tiếp tục" and Escape extend the session; "Đăng xuất" ends it.
 */
export const TimeoutWarning = forwardRef<HTMLDivElement, TimeoutWarningProps>(
  function TimeoutWarning(
    {
      expiresAt,
      remainingSeconds,
      warnBeforeSeconds = 120,
      onContinue,
      onSignOut,
      signOutHref,
      onTimeout,
      title,
      body,
      continueLabel,
      signOutLabel,
      className,
    },
    ref,
  ) {
    const { t } = useUiTranslation();
    const countdownId = useId();
    const continueRef = useRef<HTMLButtonElement>(null);
    const expiresAtMs = expiresAt === undefined ? undefined : toTimestamp(expiresAt);
    // Bumped after each extension so a `remainingSeconds` session starts counting again.
    const [round, setRound] = useState(0);
    const [deadline, setDeadline] = useState<number | null>(null);
    const [open, setOpen] = useState(false);
    const [secondsLeft, setSecondsLeft] = useState(0);
    // The seconds left when the live region last spoke (0: silent).
    const [spokenAt, setSpokenAt] = useState(0);
    const [busy, setBusy] = useState(false);
    const [failed, setFailed] = useState(false);
    const dismissedFor = useRef<number | null>(null);
    const isOpen = useRef(false);
    const lastSpoken = useRef(Number.POSITIVE_INFINITY);
    const callbacks = useRef({ onTimeout });
    callbacks.current = { onTimeout };

    // The clock is read in an effect, never during render, so server and client HTML agree.
    useEffect(() => {
      if (expiresAtMs !== undefined) setDeadline(expiresAtMs);
      else if (remainingSeconds !== undefined) setDeadline(Date.now() + remainingSeconds * 1000);
      else setDeadline(null);
    }, [expiresAtMs, remainingSeconds, round]);

    useEffect(() => {
      if (deadline === null) return;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const warnAt = deadline - warnBeforeSeconds * 1000;

      function tick() {
        if (deadline === null) return;
        const now = Date.now();
        const msLeft = deadline - now;
        if (msLeft <= 0) {
          isOpen.current = false;
          setOpen(false);
          setSpokenAt(0);
          callbacks.current.onTimeout?.();
          return;
        }
        if (now < warnAt || dismissedFor.current === deadline) {
          timer = setTimeout(tick, now < warnAt ? warnAt - now : msLeft);
          return;
        }
        const seconds = Math.ceil(msLeft / 1000);
        setSecondsLeft(seconds);
        if (!isOpen.current) {
          isOpen.current = true;
          lastSpoken.current = seconds;
          setOpen(true);
        }
        // Speak when an announcement point has been reached since the last thing spoken
        // (the dialog itself is read as it opens, so the opening second needs no repeat).
        if (seconds < lastSpoken.current) {
          let point = lastSpoken.current - 1;
          while (point >= seconds && !isAnnouncementPoint(point)) point -= 1;
          if (point >= seconds) {
            lastSpoken.current = seconds;
            setSpokenAt(seconds);
          }
        }
        timer = setTimeout(tick, msLeft % 1000 || 1000);
      }

      tick();
      return () => {
        if (timer !== undefined) clearTimeout(timer);
      };
    }, [deadline, warnBeforeSeconds]);

    function formatTime(total: number): string {
      const minutes = Math.floor(total / 60);
      const seconds = total % 60;
      const parts: string[] = [];
      if (minutes > 0) parts.push(t('timeoutWarning.minutes', { count: minutes }));
      if (seconds > 0 || minutes === 0) parts.push(t('timeoutWarning.seconds', { count: seconds }));
      return parts.join(' ');
    }

    function extended() {
      setBusy(false);
      isOpen.current = false;
      setOpen(false);
      setSpokenAt(0);
      dismissedFor.current = deadline;
      if (expiresAtMs === undefined) setRound((r) => r + 1);
    }

    function extend() {
      if (busy) return;
      setFailed(false);
      let result: void | Promise<unknown>;
      try {
        result = onContinue?.();
      } catch {
        setFailed(true);
        return;
      }
      if (!(result instanceof Promise)) {
        extended();
        return;
      }
      setBusy(true);
      result.then(extended, () => {
        setBusy(false);
        setFailed(true);
      });
    }

    function handleSignOut(event: MouseEvent<HTMLElement>) {
      if (busy) {
        event.preventDefault();
        return;
      }
      onSignOut?.();
    }

    const signOutText = signOutLabel ?? t('timeoutWarning.signOut');

    return (
      <Dialog
        ref={ref}
        role="alertdialog"
        className={['dvc-timeout-warning', className].filter(Boolean).join(' ')}
        open={open}
        onOpenChange={(next) => {
          // Escape means "I am still here": the choice that loses nothing.
          if (!next) extend();
        }}
        onPointerDownOutside={(event) => {
          event.preventDefault();
        }}
        title={title ?? t('timeoutWarning.title')}
        hideCloseButton
        initialFocusRef={continueRef}
        aria-describedby={countdownId}
        actions={
          <>
            <Button ref={continueRef} type="button" busy={busy} onClick={() => extend()}>
              {continueLabel ?? t('timeoutWarning.continue')}
            </Button>
            {signOutHref === undefined ? (
              <Button type="button" variant="secondary" onClick={handleSignOut}>
                {signOutText}
              </Button>
            ) : (
              <a
                className="dvc-button dvc-button--secondary dvc-timeout-warning__sign-out"
                href={signOutHref}
                onClick={handleSignOut}
              >
                {signOutText}
              </a>
            )}
          </>
        }
      >
        <p id={countdownId} className="dvc-timeout-warning__countdown">
          {t('timeoutWarning.countdown', { time: formatTime(secondsLeft) })}
        </p>
        <p className="dvc-timeout-warning__body">{body ?? t('timeoutWarning.body')}</p>
        {failed && (
          <p className="dvc-timeout-warning__error" role="alert">
            {t('timeoutWarning.continueFailed')}
          </p>
        )}
        <VisuallyHidden aria-live="polite" aria-atomic="true">
          {spokenAt > 0 ? t('timeoutWarning.announce', { time: formatTime(spokenAt) }) : ''}
        </VisuallyHidden>
      </Dialog>
    );
  },
);
