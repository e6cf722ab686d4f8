'use client';
import {
  AddressPicker,
  Button,
  CharacterCount,
  Checkboxes,
  CitizenIdInput,
  DateInput,
  ErrorMessage,
  Fieldset,
  FileUpload,
  Hint,
  PhoneInput,
  Radios,
  Select,
  TextInput,
  type DateInputField,
} from '@dvc/ui';
import { ethnicGroups } from '@dvc/vn';
import { findCommune, findProvince } from '@dvc/vn/places';
import { useRef, type ReactNode } from 'react';
import type { GroupItem } from '../answers.js';
import type { MappedCommune, OldAddressQuery } from '../form.js';
import {
  actionField,
  addItemAction,
  addressParts,
  fieldName,
  itemFieldName,
  removeItemAction,
} from '../fields.js';
import { visibleItemQuestions } from '../paths.js';
import type { Option, RepeatingGroupQuestion, SimpleQuestion } from '../schema.js';
import type { FieldError } from '../validate.js';
import { errorText, useFlowsTranslation } from './i18n.js';

/** Posted values by field name, as `answersToEntries` writes them. */
export type FieldValues = ReadonlyMap<string, readonly string[]>;

/** Groups form entries by name. */
export function valuesOf(entries: Iterable<readonly [string, string]>): FieldValues {
  const map = new Map<string, string[]>();
  for (const [name, value] of entries) {
    const list = map.get(name);
    if (list) list.push(value);
    else map.set(name, [value]);
  }
  return map;
}

interface SimpleFieldProps {
  question: SimpleQuestion;
  /** The base field name: the question id, or `group[0].sub` inside a group item. */
  name: string;
  values: FieldValues;
  /** The errors of this field (and its parts). */
  errors: FieldError[];
  isPageHeading: boolean;
  /** Extra help after the question's hint (the prefilled note). */
  note?: ReactNode;
  /** Where an address question's old-address helper posts (see `QuestionPage`). */
  oldAddressAction?: string | undefined;
  /** The server's answer to an old-address look-up on this page. */
  lookup?: OldAddressLookup | undefined;
}

function optionsOf(options: readonly Option[], locale: 'vi' | 'en') {
  return options.map((o) => ({
    value: o.value,
    label: o.label[locale],
    ...(o.hint ? { hint: o.hint[locale] } : {}),
  }));
}

function acceptText(accept: readonly string[]): string {
  return accept
    .map((a) => (a.includes('/') ? (a.split('/')[1] ?? a) : a.replace(/^\./u, '')))
    .map((a) => (a === 'jpeg' ? 'JPG' : a.toUpperCase()))
    .filter((a, i, all) => all.indexOf(a) === i)
    .join(', ');
}

