import base from './tokens/base.json' with { type: 'json' };
import highContrast from './tokens/themes/high-contrast.json' with { type: 'json' };
import thaiNguyen from './tokens/themes/thai-nguyen.json' with { type: 'json' };
import { flattenTokens } from './flatten.js';
import type { FlatTokenNames, TokenGroup } from './types.js';

/** Every token name, flattened: `'color-text' | 'space-1' | ...`. */
export type TokenName = FlatTokenNames<typeof base>;

/** The CSS custom property of a token: `'--dvc-color-text' | ...`. */
export type CssVarName = `--dvc-${TokenName}`;

/** The default token set, as DTCG-style JSON. */
export const baseTokens: TokenGroup = base;

const baseValues = flattenTokens(baseTokens);

/** Every token name, in the order of `base.json`. */
export const tokenNames = [...baseValues.keys()] as TokenName[];

/** The default value of every token, by flattened name (`tokens['color-text']`). */
export const tokens = Object.fromEntries(baseValues) as Readonly<Record<TokenName, string>>;

/** How a theme describes itself in its JSON file, under the `$theme` key. */
export interface ThemeMeta {
  /** Lower-case, hyphenated; also the file name, the class `dvc-theme-<id>` and `data-dvc-theme`. */
  id: string;
  /** What a toolbar or settings page calls the theme. */
  label: { vi: string; en: string };
  description: string;
}

/** A theme: values for existing token names, applied by a scoping class or data attribute. */
export interface Theme extends ThemeMeta {
  /** The values this theme sets (a subset of the token names). */
  overrides: Readonly<Partial<Record<TokenName, string>>>;
  /** Every token's value under this theme: the defaults with the overrides applied. */
  values: Readonly<Record<TokenName, string>>;
  /** `dvc-theme-<id>`: put it on any element to theme that element and its descendants. */
  className: string;
  /** The value for the `data-dvc-theme` attribute. */
  attribute: string;
  /** The CSS selector list the theme's rule uses. */
  selector: string;
}

const themeIdPattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

function readMeta(json: Record<string, unknown>): ThemeMeta {
  const meta = json.$theme as Partial<ThemeMeta> | undefined;
  if (
    typeof meta?.id !== 'string' ||
    !themeIdPattern.test(meta.id) ||
    typeof meta.label?.vi !== 'string' ||
    typeof meta.label.en !== 'string' ||
    typeof meta.description !== 'string'
  ) {
    throw new Error(
      'A theme needs "$theme": { "id": "lower-case-id", "label": { "vi", "en" }, "description" }',
    );
  }
  return {
    id: meta.id,
    label: { vi: meta.label.vi, en: meta.label.en },
    description: meta.description,
  };
}

/**
 * Turns a theme's JSON into a `Theme`. A theme supplies values only: a name that the default
 * tokens do not have throws, so a typo cannot silently do nothing.
 */
export function defineTheme(json: Record<string, unknown>): Theme {
  const meta = readMeta(json);
  const overrides = flattenTokens(json as TokenGroup);
  for (const name of overrides.keys()) {
    if (!baseValues.has(name)) {
      throw new Error(`Theme "${meta.id}" sets "${name}", which is not a dvc-kit token`);
    }
  }
  const className = `dvc-theme-${meta.id}`;
  const ownSelector = `.${className}, [data-dvc-theme='${meta.id}']`;
  return {
    ...meta,
    overrides: Object.fromEntries(overrides),
    values: { ...tokens, ...Object.fromEntries(overrides) },
    className,
    attribute: meta.id,
    selector: meta.id === 'default' ? `:root, ${ownSelector}` : ownSelector,
  };
}

/** The default theme: the values of `base.json`, also applied to `:root`. */
export const defaultTheme: Theme = defineTheme({
  $theme: {
    id: 'default',
    label: { vi: 'Mặc định', en: 'Default' },
    description: 'The dvc-kit defaults, applied to :root',
  },
});

/**
 * Every theme the kit ships, the default first. A province adds one JSON file under
 * `src/tokens/themes/` and one line here (README.md, "Adding a provincial theme").
 */
export const themes: readonly Theme[] = [
  defaultTheme,
  defineTheme(highContrast),
  defineTheme(thaiNguyen),
];

/** The theme with this id, or undefined. */
export function findTheme(id: string): Theme | undefined {
  return themes.find((theme) => theme.id === id);
}
