import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from './axe';
import { giveEachTestItsOwnClientAddress } from './client-address';
import {
  errorCount,
  expectFocusOnHeadingOrSummary,
  expectNoHorizontalScroll,
  expectReflowAt320,
  expectTitleCarriesErrors,
  focused,
  tabTo,
} from './quality/keyboard';

// Keyboard only (Tab, Shift+Tab, Enter, Space, arrows; nothing clicked) through sign-in, the
// person's applications and the status look-up: on a 360 x 640 phone and at 200 % zoom (a
// 1280 x 800 window zoomed to 200 % lays out 640 x 400 CSS px at 2 device pixels each), in
// Vietnamese and once in English, with JavaScript and without. axe on every state.
test.describe.configure({ timeout: 180_000 });
giveEachTestItsOwnClientAddress();

interface Setup {
  name: string;
  lang: 'vi' | 'en';
  javaScript: boolean;
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
}

const setups: Setup[] = [
  {
    name: 'phone, vi',
    lang: 'vi',
    javaScript: true,
    viewport: { width: 360, height: 640 },
    deviceScaleFactor: 1,
  },
  {
    name: '200 % zoom, vi',
    lang: 'vi',
    javaScript: true,
    viewport: { width: 640, height: 400 },
    deviceScaleFactor: 2,
  },
  {
    name: 'phone, en',
    lang: 'en',
    javaScript: true,
    viewport: { width: 360, height: 640 },
    deviceScaleFactor: 1,
  },
  {
    name: 'phone, vi, no JavaScript',
    lang: 'vi',
    javaScript: false,
    viewport: { width: 360, height: 640 },
    deviceScaleFactor: 1,
  },
];

const words = {
  vi: { signIn: 'Đăng nhập', myApplications: 'Hồ sơ của tôi', lookup: 'Tra cứu hồ sơ' },
  en: { signIn: 'Sign in', myApplications: 'My applications', lookup: 'Track an application' },
};

for (const setup of setups) {
  test.describe(setup.name, () => {
    test.use({
      javaScriptEnabled: setup.javaScript,
      viewport: setup.viewport,
      deviceScaleFactor: setup.deviceScaleFactor,
      locale: setup.lang === 'en' ? 'en-GB' : 'vi-VN',
    });

    /** What the checks found, state by state: the journey goes on, and fails at the end. */
    const findings: string[] = [];

    /** Every state: axe, no sideways scrolling, reflow at 320 px, and where focus landed. */
    async function checkState(
      page: Page,
      state: string,
      { pageChanged }: { pageChanged: boolean },
    ) {
      const checks: [string, () => Promise<void>][] = [
        [
          'axe',
          () =>
            setup.javaScript ? expectNoAxeViolations(page) : expectNoAxeViolationsWithoutJs(page),
        ],
        ['no sideways scrolling', () => expectNoHorizontalScroll(page)],
        ['reflow at 320 px', () => expectReflowAt320(page)],
        // Without JavaScript every page change is a fresh document: focus starts at the top,
        // where the skip link is the first stop, as in any plain web page.
        [
          'focus',
          () =>
            pageChanged && setup.javaScript
              ? expectFocusOnHeadingOrSummary(page)
              : Promise.resolve(),
        ],
        ['title', async () => expectTitleCarriesErrors(page, await errorCount(page))],
      ];
      for (const [name, check] of checks) {
        try {
          await check();
        } catch (error) {
          const message =
            error instanceof Error
              ? error.message.split('\n').slice(0, 8).join(' ')
              : String(error);
          findings.push(`${state}: ${name}: ${message}`);
        }
      }
    }

    async function waitForPage(page: Page, heading: string) {
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      if (setup.javaScript) await page.waitForLoadState('networkidle');
    }

    test('signs in, reads the applications list and looks up an application, by keyboard alone', async ({
      page,
    }) => {
      const w = words[setup.lang];
      await page.goto(`/dang-nhap?lang=${setup.lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', setup.lang);
      if (setup.javaScript) await page.waitForLoadState('networkidle');
      await checkState(page, 'sign-in', { pageChanged: false });
      const signInTitle = await page.title();

      // The skip link is the first stop, and takes the person past the header.
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatch(/^a /u);
      await expect(page.locator(':focus')).toHaveAttribute('href', '#noi-dung');
      await page.keyboard.press('Enter');

      // A demo profile: Tab into the radio group, arrows to the second profile.
      await tabTo(page, 'main input[type="radio"]');
      await page.keyboard.press('ArrowDown');
      await expect(page.locator('main input[type="radio"]').nth(1)).toBeChecked();
      await tabTo(page, 'main button[type="submit"], main button:not([type])');
      await page.keyboard.press('Enter');
      await waitForPage(page, w.myApplications);
      expect(await page.title()).not.toBe(signInTitle);
      await checkState(page, 'my applications', { pageChanged: true });

      // The header link to the look-up, reached backwards with Shift+Tab from the content.
      await page.keyboard.press('Tab');
      await tabTo(page, `header a[href="/tra-cuu"]`, { backwards: true });
      await page.keyboard.press('Enter');
      await waitForPage(page, w.lookup);
      await checkState(page, 'look-up', { pageChanged: true });

      // Sent empty: the error summary, the title with the count.
      await tabTo(page, 'main form button');
      await page.keyboard.press('Enter');
      await expect(page.locator('.dvc-error-summary')).toBeVisible();
      await checkState(page, 'look-up with errors', { pageChanged: true });
      expect(await errorCount(page)).toBe(2);

      // The summary's first link leads to the field; it is typed into, the next one too.
      await tabTo(page, '.dvc-error-summary a');
      await page.keyboard.press('Enter');
      // With JavaScript the summary focuses the field; without, the link moves the point
      // Tab starts from to the field, so one step back and one forward land on it.
      if (!(await page.locator('#code').evaluate((el) => el === document.activeElement))) {
        await page.keyboard.press('Shift+Tab');
        await tabTo(page, '#code', { max: 3 });
      }
      await page.keyboard.type('HS-2026-0000000000');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await tabTo(page, '#idNumber', { backwards: true, max: 3 });
      await page.keyboard.type('019085001234');
      await tabTo(page, 'main form button');
      await page.keyboard.press('Space');
      await expect(page.getByRole('alert').filter({ hasNotText: /^$/u }).last()).toBeVisible();
      await expect(page.locator('.dvc-error-summary')).toHaveCount(0);
      await checkState(page, 'look-up, not found', { pageChanged: false });
      expect(findings).toEqual([]);
    });
  });
}
