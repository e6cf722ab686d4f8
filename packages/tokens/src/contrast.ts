/**
 * WCAG 2.2 contrast, computed from the definitions in the standard: relative luminance of
 * sRGB colours and the (L1 + 0.05) / (L2 + 0.05) ratio. No dependencies.
 */

/** What a pair of colours is used for, which sets the minimum ratio it needs. */
export type PairKind = 'text' | 'large-text' | 'ui' | 'focus';

/**
 * WCAG 2.2 AA minimum ratios: 1.4.3 (text 4.5:1, large text 3:1) and 1.4.11 (user interface
 * components and graphical objects 3:1, which covers focus indicators).
 */
export const minimumContrast: Readonly<Record<PairKind, number>> = {
  text: 4.5,
  'large-text': 3,
  ui: 3,
  focus: 3,
};

/** A foreground drawn on a background, named by token (e.g. `color-text` on `color-background`). */
export interface ContrastPair {
  foreground: string;
  background: string;
  kind: PairKind;
  /** Where the kit draws this pair, for the person reading a failure. */
  usage?: string;
}

/** A pair below its minimum, with the colours and ratio that made it fail. */
export interface ContrastFailure extends ContrastPair {
  foregroundValue: string;
  backgroundValue: string;
  ratio: number;
  minimum: number;
}

/** Parses `#rgb` or `#rrggbb` into 0-255 channels. Anything else (alpha, names) throws. */
export function parseHexColor(color: string): [number, number, number] {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!match?.[1]) {
    throw new Error(`Not an opaque #rgb or #rrggbb colour: "${color}"`);
  }
  const hex =
    match[1].length === 3 ? [...match[1]].map((digit) => digit + digit).join('') : match[1];
  return [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];
}

/** WCAG relative luminance of an opaque sRGB colour, from 0 (black) to 1 (white). */
export function relativeLuminance(color: string): number {
  const [r, g, b] = parseHexColor(color).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours, from 1 to 21; order does not matter. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Every pair whose colours, looked up in `values` (flattened token name -> value, e.g. a
 * theme's `values`), fall below
 * the minimum for its kind. A pair naming a token that `values` lacks throws: a typo must not
 * pass silently.
 */
export function findContrastFailures(
  values: Readonly<Record<string, string>>,
  pairs: readonly ContrastPair[],
): ContrastFailure[] {
  const lookup = (name: string): string => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined) throw new Error(`Contrast pair names an unknown token "${name}"`);
    return value;
  };
  const failures: ContrastFailure[] = [];
  for (const pair of pairs) {
    const foregroundValue = lookup(pair.foreground);
    const backgroundValue = lookup(pair.background);
    const ratio = contrastRatio(foregroundValue, backgroundValue);
    const minimum = minimumContrast[pair.kind];
    if (ratio < minimum) {
      failures.push({ ...pair, foregroundValue, backgroundValue, ratio, minimum });
    }
  }
  return failures;
}
