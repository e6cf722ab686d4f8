import { describe, expect, it } from 'vitest';
import { baseTokens, flattenTokens, tokensToCss } from './index.js';

describe('tokensToCss', () => {
  it('turns nested tokens into --dvc-* custom properties', () => {
    const css = tokensToCss({ color: { $type: 'color', text: { $value: '#111' } } });
    expect(css).toBe(':root {\n  --dvc-color-text: #111;\n}\n');
  });

  it('scopes a theme under its selector', () => {
    expect(tokensToCss({ a: { $value: 1 } }, '.dvc-theme-x')).toMatch(/^\.dvc-theme-x \{/);
  });

  it('declares a body line height of at least 1.5 so stacked marks do not clip', () => {
    const lineHeight = Number(flattenTokens(baseTokens).get('font-line-height-body'));
    expect(lineHeight).toBeGreaterThanOrEqual(1.5);
  });
});
