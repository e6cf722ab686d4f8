import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validationCodes } from './codes.js';

// The messages live in @dvc/i18n (which depends on this package), so they are read as files.
type Tree = { [key: string]: string | Tree };
function catalog(locale: string): Tree {
  const url = new URL(`../../i18n/src/locales/${locale}/validation.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Tree;
}
function leaves(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leaves(value, `${prefix}${key}.`),
  );
}
function lookup(tree: Tree, code: string): unknown {
  return code.split('.').reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);
}

describe.each(['vi', 'en'])('validation messages in %s', (locale) => {
  const messages = catalog(locale);

  it('has a message for every code', () => {
    const missing = validationCodes.filter((c) => typeof lookup(messages, c) !== 'string');
    expect(missing).toEqual([]);
  });

  it('has no message for a code that does not exist', () => {
    const known = new Set<string>(validationCodes);
    expect(leaves(messages).filter((key) => !known.has(key))).toEqual([]);
  });

  it('names only placeholders the validators give', () => {
    const given = new Set([
      'length',
      'birthYear',
      'maxLength',
      'maxDay',
      'minYear',
      'maxYear',
      'minAge',
      'maxAge',
    ]);
    const unknown = leaves(messages).flatMap((key) =>
      [...String(lookup(messages, key)).matchAll(/\{\{(\w+)\}\}/gu)]
        .map((m) => m[1] ?? '')
        .filter((name) => !given.has(name))
        .map((name) => `${key}: ${name}`),
    );
    expect(unknown).toEqual([]);
  });
});