/** One question that is not a repeating group, as the @dvc/ui control that fits its type. */
export function SimpleField({
  question,
  name,
  values,
  errors,
  isPageHeading,
  note,
  oldAddressAction,
  lookup,
}: SimpleFieldProps) {
  const { t, locale } = useFlowsTranslation();
  const first = (n: string) => values.get(n)?.[0] ?? '';
  const labelText = question.label[locale];
  const label = question.required ? (
    labelText
  ) : (
    <>
      {labelText} {t('templates.common.optional')}
    </>
  );
  const hintText = question.hint?.[locale];
  const hint =
    hintText !== undefined || note !== undefined ? (
      <>
        {hintText}
        {hintText !== undefined && note !== undefined ? ' ' : null}
        {note}
      </>
    ) : undefined;
  const error = errors[0] ? errorText(t, errors[0]) : undefined;
  const common = {
    label,
    hint,
    error,
    isPageHeading,
    labelSize: isPageHeading ? 'l' : 'm',
  } as const;
  const own = question.prefill !== undefined && !name.includes('[');

  switch (question.type) {
    case 'citizenId':
      // Groups the digits 4-4-4 on blur; the engine strips the spaces before validating.
      return <CitizenIdInput {...common} name={name} defaultValue={first(name)} hint={hint} />;
    case 'phone':
      return (
        <PhoneInput
          {...common}
          name={name}
          defaultValue={first(name)}
          autoComplete={own ? 'tel' : 'off'}
        />
      );
    case 'text':
    case 'fullName':
    case 'email':
    case 'number': {
      const byType = {
        text: { width: 'full' as const },
        fullName: {
          width: 'full' as const,
          autoComplete: own ? 'name' : 'off',
          spellCheck: false,
        },
        email: {
          width: 'full' as const,
          type: 'email',
          autoComplete: own ? 'email' : 'off',
          spellCheck: false,
        },
        number: {
          width: 5 as const,
          inputMode:
            question.type === 'number' && !question.integer
              ? ('decimal' as const)
              : ('numeric' as const),
          ...(question.type === 'number' && question.suffix
            ? { suffix: question.suffix[locale] }
            : {}),
        },
      }[question.type];
      return <TextInput {...common} name={name} defaultValue={first(name)} {...byType} />;
    }
    case 'textarea':
      return (
        <CharacterCount
          {...common}
          name={name}
          maxLength={question.maxLength}
          defaultValue={first(name)}
          rows={5}
        />
      );
    case 'select':
      return (
        <Select
          {...common}
          name={name}
          defaultValue={first(name)}
          options={[
            { value: '', text: t('templates.common.select') },
            ...question.options.map((o) => ({ value: o.value, text: o.label[locale] })),
          ]}
        />
      );
    case 'ethnicGroup':
      return (
        <Select
          {...common}
          name={name}
          defaultValue={first(name)}
          options={[
            { value: '', text: t('templates.common.select') },
            ...ethnicGroups.map((g) => ({ value: g.code, text: g.name })),
          ]}
        />
      );
    case 'radios':
      return (
        <Radios
          name={name}
          legend={label}
          hint={hint}
          error={error}
          isPageHeading={isPageHeading}
          legendSize={isPageHeading ? 'l' : 'm'}
          defaultValue={first(name)}
          items={optionsOf(question.options, locale)}
          inline={
            question.options.length === 2 &&
            question.options.every((o) => !o.hint && o.label[locale].length <= 12)
          }
        />
      );
    case 'checkboxes':
      return (
        <Checkboxes
          name={name}
          legend={label}
          hint={hint}
          error={error}
          isPageHeading={isPageHeading}
          legendSize={isPageHeading ? 'l' : 'm'}
          defaultValue={[...(values.get(name) ?? [])]}
          items={optionsOf(question.options, locale)}
        />
      );
    case 'date': {
      const errorFields = errors
        .map((e) => e.field.slice(name.length + 1))
        .filter((p): p is DateInputField => p === 'day' || p === 'month' || p === 'year');
      return (
        <DateInput
          name={name}
          legend={label}
          hint={hint}
          error={error}
          errorFields={errorFields}
          precision={question.precision}
          isPageHeading={isPageHeading}
          autoCompleteBirthday={own && question.prefill === 'dateOfBirth'}
          defaultValue={{
            day: first(fieldName(name, 'day')),
            month: first(fieldName(name, 'month')),
            year: first(fieldName(name, 'year')),
          }}
        />
      );
    }
    case 'address':
      return (
        <AddressField
          question={question}
          name={name}
          values={values}
          errors={errors}
          isPageHeading={isPageHeading}
          label={label}
          hint={hint}
          oldAddressAction={oldAddressAction}
          lookup={lookup?.question === name ? lookup : undefined}
        />
      );
    case 'file': {
      const megabytes = Math.round((question.maxSizeBytes / 1048576) * 10) / 10;
      const types = acceptText(question.accept);
      const current = values.get(`${name}.uploaded`)?.join(', ');
      const rule =
        question.maxFiles > 1
          ? t('templates.file.hintMany', { max: question.maxFiles, types, maxMegabytes: megabytes })
          : t('templates.file.hint', { types, maxMegabytes: megabytes });
      return (
        <FileUpload
          {...common}
          name={name}
          hint={
            <>
              {hint}
              {hint !== undefined ? ' ' : null}
              {rule}
              {current ? ` ${t('templates.file.current', { files: current })}` : null}
            </>
          }
          accept={question.accept.join(',')}
          multiple={question.maxFiles > 1}
          maxSize={question.maxSizeBytes}
        />
      );
    }
  }
}

