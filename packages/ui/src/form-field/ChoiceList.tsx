'use client';
import {
  forwardRef,
  Fragment,
  useRef,
  useState,
  type ChangeEvent,
  type FieldsetHTMLAttributes,
  type ReactNode,
} from 'react';
import { ErrorMessage } from '../error-message/ErrorMessage.js';
import { Fieldset } from '../fieldset/Fieldset.js';
import { Hint } from '../hint/Hint.js';
import { joinIds, useFieldIds } from './FormField.js';
import { useHydrated } from './use-hydrated.js';

export interface ChoiceItem {
  /** The value posted when this option is chosen. */
  value: string;
  /** The option's label. */
  label: ReactNode;
  /** Help under the option's label; describes its control. */
  hint?: ReactNode;
  /** A nested question revealed when this option is checked (reachable without JavaScript). */
  conditional?: ReactNode;
  /** Greys the option out. */
  disabled?: boolean;
  /** Shows a divider ("hoặc") before this option. */
  dividerBefore?: boolean;
  /** Checkboxes only: a "none of these" option that unchecks the others, and is unchecked by them. */
  exclusive?: boolean;
}

export interface ChoiceListBaseProps extends Omit<
  FieldsetHTMLAttributes<HTMLFieldSetElement>,
  'defaultValue' | 'onChange'
> {
  /** The `name` every option posts under. */
  name: string;
  /** Base id (defaults to `name`): the first option gets it, the others `${id}-2`, `${id}-3`... */
  id?: string;
  /** The question, rendered as the fieldset's `<legend>`. */
  legend: ReactNode;
  /** Help under the legend; describes the group. */
  hint?: ReactNode;
  /** The error to fix; describes the group and marks it in error. */
  error?: ReactNode;
  /** Wraps the legend in an `<h1>` when the question is the only one on the page. */
  isPageHeading?: boolean;
  /** Legend text size. */
  legendSize?: 'm' | 'l' | 'xl';
  /** The options, in order. */
  items: ChoiceItem[];
  /** Smaller controls, for filters and secondary questions. */
  small?: boolean;
  /** Options side by side; only for two short options without nested questions. */
  inline?: boolean;
  /** Overrides the divider text ("hoặc"). */
  dividerText?: string;
}

interface ChoiceListProps extends ChoiceListBaseProps {
  kind: 'radio' | 'checkbox';
  dividerDefault: string;
  /** Checked values when controlled. */
  checkedValues: string[] | undefined;
  /** Initially checked values when uncontrolled. */
  defaultCheckedValues: string[];
  /** Called with every checked value after a change. */
  onCheckedChange: ((values: string[]) => void) | undefined;
}

/** The id of one option: the first takes the base id, so error-summary links to `#id` reach it. */
export function choiceId(baseId: string, index: number): string {
  return index === 0 ? baseId : `${baseId}-${String(index + 1)}`;
}

/** Radios and checkboxes share this: fieldset, legend, per-option hints, conditional reveal, exclusive option. */
export const ChoiceList = forwardRef<HTMLFieldSetElement, ChoiceListProps>(function ChoiceList(
  {
    kind,
    name,
    id,
    legend,
    hint,
    error,
    isPageHeading,
    legendSize,
    items,
    small = false,
    inline = false,
    dividerText,
    dividerDefault,
    checkedValues,
    defaultCheckedValues,
    onCheckedChange,
    className,
    'aria-describedby': describedBy,
    ...rest
  },
  ref,
) {
  const block = kind === 'radio' ? 'dvc-radios' : 'dvc-checkboxes';
  const ids = useFieldIds(id, name);
  const hydrated = useHydrated();
  const list = useRef<HTMLDivElement>(null);
  const [uncontrolled, setUncontrolled] = useState(defaultCheckedValues);
  const controlled = checkedValues !== undefined;
  const current = checkedValues ?? uncontrolled;

  function inputs(): HTMLInputElement[] {
    return [...(list.current?.querySelectorAll<HTMLInputElement>(`input.${block}__input`) ?? [])];
  }

  function handleChange(event: ChangeEvent<HTMLInputElement>, item: ChoiceItem) {
    const nowChecked = event.currentTarget.checked;
    let next: string[];
    if (kind === 'radio') {
      next = [item.value];
    } else {
      const exclusives = new Set(items.filter((i) => i.exclusive).map((i) => i.value));
      const others = current.filter((v) => v !== item.value);
      if (!nowChecked) next = others;
      else if (item.exclusive) next = [item.value];
      else next = [...others.filter((v) => !exclusives.has(v)), item.value];
      if (!controlled && nowChecked) {
        // Uncontrolled: the browser holds the state, so uncheck the other side directly.
        for (const input of inputs()) {
          const isExclusive = exclusives.has(input.value);
          if (input !== event.currentTarget && (item.exclusive ? true : isExclusive)) {
            input.checked = false;
          }
        }
      }
    }
    if (!controlled) {
      next = inputs()
        .filter((input) => input.checked)
        .map((input) => input.value);
      setUncontrolled(next);
    }
    onCheckedChange?.(next);
  }

  const classes = [block, small && `${block}--small`, inline && `${block}--inline`]
    .filter(Boolean)
    .join(' ');

  return (
    <div
      className={['dvc-form-group', error != null && 'dvc-form-group--error']
        .filter(Boolean)
        .join(' ')}
    >
      <Fieldset
        ref={ref}
        legend={legend}
        isPageHeading={isPageHeading}
        legendSize={legendSize}
        className={className}
        aria-describedby={joinIds(
          hint != null && ids.hintId,
          error != null && ids.errorId,
          describedBy,
        )}
        {...rest}
      >
        {hint != null && <Hint id={ids.hintId}>{hint}</Hint>}
        {error != null && <ErrorMessage id={ids.errorId}>{error}</ErrorMessage>}
        <div ref={list} className={classes}>
          {items.map((item, index) => {
            const itemId = choiceId(ids.id, index);
            const itemHintId = `${itemId}-item-hint`;
            const conditionalId = `${itemId}-conditional`;
            const isChecked = current.includes(item.value);
            const divider = item.dividerBefore ?? (kind === 'checkbox' && item.exclusive);
            return (
              <Fragment key={item.value}>
                {divider && index > 0 && (
                  <div className={`${block}__divider`}>{dividerText ?? dividerDefault}</div>
                )}
                <div className={`${block}__item`}>
                  <input
                    id={itemId}
                    name={name}
                    type={kind}
                    value={item.value}
                    className={`${block}__input`}
                    disabled={item.disabled}
                    {...(controlled ? { checked: isChecked } : { defaultChecked: isChecked })}
                    aria-describedby={item.hint != null ? itemHintId : undefined}
                    aria-controls={hydrated && item.conditional != null ? conditionalId : undefined}
                    data-exclusive={item.exclusive ? 'true' : undefined}
                    onChange={(event) => {
                      handleChange(event, item);
                    }}
                  />
                  <label className={`${block}__label`} htmlFor={itemId}>
                    {item.label}
                  </label>
                  {item.hint != null && (
                    <div id={itemHintId} className={`dvc-hint ${block}__hint`}>
                      {item.hint}
                    </div>
                  )}
                </div>
                {item.conditional != null && (
                  <div
                    id={conditionalId}
                    className={`${block}__conditional`}
                    hidden={hydrated && !isChecked}
                  >
                    {item.conditional}
                  </div>
                )}
              </Fragment>
            );
          })}
        </div>
      </Fieldset>
    </div>
  );
});
