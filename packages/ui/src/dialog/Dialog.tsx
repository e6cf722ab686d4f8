'use client';
import * as RadixDialog from '@radix-ui/react-dialog';
import {
  forwardRef,
  useRef,
  type ComponentPropsWithoutRef,
  type ReactElement,
  type ReactNode,
  type RefObject,
} from 'react';
import { useUiTranslation } from '../i18n/use-ui-translation.js';

type ContentProps = ComponentPropsWithoutRef<typeof RadixDialog.Content>;

export interface DialogProps extends Omit<ContentProps, 'title' | 'asChild' | 'forceMount'> {
  /** The dialog's heading; it also names the dialog for screen readers (required). */
  title: ReactNode;
  /** A short line under the title that screen readers read when the dialog opens. */
  description?: ReactNode;
  /** The element that opens the dialog (usually a Button); focus returns to it on close. */
  trigger?: ReactElement;
  /** Controlled open state; pair it with `onOpenChange`. */
  open?: boolean;
  /** Open state on first render when uncontrolled (false by default, so servers render it closed). */
  defaultOpen?: boolean;
  /** Called with the new open state when the person opens or closes the dialog. */
  onOpenChange?: (open: boolean) => void;
  /** Actions shown at the foot of the dialog, e.g. a primary and a secondary Button. */
  actions?: ReactNode;
  /** Overrides the close button's label ("Đóng"). */
  closeLabel?: string;
  /** Hides the close button in the corner, for dialogs whose actions already close them. */
  hideCloseButton?: boolean;
  /** The element to focus on open; by default the dialog itself, so its title is read first. */
  initialFocusRef?: RefObject<HTMLElement | null>;
}

/**
 * A modal dialog (Radix): named by its title, focus moved in and trapped, the page behind it
 * inert, Escape and the close button close it, and focus goes back where it came from.
 */
export const Dialog = forwardRef<HTMLDivElement, DialogProps>(function Dialog(
  {
    title,
    description,
    trigger,
    open,
    defaultOpen,
    onOpenChange,
    actions,
    closeLabel,
    hideCloseButton = false,
    initialFocusRef,
    className,
    children,
    onOpenAutoFocus,
    onCloseAutoFocus,
    ...rest
  },
  ref,
) {
  const { t } = useUiTranslation();
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const classes = ['dvc-dialog', className].filter(Boolean).join(' ');

  function handleOpenAutoFocus(event: Event) {
    const active = document.activeElement;
    returnFocusTo.current =
      active instanceof HTMLElement && active !== document.body ? active : null;
    onOpenAutoFocus?.(event);
    if (event.defaultPrevented) return;
    event.preventDefault();
    const target = initialFocusRef?.current ?? (event.currentTarget as HTMLElement | null);
    target?.focus();
  }

  function handleCloseAutoFocus(event: Event) {
    onCloseAutoFocus?.(event);
    if (event.defaultPrevented) return;
    const back = returnFocusTo.current;
    returnFocusTo.current = null;
    // Without a trigger (a controlled dialog opened by code), Radix has nowhere to return focus:
    // go back to whatever had focus when the dialog opened.
    if (back?.isConnected) {
      event.preventDefault();
      back.focus();
    }
  }

  return (
    <RadixDialog.Root open={open} defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
      {trigger && <RadixDialog.Trigger asChild>{trigger}</RadixDialog.Trigger>}
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dvc-dialog__overlay" />
        <RadixDialog.Content
          ref={ref}
          className={classes}
          aria-describedby={undefined}
          onOpenAutoFocus={handleOpenAutoFocus}
          onCloseAutoFocus={handleCloseAutoFocus}
          {...rest}
        >
          <div className="dvc-dialog__header">
            <RadixDialog.Title className="dvc-dialog__title">{title}</RadixDialog.Title>
            {!hideCloseButton && (
              <RadixDialog.Close className="dvc-dialog__close">
                <span className="dvc-dialog__close-icon" aria-hidden="true">
                  ×
                </span>
                <span>{closeLabel ?? t('dialog.close')}</span>
              </RadixDialog.Close>
            )}
          </div>
          {description !== undefined && (
            <RadixDialog.Description className="dvc-dialog__description">
              {description}
            </RadixDialog.Description>
          )}
          {children !== undefined && <div className="dvc-dialog__body">{children}</div>}
          {actions !== undefined && <div className="dvc-dialog__actions">{actions}</div>}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
});

/** Wraps a Button inside a Dialog's `actions` so pressing it closes the dialog. */
export const DialogClose = RadixDialog.Close;
