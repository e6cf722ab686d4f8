import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  findContrastFailures,
  parseHexColor,
  relativeLuminance,
  type ContrastPair,
} from './contrast.js';

describe('relativeLuminance', () => {
  it('is 0 for black and 1 for white', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
  });

  it('weights green most and blue least, as WCAG defines', () => {
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 4);
    expect(relativeLuminance('#00ff00')).toBeCloseTo(0.7152, 4);
    expect(relativeLuminance('#0000ff')).toBeCloseTo(0.0722, 4);
  });

  it('linearises sRGB: mid grey #808080 is about 0.216, not 0.5', () => {
    expect(relativeLuminance('#808080')).toBeCloseTo(0.2159, 3);
  });
});

describe('contrastRatio', () => {
  it('is 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#a3161a', '#a3161a')).toBe(1);
  });

  it('does not depend on which colour is the foreground', () => {
    expect(contrastRatio('#1d4f91', '#ffffff')).toBe(contrastRatio('#ffffff', '#1d4f91'));
  });

  it('matches published figures: #767676 on white is 4.54:1, #777777 is 4.48:1', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe('parseHexColor', () => {
  it('reads #rgb and #rrggbb in either case', () => {
    expect(parseHexColor('#fA0')).toEqual([255, 170, 0]);
    expect(parseHexColor('#A3161A')).toEqual([163, 22, 26]);
  });

  it('refuses colours whose contrast it cannot know', () => {
    expect(() => parseHexColor('rgba(0, 0, 0, 0.5)')).toThrow(/opaque/);
    expect(() => parseHexColor('#00000080')).toThrow(/opaque/);
    expect(() => parseHexColor('red')).toThrow(/opaque/);
  });
});

describe('findContrastFailures', () => {
  const values = {
    'color-text': '#1b1f24',
    'color-grey': '#777777',
    'color-pale': '#c0c0c0',
    'color-background': '#ffffff',
  };

  it('fails a grey that is a hair under 4.5:1 as text', () => {
    const pair: ContrastPair = {
      foreground: 'color-grey',
      background: 'color-background',
      kind: 'text',
    };
    const [failure, ...rest] = findContrastFailures(values, [pair]);
    expect(rest).toHaveLength(0);
    expect(failure).toMatchObject({ ...pair, minimum: 4.5, foregroundValue: '#777777' });
    expect(failure?.ratio).toBeCloseTo(4.48, 2);
  });

  it('lets the same grey pass as large text, a UI part or a focus indicator (3:1)', () => {
    const pairs = (['large-text', 'ui', 'focus'] as const).map((kind) => ({
      foreground: 'color-grey',
      background: 'color-background',
      kind,
    }));
    expect(findContrastFailures(values, pairs)).toEqual([]);
  });

  it('fails a pale border under 3:1 as a UI part and as a focus indicator', () => {
    const pairs = (['ui', 'focus'] as const).map((kind) => ({
      foreground: 'color-pale',
      background: 'color-background',
      kind,
    }));
    expect(findContrastFailures(values, pairs).map((f) => f.kind)).toEqual(['ui', 'focus']);
  });

  it('passes body text', () => {
    const pair = {
      foreground: 'color-text',
      background: 'color-background',
      kind: 'text' as const,
    };
    expect(findContrastFailures(values, [pair])).toEqual([]);
  });

  it('throws on a pair that names a token which does not exist', () => {
    const pair = {
      foreground: 'color-txet',
      background: 'color-background',
      kind: 'text' as const,
    };
    expect(() => findContrastFailures(values, [pair])).toThrow(/color-txet/);
  });
});
