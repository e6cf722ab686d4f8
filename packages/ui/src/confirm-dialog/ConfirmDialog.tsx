'use client';
import {
  forwardRef,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { Button, type ButtonVariant } from '../button/Button.js';
import { Dialog, type DialogProps } from '../dialog/Dialog.js';
import { useUiTranslation } from '../i18n/use-ui-translation.js';

export interface ConfirmDialogProps extends Omit<
  DialogProps,
  'title' | 'trigger' | 'actions' | 'initialFocusRef' | 'role'
> {
  /** The question asked, as the dialog's title, e.g. "Xoá bản nháp này?". */
  question: ReactNode;
  /** The text of the button that opens the dialog. */
  triggerLabel: ReactNode;
  /** Visual weight of the opening button. */
  triggerVariant?: ButtonVariant;
  /** The page that asks the same question without JavaScript; the trigger is a link to it until the page is hydrated. */
  fallbackHref?: string;
  /** Runs when the person confirms; return a promise to keep the confirm button busy until it settles. */
  onConfirm: () => void | Promise<unknown>;
  /** Runs when the person cancels (Cancel, Close or Escape). */
  onCancel?: () => void;
  /** Visual weight of the confirm button: `warning` for destructive actions. */
  confirmVariant?: ButtonVariant;
  /** Overrides the confirm button's label ("Đồng ý"); say what it does, e.g. "Xoá bản nháp". */
  confirmLabel?: string;
  /** Overrides the cancel button's label ("Huỷ"). */
  cancelLabel?: string;
  /** Overrides the message shown when `onConfirm` rejects. */
  failedMessage?: string;
}

const noSubscription = () => () => undefined;

/** False on the server and during hydration, true once the page runs React in the browser. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/**
 * Asks a yes/no question before an action. The confirm button shows the busy state while the
 * action runs; without JavaScript the trigger is a plain link to a confirmation page.
 */
export const ConfirmDialog = forwardRef<HTMLDivElement, ConfirmDialogProps>(function ConfirmDialog(
  {
    question,
    triggerLabel,
    triggerVariant = 'secondary',
    fallbackHref,
    onConfirm,
    onCancel,
    confirmVariant = 'primary',
    confirmLabel,
    cancelLabel,
    failedMessage,
    open,
    defaultOpen = false,
    onOpenChange,
    children,
    ...rest
  },
  ref,
) {
  const { t } = useUiTranslation();
  const hydrated = useHydrated();
  const [innerOpen, setInnerOpen] = useState(defaultOpen);
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  const mounted = useRef(true);
  const safeAction = useRef<HTMLButtonElement>(null);
  const isOpen = open ?? innerOpen;

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  function setOpen(next: boolean) {
    if (open === undefined) setInnerOpen(next);
    if (!next) setFailed(false);
    onOpenChange?.(next);
  }

  function handleOpenChange(next: boolean) {
    if (pending) return;
    if (!next) onCancel?.();
    setOpen(next);
  }

  async function confirm() {
    setFailed(false);
    setPending(true);
    try {
      await onConfirm();
      if (mounted.current) {
        setPending(false);
        setOpen(false);
      }
    } catch {
      if (mounted.current) {
        setPending(false);
        setFailed(true);
      }
    }
  }

  const triggerClasses = ['dvc-button', `dvc-button--${triggerVariant}`].join(' ');
  if (!hydrated && fallbackHref !== undefined) {
    return (
      <a className={`${triggerClasses} dvc-confirm-dialog__fallback`} href={fallbackHref}>
        {triggerLabel}
      </a>
    );
  }

  // A destructive confirmation starts on the safe choice; any other starts on the confirm button.
  const confirmIsDestructive = confirmVariant === 'warning';

  return (
    <Dialog
      ref={ref}
      role="alertdialog"
      title={question}
      open={isOpen}
      onOpenChange={handleOpenChange}
      initialFocusRef={safeAction}
      trigger={
        <Button type="button" variant={triggerVariant}>
          {triggerLabel}
        </Button>
      }
      actions={
        <>
          <Button
            ref={confirmIsDestructive ? undefined : safeAction}
            type="button"
            variant={confirmVariant}
            busy={pending}
            onClick={() => void confirm()}
          >
            {confirmLabel ?? t('confirmDialog.confirm')}
          </Button>
          <Button
            ref={confirmIsDestructive ? safeAction : undefined}
            type="button"
            variant="secondary"
            disabled={pending}
            onClick={() => {
              handleOpenChange(false);
            }}
          >
            {cancelLabel ?? t('confirmDialog.cancel')}
          </Button>
        </>
      }
      {...rest}
    >
      {children !== undefined || failed ? (
        <>
          {children}
          {failed && (
            <p className="dvc-confirm-dialog__error" role="alert">
              {failedMessage ?? t('confirmDialog.failed')}
            </p>
          )}
        </>
      ) : undefined}
    </Dialog>
  );
});
