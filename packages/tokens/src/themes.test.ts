import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contrastPairs,
  defineTheme,
  findContrastFailures,
  findTheme,
  minimumContrast,
  themes,
  tokenNames,
  tokens,
} from './index.js';

const themesDir = new URL('./tokens/themes/', import.meta.url);

describe('themes', () => {
  it('lists the default first, then high contrast and Thái Nguyên', () => {
    expect(themes.map((theme) => theme.id)).toEqual(['default', 'high-contrast', 'thai-nguyen']);
    expect(findTheme('thai-nguyen')?.label.vi).toBe('Thái Nguyên');
    expect(findTheme('nowhere')).toBeUndefined();
  });

  it('registers every JSON file in src/tokens/themes, under the id its file is named for', () => {
    const files = readdirSync(themesDir).filter((file) => file.endsWith('.json'));
    const ids = files.map((file) => file.replace(/\.json$/, '')).sort();
    expect(
      themes
        .map((theme) => theme.id)
        .filter((id) => id !== 'default')
        .sort(),
    ).toEqual(ids);
    for (const file of files) {
      const json = JSON.parse(readFileSync(new URL(file, themesDir), 'utf8')) as {
        $theme: { id: string };
      };
      expect(json.$theme.id).toBe(file.replace(/\.json$/, ''));
    }
  });

  it('supplies values only: a theme has no token the defaults lack, and misses none', () => {
    for (const theme of themes) {
      expect(Object.keys(theme.values)).toEqual(tokenNames);
      for (const name of Object.keys(theme.overrides)) expect(tokenNames).toContain(name);
    }
  });

  it('gives Thái Nguyên its own brand colour and keeps the rest of the defaults', () => {
    const thaiNguyen = findTheme('thai-nguyen');
    expect(thaiNguyen?.values['color-brand']).not.toBe(tokens['color-brand']);
    expect(thaiNguyen?.values['color-text']).toBe(tokens['color-text']);
    expect(thaiNguyen?.values['space-3']).toBe(tokens['space-3']);
  });

  it('refuses a theme that sets a name the kit does not have', () => {
    const json = {
      $theme: { id: 'typo', label: { vi: 'Lỗi', en: 'Typo' }, description: 'x' },
      color: { brnad: { $value: '#000000' } },
    };
    expect(() => defineTheme(json)).toThrow(/color-brnad/);
  });

  it('refuses a theme without an id, labels in both languages and a description', () => {
    expect(() => defineTheme({ color: {} })).toThrow(/\$theme/);
    expect(() =>
      defineTheme({ $theme: { id: 'Thai Nguyen', label: { vi: 'a', en: 'b' }, description: '' } }),
    ).toThrow(/\$theme/);
  });
});

describe('declared contrast pairs', () => {
  it('name only real colour tokens, with a known kind', () => {
    expect(contrastPairs.length).toBeGreaterThan(0);
    for (const pair of contrastPairs) {
      expect(tokenNames).toContain(pair.foreground);
      expect(tokenNames).toContain(pair.background);
      expect(Object.keys(minimumContrast)).toContain(pair.kind);
    }
  });

  it('cover every colour token, so no colour ships unchecked', () => {
    const covered = new Set(contrastPairs.flatMap((pair) => [pair.foreground, pair.background]));
    const colours = tokenNames.filter((name) => name.startsWith('color-'));
    expect(colours.filter((name) => !covered.has(name))).toEqual([]);
  });

  describe.each(themes.map((theme) => [theme.id, theme] as const))(
    'in the %s theme',
    (_, theme) => {
      it('meet WCAG 2.2 AA: 4.5:1 text, 3:1 large text, UI parts and focus indicators', () => {
        const failures = findContrastFailures(theme.values, contrastPairs).map(
          (f) =>
            `${f.foreground} ${f.foregroundValue} on ${f.background} ${f.backgroundValue}: ` +
            `${f.ratio.toFixed(2)}:1 < ${f.minimum}:1 (${f.kind}; ${f.usage ?? ''})`,
        );
        expect(failures).toEqual([]);
      });
    },
  );

  it('would catch a theme that breaks a declared pair', () => {
    const broken = defineTheme({
      $theme: { id: 'broken', label: { vi: 'Hỏng', en: 'Broken' }, description: 'x' },
      color: { 'text-secondary': { $value: '#9aa3ad' } },
    });
    const failures = findContrastFailures(broken.values, contrastPairs);
    expect(failures.map((f) => f.foreground)).toContain('color-text-secondary');
  });
});
