import { describe, expect, it } from 'vitest';
import { createI18n, resources } from './index.js';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

describe('catalogs', () => {
  const vi = leaves(resources.vi);

  for (const [lng, catalogs] of Object.entries(resources)) {
    const keys = leaves(catalogs);
    it(`${lng} has exactly the keys of vi`, () => {
      expect([...keys.keys()].sort()).toEqual([...vi.keys()].sort());
    });
    it(`${lng} has no empty value`, () => {
      const empty = [...keys].filter(([, value]) => value.trim() === '').map(([key]) => key);
      expect(empty).toEqual([]);
    });
    it(`${lng} is stored in NFC`, () => {
      const notNfc = [...keys].filter(([, v]) => v !== v.normalize('NFC')).map(([k]) => k);
      expect(notNfc).toEqual([]);
    });
  }
});

describe('createI18n', () => {
  it('speaks Vietnamese by default and falls back to it', () => {
    expect(createI18n().t('button.busy')).toBe('Đang xử lý, vui lòng chờ');
    expect(createI18n({ lng: 'fr' }).language).toBe('vi');
  });

  it('gives each caller its own instance', async () => {
    const a = createI18n({ lng: 'vi' });
    const b = createI18n({ lng: 'vi' });
    await b.changeLanguage('en');
    expect(a.t('button.busy')).toBe('Đang xử lý, vui lòng chờ');
    expect(b.t('button.busy')).toBe('Working, please wait');
  });
});
