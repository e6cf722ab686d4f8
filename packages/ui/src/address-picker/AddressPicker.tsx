'use client';
import { communesOf, findCommune, findProvince, provinces } from '@dvc/vn/places';
import {
  forwardRef,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FieldsetHTMLAttributes,
  type ReactNode,
} from 'react';
import { Button } from '../button/Button.js';
import { Combobox, type ComboboxOption } from '../combobox/Combobox.js';
import { useUiTranslation } from '../i18n/use-ui-translation.js';

/** An address on the 2025 two-level units. */
export interface AddressValue {
  /** Two-digit province code, e.g. "19". */
  province: string;
  /** Five-digit commune code, e.g. "01843". */
  commune: string;
  /** House number, street, village. */
  street: string;
}

/** A pre-2025 address as written on older papers. */
export interface OldAddressQuery {
  province: string;
  district: string;
  ward: string;
}

/** What an old-address look-up returns: the new commune(s), best first. */
export interface MappedCommune {
  code: string;
  provinceCode: string;
}

export interface AddressPickerProps extends Omit<
  FieldsetHTMLAttributes<HTMLFieldSetElement>,
  'onChange' | 'defaultValue'
> {
  /** Field name prefix: the form sends `<name>.province`, `<name>.commune` and `<name>.street`. */
  name: string;
  /** Overrides the legend ("Địa chỉ"). */
  legend?: ReactNode;
  /** The address (controlled); on the server it decides which communes are listed. */
  value?: Partial<AddressValue>;
  /** The address on first render (uncontrolled). */
  defaultValue?: Partial<AddressValue>;
  /** Called with the whole address whenever a part changes. */
  onChange?: (value: AddressValue) => void;
  /** Maps an old address to new communes (in the portal, a call to a server endpoint); without it the helper is not shown. */
  mapOldAddress?: (
    old: OldAddressQuery,
  ) => readonly MappedCommune[] | Promise<readonly MappedCommune[]>;
  /** Error messages per part. */
  errors?: Partial<Record<keyof AddressValue, ReactNode>>;
  /** Help text under the legend. */
  hint?: ReactNode;
  /** Ids for the province, commune and street controls, so an error summary can link to them. */
  fieldIds?: Partial<Record<keyof AddressValue, string>>;
  /** Where the old-address helper's button posts the form without JavaScript (its `formaction`). */
  oldAddressAction?: string;
}

const provinceOptions: ComboboxOption[] = provinces.map((p) => ({
  value: p.code,
  label: p.name,
  ...(p.shortName === p.name ? {} : { keywords: [p.shortName] }),
}));

function complete(value: Partial<AddressValue> | undefined): AddressValue {
  return {
    province: value?.province ?? '',
    commune: value?.commune ?? '',
    street: value?.street ?? '',
  };
}

/**
 * Province, then commune, then street line, on the 2025 two-level units, with a helper that maps
 * an address from older papers. Without JavaScript both lists are native selects and a "Chọn"
 * button reloads the page to list the chosen province's communes.
 */
