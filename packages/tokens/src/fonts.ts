/**
 * The self-hosted Be Vietnam Pro faces: Vietnamese and Latin subsets only, woff2 only, two
 * weights: regular and bold. Each subset carries a `unicode-range`, so a page downloads a file
 * only when it shows a character from it. On a cheap phone on a slow network every file is
 * 11 to 22 KB that competes with the page's script, so the semibold of labels and buttons
 * (600) is drawn by the bold face rather than by a third file of its own (issue #8).
 */

/** The family name the `--dvc-font-family-body` stack starts with. */
export const fontFamily = 'Be Vietnam Pro';

/** The subsets shipped: Vietnamese (letters with marks, ₫) and basic Latin. */
export const fontSubsets = ['vietnamese', 'latin'] as const;

/** Regular body text; bold headings, and semibold labels and buttons (the same face). */
export const fontWeights = [400, 700] as const;

/**
 * The `font-weight` range each face answers for: the bold face serves the semibold token
 * (600) too, so the browser neither fetches a third file nor fakes a bold.
 */
export const fontWeightRanges: Readonly<Record<FontWeight, string>> = {
  400: '400',
  700: '600 700',
};

export type FontSubset = (typeof fontSubsets)[number];
export type FontWeight = (typeof fontWeights)[number];

/** One woff2 file the build copies into `dist/fonts`. */
export interface FontFile {
  subset: FontSubset;
  weight: FontWeight;
  /** The file name, as in `@fontsource/be-vietnam-pro/files` and `dist/fonts`. */
  file: string;
}

/** Every font file shipped, Vietnamese first. Preload `vietnamese` 400 for the fastest text. */
export const fontFiles: readonly FontFile[] = fontSubsets.flatMap((subset) =>
  fontWeights.map((weight) => ({
    subset,
    weight,
    file: `be-vietnam-pro-${subset}-${weight}-normal.woff2`,
  })),
);

/**
 * `@font-face` rules for every shipped file, with `font-display: swap` so text shows at once in
 * a fallback font. `unicodeRanges` comes from `@fontsource/be-vietnam-pro/unicode.json`;
 * `baseUrl` is where the files sit relative to the stylesheet.
 */
export function fontFaceCss(
  unicodeRanges: Readonly<Record<FontSubset, string>>,
  baseUrl = './fonts/',
): string {
  return fontFiles
    .map(({ subset, weight, file }) =>
      [
        `/* ${fontFamily} ${subset} ${weight} */`,
        '@font-face {',
        `  font-family: '${fontFamily}';`,
        '  font-style: normal;',
        `  font-weight: ${fontWeightRanges[weight]};`,
        '  font-display: swap;',
        `  src: url('${baseUrl}${file}') format('woff2');`,
        `  unicode-range: ${unicodeRanges[subset]};`,
        '}',
        '',
      ].join('\n'),
    )
    .join('\n');
}
