import { flattenTokens } from './flatten.js';
import type { TokenGroup } from './types.js';

/** The CSS custom property name of a flattened token name, e.g. `color-text` -> `--dvc-color-text`. */
export function cssVar(name: string): string {
  return `--dvc-${name}`;
}

/** Renders a token tree as one CSS rule of `--dvc-*` custom properties under `selector`. */
export function tokensToCss(tokens: TokenGroup, selector = ':root'): string {
  const lines = [...flattenTokens(tokens)].map(([name, value]) => `  ${cssVar(name)}: ${value};`);
  return `${selector} {\n${lines.join('\n')}\n}\n`;
}