interface AddressFieldProps {
  question: SimpleQuestion & { type: 'address' };
  name: string;
  values: FieldValues;
  errors: FieldError[];
  isPageHeading: boolean;
  label: ReactNode;
  hint: ReactNode;
  /** Where the old-address helper posts; without it the helper is not offered. */
  oldAddressAction?: string | undefined;
  /** The result of a look-up the server just did for this question (without JavaScript). */
  lookup?: OldAddressLookup | undefined;
}

/** What the server found for an old address, shown once above the address fields. */
export interface OldAddressLookup {
  /** The address question the look-up was for. */
  question: string;
  /** The new commune, or `undefined` when nothing matched. */
  found: MappedCommune | undefined;
}

/**
 * Maps an old address from the browser: posts the page's own fields (CSRF included) to the
 * helper's URL asking for JSON, `{ "communes": [{ "code", "provinceCode" }] }`.
 */
async function fetchOldAddress(
  form: HTMLFormElement | null | undefined,
  url: string,
  name: string,
  old: OldAddressQuery,
): Promise<readonly MappedCommune[]> {
  const body = new URLSearchParams();
  if (form) {
    for (const [key, value] of new FormData(form)) {
      if (typeof value === 'string') body.append(key, value);
    }
  }
  body.set(`${name}.oldProvince`, old.province);
  body.set(`${name}.oldDistrict`, old.district);
  body.set(`${name}.oldWard`, old.ward);
  body.set(`${name}.action`, 'map-old');
  const response = await fetch(url, {
    method: 'POST',
    headers: { Accept: 'application/json' },
    body,
    credentials: 'same-origin',
  });
  if (!response.ok) throw new Error(`old address look-up: ${String(response.status)}`);
  const data = (await response.json()) as { communes?: unknown };
  return Array.isArray(data.communes)
    ? data.communes.filter(
        (c): c is MappedCommune =>
          typeof c === 'object' &&
          c !== null &&
          typeof (c as MappedCommune).code === 'string' &&
          typeof (c as MappedCommune).provinceCode === 'string',
      )
    : [];
}

/**
 * Province, commune and street as the @dvc/ui AddressPicker, with its old-address helper when
 * the page has somewhere to post it. Without JavaScript the lists are native selects: "Chọn"
 * posts the page to list the chosen province's communes, and the helper's button posts the old
 * address for the server to map; both come back as the same page, nothing checked yet.
 */
function AddressField({
  question,
  name,
  values,
  errors,
  isPageHeading,
  label,
  hint,
  oldAddressAction,
  lookup,
}: AddressFieldProps) {
  const { t } = useFlowsTranslation();
  const first = (n: string) => values.get(n)?.[0] ?? '';
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const errorOf = (part: string) => {
    const found = errors.find((e) => e.field === fieldName(name, part));
    return found ? errorText(t, found) : undefined;
  };
  const partErrors = {
    province: errorOf('province'),
    commune: errorOf('commune'),
    street: errorOf('street'),
  };
  const legendError = errors.find((e) => !addressParts.some((p) => e.field === fieldName(name, p)));
  const found = lookup?.found;
  const foundCommune = found ? findCommune(found.code) : undefined;
  const foundProvince = found ? findProvince(found.provinceCode) : undefined;
  const message =
    lookup === undefined
      ? undefined
      : foundCommune && foundProvince
        ? t('templates.address.mapped', {
            commune: foundCommune.name,
            province: foundProvince.name,
          })
        : t('templates.address.notFound');
  const helper = question.oldAddressHelper && oldAddressAction !== undefined;
  return (
    <AddressPicker
      ref={fieldset}
      id={name}
      name={name}
      className="dvc-flow-address"
      legend={
        isPageHeading ? (
          <h1 className="dvc-fieldset__heading dvc-flow-address__heading">{label}</h1>
        ) : (
          label
        )
      }
      hint={
        hint !== undefined || message !== undefined || legendError ? (
          <>
            {hint}
            {message !== undefined && (
              <span
                role="status"
                className={foundCommune ? 'dvc-flow-address__found' : 'dvc-flow-address__not-found'}
              >
                {message}
              </span>
            )}
            {legendError && <ErrorMessage>{errorText(t, legendError)}</ErrorMessage>}
          </>
        ) : undefined
      }
      defaultValue={{
        province: first(fieldName(name, 'province')),
        commune: first(fieldName(name, 'commune')),
        street: first(fieldName(name, 'street')),
      }}
      errors={Object.fromEntries(Object.entries(partErrors).filter(([, v]) => v !== undefined))}
      fieldIds={{
        province: fieldName(name, 'province'),
        commune: fieldName(name, 'commune'),
        street: fieldName(name, 'street'),
      }}
      {...(helper
        ? {
            oldAddressAction,
            mapOldAddress: (old: OldAddressQuery) =>
              fetchOldAddress(fieldset.current?.form, oldAddressAction, name, old),
          }
        : {})}
    />
  );
}

