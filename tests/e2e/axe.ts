import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.0-2.2 A and AA rules: the floor every page state must clear. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails with each violated rule and where, so a failure reads without opening a report. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const problems = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(problems).toEqual([]);
}

/**
 * axe needs scripts, which a page opened with JavaScript disabled cannot run. So the exact
 * HTML that page shows is replayed, its scripts removed, in a scripting page of the same
 * browser at the same address (stylesheets still load), and checked there.
 */
export async function expectNoAxeViolationsWithoutJs(page: Page): Promise<void> {
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
  const browser = page.context().browser();
  if (!browser) throw new Error('The page has no browser to replay it in');
  const context = await browser.newContext({ javaScriptEnabled: true, locale: 'vi-VN' });
  try {
    const replay = await context.newPage();
    const url = page.url();
    await replay.route(url, (route) =>
      route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
    );
    await replay.goto(url);
    await expectNoAxeViolations(replay);
  } finally {
    await context.close();
  }
}
