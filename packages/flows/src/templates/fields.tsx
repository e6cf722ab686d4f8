'use client';
import {
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
  type SelectOption,
} from '@dvc/ui';
import { ethnicGroups } from '@dvc/vn';
import { communesOf, provinces } from '@dvc/vn/places';
import { useState, type ReactNode } from 'react';
import type { GroupItem } from '../answers.js';
import {
  actionField,
  addItemAction,
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
}

/**
 * Province, commune and street. Without JavaScript the commune list is the chosen province's
 * (or, before one is chosen, every commune grouped by province is too heavy, so the person
 * chooses the province, continues, and then the commune); with JavaScript the list follows the
 * province as it changes.
 */
// TODO(report): AddressPicker (search, old-address helper) once @dvc/ui exports it.
function AddressField({
  question,
  name,
  values,
  errors,
  isPageHeading,
  label,
  hint,
}: AddressFieldProps) {
  const { t } = useFlowsTranslation();
  const first = (n: string) => values.get(n)?.[0] ?? '';
  const [province, setProvince] = useState(first(fieldName(name, 'province')));
  const errorOf = (part: string) => {
    const found = errors.find((e) => e.field === fieldName(name, part));
    return found ? errorText(t, found) : undefined;
  };
  const communeOptions: SelectOption[] = [
    { value: '', text: t('templates.common.select') },
    ...(province ? communesOf(province).map((c) => ({ value: c.code, text: c.name })) : []),
  ];
  const legendError = errors.find(
    (e) => !['province', 'commune', 'street'].some((p) => e.field === fieldName(name, p)),
  );
  return (
    <Fieldset
      legend={label}
      isPageHeading={isPageHeading}
      legendSize={isPageHeading ? 'l' : 'm'}
      className="dvc-flow-address"
      id={name}
    >
      {hint !== undefined && <Hint>{hint}</Hint>}
      {legendError && <ErrorMessage>{errorText(t, legendError)}</ErrorMessage>}
      <Select
        name={fieldName(name, 'province')}
        label={t('templates.address.province')}
        error={errorOf('province')}
        defaultValue={province}
        onChange={(e) => {
          setProvince(e.currentTarget.value);
        }}
        autoComplete="off"
        options={[
          { value: '', text: t('templates.common.select') },
          ...provinces.map((p) => ({ value: p.code, text: p.name })),
        ]}
      />
      <Select
        // A new key when the province changes, so the commune starts unchosen.
        key={province}
        name={fieldName(name, 'commune')}
        label={t('templates.address.commune')}
        hint={province ? undefined : t('templates.address.communeHint')}
        error={errorOf('commune')}
        defaultValue={first(fieldName(name, 'commune'))}
        options={communeOptions}
      />
      {question.street !== 'none' && (
        <TextInput
          name={fieldName(name, 'street')}
          label={
            question.street === 'optional'
              ? `${t('templates.address.street')} ${t('templates.common.optional')}`
              : t('templates.address.street')
          }
          error={errorOf('street')}
          defaultValue={first(fieldName(name, 'street'))}
          maxLength={question.maxLength}
          autoComplete="off"
        />
      )}
    </Fieldset>
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
