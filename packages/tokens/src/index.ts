export {
  contrastRatio,
  findContrastFailures,
  minimumContrast,
  parseHexColor,
  relativeLuminance,
  type ContrastFailure,
  type ContrastPair,
  type PairKind,
} from './contrast.js';
export { cssVar, reducedMotionDuration, themesToCss, tokenVar, tokensToCss } from './css.js';
export { flattenTokens } from './flatten.js';
export {
  fontFaceCss,
  fontFamily,
  fontFiles,
  fontSubsets,
  fontWeightRanges,
  fontWeights,
  type FontFile,
  type FontSubset,
  type FontWeight,
} from './fonts.js';
export { contrastPairs } from './pairs.js';
export {
  baseTokens,
  defaultTheme,
  defineTheme,
  findTheme,
  themes,
  tokenNames,
  tokens,
  type CssVarName,
  type Theme,
  type ThemeMeta,
  type TokenName,
} from './themes.js';
export type { FlatTokenNames, Token, TokenGroup } from './types.js';
