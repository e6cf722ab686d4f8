import pairs from './tokens/pairs.json' with { type: 'json' };
import type { ContrastPair } from './contrast.js';

/**
 * Every foreground/background pair the kit draws (`tokens/pairs.json`); the tests check each
 * one in every theme against WCAG 2.2 AA.
 */
export const contrastPairs = pairs.pairs as readonly ContrastPair[];
