import { isToken, type TokenGroup } from './types.js';

/** Flattens a token tree into `name -> value`, names joined by `-` (e.g. `color-text`). */
export function flattenTokens(group: TokenGroup, prefix: string[] = []): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, node] of Object.entries(group)) {
    if (key.startsWith('$') || node === undefined || typeof node === 'string') continue;
    const path = [...prefix, key];
    if (isToken(node)) {
      out.set(path.join('-'), String(node.$value));
    } else {
      for (const [name, value] of flattenTokens(node, path)) out.set(name, value);
    }
  }
  return out;
}
