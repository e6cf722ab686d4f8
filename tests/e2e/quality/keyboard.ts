import { expect, type Page } from '@playwright/test';

/**
 * Keyboard-only steps: every move is a key press; nothing is clicked. Tab and Shift+Tab walk
 * the page until the wanted element has focus (or fail after `max` presses, which is itself a
 * finding: the element cannot be reached by keyboard).
 */
export async function tabTo(
  page: Page,
  selector: string,
  { backwards = false, max = 80 }: { backwards?: boolean; max?: number } = {},
): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const reached = await page.evaluate(
      (sel) => document.activeElement?.matches(sel) ?? false,
      selector,
    );
    if (reached) return;
  }
  throw new Error(`${selector} was not reached with ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

/** What has focus, for messages: tag, id, name and text. */
export async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return '(none)';
    const name = el.getAttribute('name') ?? el.id;
    return `${el.tagName.toLowerCase()}${name ? `#${name}` : ''} ${(el.textContent ?? '').trim().slice(0, 40)}`;
  });
}

/** After a page change: focus is on the page heading, or in the error summary when it shows. */
export async function expectFocusOnHeadingOrSummary(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const el = document.activeElement;
          if (!el) return false;
          return (
            el.matches('h1') ||
            Boolean(el.closest('[role="alert"], .portal-error-summary, .dvc-error-summary'))
          );
        }),
      { message: 'focus should be on the h1 or the error summary' },
    )
    .toBe(true);
}

/** The number of problems the error summary lists. */
export async function errorCount(page: Page): Promise<number> {
  return page.locator('.portal-error-summary a, .dvc-error-summary a').count();
}

/** With errors, the title says so and how many (in digits); without, it says neither. */
export async function expectTitleCarriesErrors(page: Page, count: number): Promise<void> {
  const title = await page.title();
  if (count > 0) {
    expect(title, `the title should carry the error count: "${title}"`).toMatch(
      new RegExp(`(^|\\D)${count}(\\D|$)`, 'u'),
    );
  } else {
    expect(title).not.toMatch(/^(Lỗi|Error)/u);
  }
}

/** No horizontal scrolling: the page reflows to the width it is given. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
}

/** Checks reflow at 320 CSS px (WCAG 1.4.10), then gives the page its viewport back. */
export async function expectReflowAt320(page: Page): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page);
  if (size) await page.setViewportSize(size);
}

/**
 * Tab or Shift+Tab, whichever way the wanted element lies from the focus (document order), until
 * it has focus. Returns at once when it already has. Only keys are pressed: the position is
 * read, nothing is focused by script.
 */
export async function tabToward(
  page: Page,
  selector: string,
  { max = 80 }: { max?: number } = {},
): Promise<void> {
  const where = await page.evaluate((sel) => {
    const target = document.querySelector(sel);
    if (!target) return 'missing';
    const active = document.activeElement;
    if (active?.matches(sel)) return 'here';
    if (!active || active === document.body) return 'after';
    // The target follows the focus (or sits inside it): forward; else backward.
    const position = active.compareDocumentPosition(target);
    return position & Node.DOCUMENT_POSITION_FOLLOWING ? 'after' : 'before';
  }, selector);
  if (where === 'missing') throw new Error(`${selector} is not on the page`);
  if (where === 'here') return;
  await tabTo(page, selector, { backwards: where === 'before', max });
}

/** The title a page change leaves: it must differ from the one before. */
export async function expectTitleChanged(page: Page, before: string): Promise<void> {
  await expect
    .poll(() => page.title(), { message: `the title should change from "${before}"` })
    .not.toBe(before);
}