interface GroupFieldProps {
  question: RepeatingGroupQuestion;
  values: FieldValues;
  errors: FieldError[];
  /** The items as answered, to decide which sub-questions each item shows. */
  items: readonly GroupItem[];
  /** Earlier answers, for sub-question conditions. */
  outer: (id: string) => unknown;
  isPageHeading: boolean;
}

/**
 * A repeating group: each item's questions in a fieldset with a "Remove" button, then "Add".
 * The buttons post `_action=add:group` / `remove:group:i`, which `parsePagePost` reads.
 */
export function GroupField({
  question,
  values,
  errors,
  items,
  outer,
  isPageHeading,
}: GroupFieldProps) {
  const { t, locale } = useFlowsTranslation();
  const item = question.itemLabel[locale];
  const groupErrors = errors.filter((e) => e.item === undefined);
  const Heading = isPageHeading ? 'h1' : 'h2';
  return (
    <section
      className={['dvc-flow-group', groupErrors.length > 0 && 'dvc-form-group--error']
        .filter(Boolean)
        .join(' ')}
      aria-labelledby={`${question.id}-heading`}
    >
      <Heading className="dvc-flow-group__heading" id={`${question.id}-heading`}>
        {question.label[locale]}
      </Heading>
      {question.hint && <Hint>{question.hint[locale]}</Hint>}
      {groupErrors[0] && (
        <ErrorMessage id={question.id} tabIndex={-1}>
          {errorText(t, groupErrors[0])}
        </ErrorMessage>
      )}
      <p className="dvc-flow-group__count">
        {items.length === 0
          ? t('templates.group.empty', { item })
          : t('templates.group.count', { count: items.length, item })}
      </p>
      {items.map((answers, index) => {
        const number = index + 1;
        const subs = visibleItemQuestions(question.questions, answers, (id) => outer(id) as never);
        return (
          <Fieldset
            key={index}
            className="dvc-flow-group__item"
            legend={t('flows:engine.item', { label: item, number })}
            legendSize="m"
          >
            {subs.map((sub) => {
              const name = itemFieldName(question.id, index, sub.id);
              return (
                <SimpleField
                  key={sub.id}
                  question={sub}
                  name={name}
                  values={values}
                  errors={errors.filter((e) => e.item === index && e.subQuestion === sub.id)}
                  isPageHeading={false}
                />
              );
            })}
            <Button
              variant="warning"
              name={actionField}
              value={removeItemAction(question.id, index)}
              formNoValidate
            >
              {t('templates.group.remove', { item, number })}
            </Button>
          </Fieldset>
        );
      })}
      {items.length < question.maxItems && (
        <Button
          variant="secondary"
          name={actionField}
          value={addItemAction(question.id)}
          formNoValidate
        >
          {items.length === 0
            ? t('templates.group.add', { item })
            : t('templates.group.addAnother', { item })}
        </Button>
      )}
    </section>
  );
}
