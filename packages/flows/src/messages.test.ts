import { resources } from '@dvc/i18n';
import { validationCodes } from '@dvc/vn';
import { describe, expect, it } from 'vitest';
import { flowErrorCodes } from './index.js';

type Tree = { [key: string]: string | Tree | undefined };

function lookup(tree: Tree, path: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const key of path.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[key];
  }
  return typeof node === 'string' ? node : undefined;
}

describe('every code the engine returns has words in both languages', () => {
  for (const [lng, catalogs] of Object.entries(resources)) {
    it(`flow codes in ${lng}`, () => {
      const missing = flowErrorCodes.filter((c) => !lookup(catalogs.flows as Tree, `errors.${c}`));
      expect(missing).toEqual([]);
    });
    it(`@dvc/vn codes in ${lng}`, () => {
      const missing = validationCodes.filter((c) => !lookup(catalogs.validation as Tree, c));
      expect(missing).toEqual([]);
    });
  }
});
