import { describe, expect, it } from 'vitest';
import {
  cssVar,
  defineTheme,
  flattenTokens,
  fontFaceCss,
  fontFiles,
  reducedMotionDuration,
  themes,
  themesToCss,
  tokens,
  tokensToCss,
  tokenVar,
  baseTokens,
} from './index.js';

describe('tokensToCss', () => {
  it('turns nested tokens into --dvc-* custom properties', () => {
    const css = tokensToCss({ color: { $type: 'color', text: { $value: '#111' } } });
    expect(css).toBe(':root {\n  --dvc-color-text: #111;\n}\n');
  });

  it('scopes a theme under its selector', () => {
    expect(tokensToCss({ a: { $value: 1 } }, '.dvc-theme-x')).toMatch(/^\.dvc-theme-x \{/);
  });

  it('names custom properties and var() references the same way', () => {
    expect(cssVar('space-2')).toBe('--dvc-space-2');
    expect(tokenVar('space-2')).toBe('var(--dvc-space-2)');
  });
});

describe('the default tokens', () => {
  it('declares a body line height of at least 1.5 so stacked marks do not clip', () => {
    expect(Number(flattenTokens(baseTokens).get('font-line-height-body'))).toBeGreaterThanOrEqual(
      1.5,
    );
    expect(Number(tokens['font-line-height-heading'])).toBeGreaterThanOrEqual(1.4);
  });

  it('keeps a 44 px minimum target', () => {
    expect(tokens['size-target-min']).toBe('44px');
  });

  it('keeps every name that component and portal CSS already use', () => {
    const used = [
      'color-text',
      'color-text-secondary',
      'color-background',
      'color-border',
      'color-brand',
      'color-brand-text',
      'color-focus',
      'color-focus-text',
      'color-link',
      'color-error',
      'space-1',
      'space-2',
      'space-3',
      'space-4',
      'space-5',
      'space-6',
      'size-target-min',
      'font-family-body',
      'font-line-height-body',
      'font-size-body',
    ];
    expect(Object.keys(tokens)).toEqual(expect.arrayContaining(used));
  });

  it('starts the body font stack with the self-hosted family and ends in a generic one', () => {
    expect(tokens['font-family-body']).toMatch(/^'Be Vietnam Pro', .*sans-serif$/);
  });
});

describe('themesToCss', () => {
  const css = themesToCss(themes);

  it('puts the defaults on :root and every theme under its class and data attribute', () => {
    expect(css).toContain(":root, .dvc-theme-default, [data-dvc-theme='default'] {");
    expect(css).toContain(".dvc-theme-high-contrast, [data-dvc-theme='high-contrast'] {");
    expect(css).toContain(".dvc-theme-thai-nguyen, [data-dvc-theme='thai-nguyen'] {");
  });

  it('writes every token in every theme rule, so a nested theme is complete', () => {
    const ruleCount = css.match(/--dvc-color-text:/g)?.length;
    expect(ruleCount).toBe(themes.length);
  });

  it('cuts every motion duration under prefers-reduced-motion, in every theme', () => {
    const reduced = css.slice(css.indexOf('@media (prefers-reduced-motion: reduce)'));
    expect(reduced).not.toBe('');
    for (const theme of themes) expect(reduced).toContain(`.${theme.className}`);
    const durations = Object.keys(tokens).filter((n) => n.startsWith('motion-duration-'));
    expect(durations.length).toBeGreaterThan(0);
    for (const name of durations) {
      expect(reduced).toContain(`--dvc-${name}: ${reducedMotionDuration};`);
    }
  });

  it('writes a theme value, not the default, in that theme rule', () => {
    const theme = defineTheme({
      $theme: { id: 'test-province', label: { vi: 'Thử', en: 'Test' }, description: 'test' },
      color: { brand: { $value: '#123456' } },
    });
    const out = themesToCss([themes[0]!, theme]);
    const themed = out.slice(out.indexOf('.dvc-theme-test-province'));
    expect(themed).toContain('--dvc-color-brand: #123456;');
    expect(themed).toContain(`--dvc-color-text: ${tokens['color-text']};`);
  });
});

describe('fontFaceCss', () => {
  const css = fontFaceCss({ vietnamese: 'U+1EA0-1EF9', latin: 'U+0000-00FF' });

  it('ships Vietnamese and Latin only, woff2 only, weights 400 and 700', () => {
    expect(fontFiles.map((f) => f.file)).toEqual([
      'be-vietnam-pro-vietnamese-400-normal.woff2',
      'be-vietnam-pro-vietnamese-700-normal.woff2',
      'be-vietnam-pro-latin-400-normal.woff2',
      'be-vietnam-pro-latin-700-normal.woff2',
    ]);
    expect(css).not.toMatch(/\.woff['")]/);
    expect(css).not.toMatch(/latin-ext|cyrillic|italic/);
  });

  it('draws the semibold token (labels, buttons) with the bold face, not a third file', () => {
    expect(css.match(/font-weight: 400;/g)).toHaveLength(2);
    expect(css.match(/font-weight: 600 700;/g)).toHaveLength(2);
    expect(css).not.toMatch(/-600-normal/);
  });

  it('swaps in the font when it arrives and limits each file to its subset', () => {
    expect(css.match(/@font-face/g)).toHaveLength(4);
    expect(css.match(/font-display: swap;/g)).toHaveLength(4);
    expect(css).toContain(
      "src: url('./fonts/be-vietnam-pro-vietnamese-700-normal.woff2') format('woff2');\n  unicode-range: U+1EA0-1EF9;",
    );
  });
});
