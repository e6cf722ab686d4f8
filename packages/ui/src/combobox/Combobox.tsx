'use client';
import { createSearch } from '@dvc/vn';
import {
  forwardRef,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type InputHTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useUiTranslation } from '../i18n/use-ui-translation.js';
import { VisuallyHidden } from '../visually-hidden/VisuallyHidden.js';

export interface ComboboxOption {
  /** What the form sends, e.g. a commune code "01843". */
  value: string;
  /** What people read and search, e.g. "Phường Bắc Kạn". */
  label: string;
  /** Other words that should find this option (old names, abbreviations). */
  keywords?: readonly string[];
}

export interface ComboboxProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'defaultValue' | 'onChange' | 'children' | 'type' | 'list'
> {
  /** The visible label (required). */
  label: ReactNode;
  /** The form field name; the form sends the chosen option's `value` under it. */
  name: string;
  /** Every option; the list shows at most `maxVisible` of the best matches. */
  options: readonly ComboboxOption[];
  /** The chosen option's value (controlled). */
  value?: string;
  /** The chosen option's value on first render (uncontrolled). */
  defaultValue?: string;
  /** Called with the newly chosen value ('' when cleared) and its option. */
  onValueChange?: (value: string, option: ComboboxOption | undefined) => void;
  /** Help text under the label. */
  hint?: ReactNode;
  /** An error message; marks the field invalid. */
  error?: ReactNode;
  /** Spelling groups that mean the same thing, passed to the search (defaults to @dvc/vn's). */
  synonyms?: readonly (readonly string[])[];
  /** The most options rendered at once (the rest are reached by typing). */
  maxVisible?: number;
  /** The control the server renders for browsers without JavaScript: a select, or for very long lists a text input with a datalist. */
  fallback?: 'select' | 'datalist';
  /** Overrides the empty first option of the native select ("Chọn"). */
  chooseLabel?: string;
  /** Overrides the "no results" message. */
  noResultsText?: string;
}

function joinIds(...ids: (string | false | undefined)[]): string | undefined {
  const out = ids.filter(Boolean).join(' ');
  return out === '' ? undefined : out;
}

/**
 * An editable combobox (ARIA 1.2 list autocomplete): typing filters the options with
 * Vietnamese-aware search (marks, case and spelling variants ignored), arrow keys move through
 * the list, Enter chooses. The server renders a native select (or input + datalist) instead, so
 * the field works without JavaScript; both send the option's value.
 */
