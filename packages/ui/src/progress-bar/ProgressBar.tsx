'use client';

import { forwardRef, useEffect, useId, useRef, useState, type HTMLAttributes } from 'react';
import { useUiTranslation } from '../i18n/use-ui-translation.js';
import { VisuallyHidden } from '../visually-hidden/VisuallyHidden.js';

export interface ProgressBarProps extends HTMLAttributes<HTMLDivElement> {
  /** Work done, from 0 to `max`; leave it out while the amount is unknown. */
  value?: number;
  /** The value meaning "all done". */
  max?: number;
  /** What is progressing, e.g. "Tải lên giấy chứng sinh"; defaults to the catalog "Tiến độ". */
  label?: string;
  /** Announces the percentage each time it passes a multiple of this step, not on every change. */
  announceEvery?: number;
  /** Overrides the catalog value text; `{{value}}` is the percentage. */
  valueText?: string;
  /** Overrides the catalog text announced at 100 %. */
  completeText?: string;
}

/**
 * A labelled native `<progress>` with its percentage beside it, announced politely only when it
 * passes a step (every 10 % by default) and when it completes.
 */
export const ProgressBar = forwardRef<HTMLDivElement, ProgressBarProps>(function ProgressBar(
  { value, max = 100, label, announceEvery = 10, valueText, completeText, className, ...rest },
  ref,
) {
  const { t } = useUiTranslation();
  const id = useId();
  const name = label ?? t('progressBar.label');
  const percent =
    value === undefined ? undefined : Math.round((Math.min(Math.max(value, 0), max) / max) * 100);
  const format = (p: number) =>
    valueText ? valueText.replaceAll('{{value}}', String(p)) : t('progressBar.value', { value: p });
  const shown = percent === undefined ? undefined : format(percent);

  // Only crossing a step (or finishing) is announced, so a fast upload does not flood the reader.
  const step =
    percent === undefined ? -1 : percent >= 100 ? Infinity : Math.floor(percent / announceEvery);
  const lastStep = useRef(step);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (step === lastStep.current) return;
    lastStep.current = step;
    if (percent === undefined) return;
    const reached = step * announceEvery;
    const said =
      percent >= 100
        ? (completeText ?? t('progressBar.complete'))
        : valueText
          ? valueText.replaceAll('{{value}}', String(reached))
          : t('progressBar.value', { value: reached });
    setAnnouncement(`${name}: ${said}`);
  }, [step, percent, announceEvery, completeText, valueText, name, t]);

  return (
    <div ref={ref} className={['dvc-progress-bar', className].filter(Boolean).join(' ')} {...rest}>
      <label className="dvc-progress-bar__label" htmlFor={id}>
        {name}
      </label>
      <div className="dvc-progress-bar__row">
        <progress
          id={id}
          className="dvc-progress-bar__bar"
          max={max}
          value={value === undefined ? undefined : Math.min(Math.max(value, 0), max)}
          aria-valuetext={shown}
        />
        {shown !== undefined && (
          <span className="dvc-progress-bar__value" aria-hidden="true">
            {shown}
          </span>
        )}
      </div>
      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
    </div>
  );
});
