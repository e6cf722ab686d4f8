import base from './tokens/base.json' with { type: 'json' };
import type { TokenGroup } from './types.js';

export { cssVar, tokensToCss } from './css.js';
export { flattenTokens } from './flatten.js';
export type { Token, TokenGroup } from './types.js';

/** The default token set, as DTCG-style JSON. */
export const baseTokens: TokenGroup = base;
