'use client';
import { forwardRef } from 'react';
import { ChoiceList, type ChoiceListBaseProps } from '../form-field/ChoiceList.js';
import { useUiTranslation } from '../i18n/use-ui-translation.js';

export type { ChoiceItem as RadiosItem } from '../form-field/ChoiceList.js';

export interface RadiosProps extends ChoiceListBaseProps {
  /** The chosen value (controlled); pair with `onValueChange`. */
  value?: string;
  /** The value chosen at first (uncontrolled); leave empty so nothing is preselected. */
  defaultValue?: string;
  /** Called with the chosen value. */
  onValueChange?: (value: string) => void;
}

/**
 * One answer from a few options: native radios in a fieldset with a legend, per-option hints,
 * and nested questions revealed under the chosen option (all reachable without JavaScript).
 */
export const Radios = forwardRef<HTMLFieldSetElement, RadiosProps>(function Radios(
  { value, defaultValue, onValueChange, ...rest },
  ref,
) {
  const { t } = useUiTranslation();
  return (
    <ChoiceList
      ref={ref}
      kind="radio"
      dividerDefault={t('radios.or')}
      checkedValues={value === undefined ? undefined : [value]}
      defaultCheckedValues={defaultValue === undefined ? [] : [defaultValue]}
      onCheckedChange={
        onValueChange
          ? (values) => {
              onValueChange(values[0] ?? '');
            }
          : undefined
      }
      {...rest}
    />
  );
});