export const AddressPicker = forwardRef<HTMLFieldSetElement, AddressPickerProps>(
  function AddressPicker(
    {
      name,
      legend,
      value,
      defaultValue,
      onChange,
      mapOldAddress,
      errors,
      hint,
      fieldIds,
      oldAddressAction,
      className,
      ...rest
    },
    ref,
  ) {
    const { t } = useUiTranslation();
    const id = useId();
    const [inner, setInner] = useState(() => complete(defaultValue));
    const address = value ? complete(value) : inner;
    const [hydrated, setHydrated] = useState(false);
    const [old, setOld] = useState<OldAddressQuery>({ province: '', district: '', ward: '' });
    const [mapping, setMapping] = useState(false);
    const [mapMessage, setMapMessage] = useState<{ text: string; ok: boolean } | null>(null);

    // The address as last changed: several fields may change in one go (each native control
    // hands over what was chosen before the scripts arrived), so each change builds on the last.
    const latest = useRef(address);
    useLayoutEffect(() => {
      latest.current = address;
    });

    function update(change: Partial<AddressValue>) {
      const next = { ...latest.current, ...change };
      latest.current = next;
      if (!value) setInner(next);
      onChange?.(next);
    }

    const streetRef = useRef<HTMLInputElement>(null);
    const oldRefs = useRef<Partial<Record<keyof OldAddressQuery, HTMLInputElement | null>>>({});
    useEffect(() => {
      setHydrated(true);
      // React keeps what is in a field when it hydrates it, but the next render would put back
      // the server's value: take over anything typed before the scripts arrived.
      const typed = streetRef.current?.value;
      if (typed !== undefined && typed !== latest.current.street) update({ street: typed });
      const oldTyped = {
        province: oldRefs.current.province?.value ?? '',
        district: oldRefs.current.district?.value ?? '',
        ward: oldRefs.current.ward?.value ?? '',
      };
      if (Object.values(oldTyped).some((part) => part !== '')) setOld(oldTyped);
      // Runs once, when the page has hydrated.
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, []);

    const communeOptions = useMemo<ComboboxOption[]>(
      () =>
        address.province === ''
          ? []
          : communesOf(address.province).map((c) => ({ value: c.code, label: c.name })),
      [address.province],
    );

    async function findNew() {
      if (!mapOldAddress) return;
      setMapping(true);
      setMapMessage(null);
      try {
        const found = await mapOldAddress({
          province: old.province.normalize('NFC').trim(),
          district: old.district.normalize('NFC').trim(),
          ward: old.ward.normalize('NFC').trim(),
        });
        const first = found[0];
        const commune = first ? findCommune(first.code) : undefined;
        const province = first ? findProvince(first.provinceCode) : undefined;
        if (first && commune && province) {
          update({ province: province.code, commune: commune.code });
          setMapMessage({
            text: t('addressPicker.mapped', { commune: commune.name, province: province.name }),
            ok: true,
          });
        } else setMapMessage({ text: t('addressPicker.notFound'), ok: false });
      } catch {
        setMapMessage({ text: t('addressPicker.mapFailed'), ok: false });
      } finally {
        setMapping(false);
      }
    }

    const classes = ['dvc-address-picker', className].filter(Boolean).join(' ');
    const hintId = `${id}-hint`;
    const streetId = fieldIds?.street ?? `${id}-street`;
    const streetErrorId = `${id}-street-error`;

    return (
      <fieldset
        ref={ref}
        className={classes}
        aria-describedby={hint === undefined ? undefined : hintId}
        {...rest}
      >
        <legend className="dvc-address-picker__legend">
          {legend ?? t('addressPicker.legend')}
        </legend>
        {hint !== undefined && (
          <div id={hintId} className="dvc-address-picker__hint">
            {hint}
          </div>
        )}
        <Combobox
          label={t('addressPicker.province')}
          name={`${name}.province`}
          id={fieldIds?.province}
          options={provinceOptions}
          value={address.province}
          error={errors?.province}
          hint={hydrated ? undefined : t('addressPicker.reloadHint')}
          onValueChange={(province) => {
            update({ province, commune: '' });
          }}
        />
        {!hydrated && (
          <Button
            type="submit"
            variant="secondary"
            name={`${name}.action`}
            value="reload"
            formNoValidate
            className="dvc-address-picker__reload"
          >
            {t('addressPicker.reload')}
          </Button>
        )}
        <Combobox
          label={t('addressPicker.commune')}
          name={`${name}.commune`}
          id={fieldIds?.commune}
          options={communeOptions}
          value={address.commune}
          error={errors?.commune}
          disabled={address.province === ''}
          hint={address.province === '' ? t('addressPicker.chooseProvinceFirst') : undefined}
          onValueChange={(commune) => {
            update({ commune });
          }}
        />
        <div
          className={[
            'dvc-address-picker__street',
            errors?.street !== undefined && 'dvc-address-picker__street--error',
          ]
            .filter(Boolean)
            .join(' ')}
        >
          <label htmlFor={streetId} className="dvc-address-picker__label">
            {t('addressPicker.street')}
          </label>
          {errors?.street !== undefined && (
            <p id={streetErrorId} className="dvc-address-picker__error">
              {errors.street}
            </p>
          )}
          <input
            ref={streetRef}
            id={streetId}
            name={`${name}.street`}
            className="dvc-address-picker__input"
            autoComplete="street-address"
            value={address.street}
            aria-invalid={errors?.street !== undefined || undefined}
            aria-describedby={errors?.street !== undefined ? streetErrorId : undefined}
            onChange={(event) => {
              update({ street: event.target.value });
            }}
            onBlur={(event) => {
              const normal = event.target.value.normalize('NFC').replace(/\s+/gu, ' ').trim();
              if (normal !== address.street) update({ street: normal });
            }}
          />
        </div>
        {mapOldAddress && (
          <details className="dvc-address-picker__old">
            <summary className="dvc-address-picker__summary">
              {t('addressPicker.oldAddress')}
            </summary>
            <div className="dvc-address-picker__old-body">
              <p className="dvc-address-picker__hint">{t('addressPicker.oldAddressHint')}</p>
              {(['province', 'district', 'ward'] as const).map((part) => {
                const partId = `${id}-old-${part}`;
                const key = `old${part[0]?.toUpperCase() ?? ''}${part.slice(1)}` as
                  'oldProvince' | 'oldDistrict' | 'oldWard';
                return (
                  <div key={part} className="dvc-address-picker__street">
                    <label htmlFor={partId} className="dvc-address-picker__label">
                      {t(`addressPicker.${key}`)}
                    </label>
                    <input
                      ref={(element) => {
                        oldRefs.current[part] = element;
                      }}
                      id={partId}
                      name={`${name}.${key}`}
                      className="dvc-address-picker__input"
                      value={old[part]}
                      onChange={(event) => {
                        setOld({ ...old, [part]: event.target.value });
                      }}
                    />
                  </div>
                );
              })}
              <Button
                type={hydrated ? 'button' : 'submit'}
                variant="secondary"
                name={`${name}.action`}
                value="map-old"
                formNoValidate
                formAction={hydrated ? undefined : oldAddressAction}
                busy={mapping}
                onClick={() => {
                  if (hydrated) void findNew();
                }}
              >
                {t('addressPicker.findNew')}
              </Button>
              <p
                role="status"
                className={
                  mapMessage && !mapMessage.ok
                    ? 'dvc-address-picker__message dvc-address-picker__message--error'
                    : 'dvc-address-picker__message'
                }
              >
                {mapMessage?.text}
              </p>
            </div>
          </details>
        )}
      </fieldset>
    );
  },
);