export const Combobox = forwardRef<HTMLInputElement, ComboboxProps>(function Combobox(
  {
    label,
    name,
    options,
    value,
    defaultValue,
    onValueChange,
    hint,
    error,
    synonyms,
    maxVisible = 50,
    fallback = 'select',
    chooseLabel,
    noResultsText,
    id,
    className,
    disabled,
    required,
    onKeyDown,
    onBlur,
    onFocus,
    ...rest
  },
  ref,
) {
  const { t } = useUiTranslation();
  const autoId = useId();
  const inputId = id ?? `${autoId}-input`;
  const labelId = `${autoId}-label`;
  const hintId = `${autoId}-hint`;
  const errorId = `${autoId}-error`;
  const listId = `${autoId}-list`;
  const instructionsId = `${autoId}-instructions`;

  const [innerValue, setInnerValue] = useState(defaultValue ?? '');
  const selected = value ?? innerValue;
  const byValue = useMemo(() => new Map(options.map((o) => [o.value, o])), [options]);
  const selectedOption = byValue.get(selected);

  const [enhanced, setEnhanced] = useState(false);
  const nativeRef = useRef<HTMLSelectElement & HTMLInputElement>(null);
  const [query, setQuery] = useState(selectedOption?.label ?? '');
  // While an IME composes a syllable the search waits, so the input is never reformatted mid-word.
  const [searchText, setSearchText] = useState(query);
  const composing = useRef(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listRef = useRef<HTMLDivElement>(null);

  const search = useMemo(
    () =>
      createSearch(options, {
        keys: ['label', 'keywords'],
        limit: options.length,
        ...(synonyms ? { synonyms } : {}),
      }),
    [options, synonyms],
  );
  // Filtering 3,000+ options waits behind typing: React renders the input first.
  const deferredText = useDeferredValue(searchText);
  const matches = useMemo(() => {
    const text = deferredText.trim();
    if (text === '' || text === selectedOption?.label) return options;
    return search(text).map((r) => r.item);
  }, [deferredText, options, search, selectedOption]);
  const shown = matches.length > maxVisible ? matches.slice(0, maxVisible) : matches;

  // After hydration the native control gives way to the combobox, keeping anything already chosen.
  useEffect(() => {
    const early = nativeRef.current?.value;
    const option = early ? byValue.get(early) : undefined;
    if (option && option.value !== selected) {
      if (value === undefined) setInnerValue(option.value);
      setQuery(option.label);
      setSearchText(option.label);
      onValueChange?.(option.value, option);
    }
    setEnhanced(true);
    // Runs once, when the page has hydrated.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A new value from the parent (e.g. an address look-up) shows its label.
  const shownValue = useRef(selected);
  useEffect(() => {
    if (shownValue.current === selected) return;
    shownValue.current = selected;
    const label = byValue.get(selected)?.label ?? '';
    setQuery(label);
    setSearchText(label);
  }, [selected, byValue]);

  useEffect(() => {
    if (active < 0 || !open) return;
    const option = listRef.current?.children[active];
    if (option instanceof HTMLElement && typeof option.scrollIntoView === 'function') {
      option.scrollIntoView({ block: 'nearest' });
    }
  }, [active, open]);

  function choose(option: ComboboxOption | undefined) {
    const next = option?.value ?? '';
    shownValue.current = next;
    if (value === undefined) setInnerValue(next);
    setQuery(option?.label ?? '');
    setSearchText(option?.label ?? '');
    setOpen(false);
    setActive(-1);
    if (next !== selected) onValueChange?.(next, option);
  }

  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    const text = event.target.value;
    setQuery(text);
    setOpen(true);
    setActive(-1);
    if (!composing.current) setSearchText(text);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    onKeyDown?.(event);
    if (event.defaultPrevented || event.nativeEvent.isComposing || composing.current) return;
    const last = shown.length - 1;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) {
          setOpen(true);
          if (!event.altKey) setActive(0);
        } else setActive(active >= last ? 0 : active + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActive(!open || active <= 0 ? last : active - 1);
        break;
      case 'Home':
      case 'End':
        // With an option active these move through the list; otherwise they move the caret.
        if (open && active >= 0) {
          event.preventDefault();
          setActive(event.key === 'Home' ? 0 : last);
        }
        break;
      case 'Enter':
        if (open && active >= 0) {
          event.preventDefault();
          choose(shown[active]);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query !== '') {
          event.preventDefault();
          choose(undefined);
        }
        break;
      default:
        break;
    }
  }

  const invalid = error !== undefined && error !== null && error !== false;
  const describedBy = joinIds(hint !== undefined && hintId, invalid && errorId);
  const classes = ['dvc-combobox', invalid && 'dvc-combobox--error', className]
    .filter(Boolean)
    .join(' ');

  const head = (
    <>
      <label id={labelId} htmlFor={inputId} className="dvc-combobox__label">
        {label}
      </label>
      {hint !== undefined && (
        <div id={hintId} className="dvc-combobox__hint">
          {hint}
        </div>
      )}
      {invalid && (
        <p id={errorId} className="dvc-combobox__error">
          {error}
        </p>
      )}
    </>
  );

  if (!enhanced) {
    if (fallback === 'datalist') {
      return (
        <div className={classes}>
          {head}
          <input
            ref={nativeRef}
            id={inputId}
            name={name}
            className="dvc-combobox__input"
            list={listId}
            defaultValue={selected}
            disabled={disabled}
            required={required}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            autoComplete="off"
          />
          <datalist id={listId}>
            {options.map((o) => (
              <option key={o.value} value={o.value} label={o.label} />
            ))}
          </datalist>
        </div>
      );
    }
    return (
      <div className={classes}>
        {head}
        <select
          ref={nativeRef}
          id={inputId}
          name={name}
          className="dvc-combobox__input dvc-combobox__select"
          defaultValue={selected}
          disabled={disabled}
          required={required}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        >
          <option value="">{chooseLabel ?? t('combobox.choose')}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    );
  }

  const typed = deferredText.trim() !== '' && deferredText !== selectedOption?.label;
  let status = '';
  if (open && typed) {
    if (matches.length === 0) status = noResultsText ?? t('combobox.noResults');
    else if (matches.length > shown.length)
      status = t('combobox.resultsLimited', { count: matches.length, shown: shown.length });
    else status = t('combobox.results', { count: matches.length });
  }
  const expanded = open && shown.length > 0;
  const activeId =
    expanded && active >= 0 && active < shown.length ? `${listId}-${String(active)}` : undefined;

  return (
    <div className={classes}>
      {head}
      <div className="dvc-combobox__field">
        <input
          ref={ref}
          id={inputId}
          type="text"
          role="combobox"
          className="dvc-combobox__input"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={activeId}
          aria-invalid={invalid || undefined}
          aria-describedby={joinIds(describedBy, instructionsId)}
          aria-required={required || undefined}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          disabled={disabled}
          required={required}
          value={query}
          onChange={handleChange}
          onKeyDown={handleKeyDown}
          onCompositionStart={() => {
            composing.current = true;
          }}
          onCompositionEnd={(event) => {
            composing.current = false;
            setSearchText(event.currentTarget.value);
          }}
          onClick={() => {
            setOpen(true);
          }}
          onFocus={onFocus}
          onBlur={(event) => {
            onBlur?.(event);
            setOpen(false);
            setActive(-1);
            // Text that is not an option does not stay: the field always shows what will be sent.
            const text = query.trim();
            if (text === '') choose(undefined);
            else if (text !== selectedOption?.label) {
              const exact = search(text).find(
                (r) => r.rank === 0 && r.item.label.length === text.length,
              );
              if (exact) choose(exact.item);
              else {
                setQuery(selectedOption?.label ?? '');
                setSearchText(selectedOption?.label ?? '');
              }
            }
          }}
          {...rest}
        />
        <input type="hidden" name={name} value={selected} />
        <div
          ref={listRef}
          id={listId}
          role="listbox"
          aria-labelledby={labelId}
          className="dvc-combobox__list"
          hidden={!expanded}
        >
          {expanded &&
            shown.map((option, index) => (
              // Keyboard users reach options through the input (aria-activedescendant).
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/interactive-supports-focus
              <div
                key={option.value}
                id={`${listId}-${String(index)}`}
                role="option"
                aria-selected={option.value === selected}
                className={[
                  'dvc-combobox__option',
                  index === active && 'dvc-combobox__option--active',
                ]
                  .filter(Boolean)
                  .join(' ')}
                onMouseDown={(event) => {
                  // Keep focus in the input so the choice lands there.
                  event.preventDefault();
                }}
                onClick={() => {
                  choose(option);
                }}
              >
                {option.label}
              </div>
            ))}
        </div>
      </div>
      <VisuallyHidden id={instructionsId}>{t('combobox.instructions')}</VisuallyHidden>
      <VisuallyHidden aria-live="polite" aria-atomic="true">
        {status}
      </VisuallyHidden>
    </div>
  );
});
