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

/** The flattened names of a token tree, joined by `-`: `{ color: { text } }` -> `'color-text'`. */
export type FlatTokenNames<T, Prefix extends string = ''> = {
  [K in keyof T & string]: K extends `$${string}`
    ? never
    : T[K] extends { $value: unknown }
      ? `${Prefix}${K}`
      : T[K] extends object
        ? FlatTokenNames<T[K], `${Prefix}${K}-`>
        : never;
}[keyof T & string];
