import { forwardRef, type HTMLAttributes } from 'react';
import { useUiTranslation } from '../i18n/use-ui-translation.js';
import { VisuallyHidden } from '../visually-hidden/VisuallyHidden.js';

export interface ErrorMessageProps extends HTMLAttributes<HTMLParagraphElement> {
  /** Overrides the prefix read before the message by screen readers ("Lỗi:"). */
  visuallyHiddenText?: string;
}

/** The error of one field, prefixed for screen readers so it is not conveyed by colour alone. */
export const ErrorMessage = forwardRef<HTMLParagraphElement, ErrorMessageProps>(
  function ErrorMessage({ visuallyHiddenText, className, children, ...rest }, ref) {
    const { t } = useUiTranslation();
    return (
      <p ref={ref} className={['dvc-error-message', className].filter(Boolean).join(' ')} {...rest}>
        <VisuallyHidden>{visuallyHiddenText ?? t('errorMessage.prefix')}</VisuallyHidden> {children}
      </p>
    );
  },
);
