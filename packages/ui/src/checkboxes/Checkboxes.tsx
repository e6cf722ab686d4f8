'use client';
import { forwardRef } from 'react';
import { ChoiceList, type ChoiceListBaseProps } from '../form-field/ChoiceList.js';
import { useUiTranslation } from '../i18n/use-ui-translation.js';

export type { ChoiceItem as CheckboxesItem } from '../form-field/ChoiceList.js';

export interface CheckboxesProps extends ChoiceListBaseProps {
  /** The checked values (controlled); pair with `onValueChange`. */
  value?: string[];
  /** The values checked at first (uncontrolled); never pre-tick consent. */
  defaultValue?: string[];
  /** Called with every checked value after a change. */
  onValueChange?: (values: string[]) => void;
}

/**
 * Any number of answers: native checkboxes in a fieldset with a legend, per-option hints, nested
 * questions, and an `exclusive` "none of these" option (after a "hoặc" divider) that unchecks the rest.
 */
export const Checkboxes = forwardRef<HTMLFieldSetElement, CheckboxesProps>(function Checkboxes(
  { value, defaultValue = [], onValueChange, ...rest },
  ref,
) {
  const { t } = useUiTranslation();
  return (
    <ChoiceList
      ref={ref}
      kind="checkbox"
      dividerDefault={t('checkboxes.or')}
      checkedValues={value}
      defaultCheckedValues={defaultValue}
      onCheckedChange={onValueChange}
      {...rest}
    />
  );
});
