import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe (WCAG 2.x A and AA, plus best practice) over an element and fails with the rule ids
 * and targets of every violation. Colour contrast needs real layout, so it is checked in the
 * browser by the Storybook run instead of here in jsdom.
 */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const results = await axe.run(element, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    },
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  const problems = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(problems).toEqual([]);
}
