/**
 * The self-hosted Be Vietnam Pro faces: Vietnamese and Latin subsets only, woff2 only, the
 * three weights the kit uses. Each subset carries a `unicode-range`, so a page downloads a file
 * only when it shows a character from it.
 */

/** The family name the `--dvc-font-family-body` stack starts with. */
export const fontFamily = 'Be Vietnam Pro';

/** The subsets shipped: Vietnamese (letters with marks, ₫) and basic Latin. */
export const fontSubsets = ['vietnamese', 'latin'] as const;

/** Regular body text, semibold labels and buttons, bold headings. */
export const fontWeights = [400, 600, 700] as const;

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
        `  font-weight: ${weight};`,
        '  font-display: swap;',
        `  src: url('${baseUrl}${file}') format('woff2');`,
        `  unicode-range: ${unicodeRanges[subset]};`,
        '}',
        '',
      ].join('\n'),
    )
    .join('\n');
}
