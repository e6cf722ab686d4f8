import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { useUiTranslation } from '../i18n/use-ui-translation.js';

export interface ProgressIndicatorProps extends HTMLAttributes<HTMLParagraphElement> {
  /** The step the person is on, from 1. */
  current: number;
  /** How many steps there are. */
  total: number;
  /** Name of the current step, read after the count (e.g. "Thông tin người yêu cầu"). */
  stepName?: ReactNode;
  /** Overrides the catalog text; `{{current}}` and `{{total}}` are replaced. */
  text?: string;
}

/**
 * "Bước 2 trên 5" as plain text above a page heading: read in reading order, not an ARIA
 * progressbar, so nothing is announced out of turn.
 */
export const ProgressIndicator = forwardRef<HTMLParagraphElement, ProgressIndicatorProps>(
  function ProgressIndicator({ current, total, stepName, text, className, ...rest }, ref) {
    const { t } = useUiTranslation();
    if (!Number.isInteger(current) || !Number.isInteger(total) || current < 1 || current > total) {
      throw new RangeError(`Step ${String(current)} of ${String(total)} is not a valid step`);
    }
    const count = text
      ? text.replaceAll('{{current}}', String(current)).replaceAll('{{total}}', String(total))
      : t('progressIndicator.step', { current, total });
    return (
      <p
        ref={ref}
        className={['dvc-progress-indicator', className].filter(Boolean).join(' ')}
        {...rest}
      >
        <span className="dvc-progress-indicator__count">{count}</span>
        {stepName != null && (
          <>
            <span className="dvc-progress-indicator__separator">: </span>
            <span className="dvc-progress-indicator__name">{stepName}</span>
          </>
        )}
      </p>
    );
  },
);
