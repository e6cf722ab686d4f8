/** A single DTCG-style token: a value with an optional type and description. */
export interface Token {
  $value: string | number;
  $type?: string;
  $description?: string;
}

/** A group of tokens or nested groups; keys starting with `$` are group metadata. */
export interface TokenGroup {
  [key: string]: Token | TokenGroup | string | undefined;
}

export function isToken(node: unknown): node is Token {
  return typeof node === 'object' && node !== null && '$value' in node;
}
