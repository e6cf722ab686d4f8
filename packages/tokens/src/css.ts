import { flattenTokens } from './flatten.js';
import type { Theme } from './themes.js';
import type { TokenGroup } from './types.js';

/** The CSS custom property name of a flattened token name, e.g. `color-text` -> `--dvc-color-text`. */
export function cssVar<Name extends string>(name: Name): `--dvc-${Name}` {
  return `--dvc-${name}`;
}

/** A `var()` reference to a token, for inline styles: `tokenVar('space-2')` -> `var(--dvc-space-2)`. */
export function tokenVar<Name extends string>(name: Name): `var(--dvc-${Name})` {
  return `var(--dvc-${name})`;
}

function rule(selector: string, values: Iterable<[string, string]>): string {
  const lines = [...values].map(([name, value]) => `  ${cssVar(name)}: ${value};`);
  return `${selector} {\n${lines.join('\n')}\n}\n`;
}

/** Renders a token tree as one CSS rule of `--dvc-*` custom properties under `selector`. */
export function tokensToCss(tokens: TokenGroup, selector = ':root'): string {
  return rule(selector, flattenTokens(tokens));
}

/** The value a motion duration takes when the user asks for reduced motion. */
export const reducedMotionDuration = '0.01ms';

/**
 * The whole token stylesheet: one rule per theme with every value (so a theme nested inside
 * another is complete), then a `prefers-reduced-motion` rule that cuts every motion duration.
 */
export function themesToCss(themes: readonly Theme[]): string {
  const rules = themes.map((theme) => {
    const header = `/* ${theme.label.en}: ${theme.description} */\n`;
    return header + rule(theme.selector, Object.entries(theme.values));
  });
  const durations = Object.keys(themes[0]?.values ?? {}).filter((name) =>
    name.startsWith('motion-duration-'),
  );
  const selectors = themes.map((theme) => theme.selector).join(', ');
  const reduced = rule(
    selectors,
    durations.map((name) => [name, reducedMotionDuration]),
  )
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n');
  return `${rules.join('\n')}\n@media (prefers-reduced-motion: reduce) {\n${reduced}}\n`;
}
