/* global window, document, HTMLElement */
// A small harness for keyboard-only journeys in Firefox (Debian's firefox-esr), driven by
// puppeteer-core over WebDriver BiDi: Playwright cannot drive a system Firefox. Only the
// keyboard moves through the pages (Tab, Shift+Tab, Enter, Space, arrow keys); the DOM is
// read, never clicked. axe-core is injected into every frame by hand (@axe-core/puppeteer
// breaks on pages with iframes in Firefox and pulls in a browser download).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Thrown by a check; the message says what was expected and what was found. */
export class CheckFailed extends Error {}

/** @param {unknown} condition @param {string} message @returns {asserts condition} */
export function check(condition, message) {
  if (!condition) throw new CheckFailed(message);
}

/**
 * Problems found on a page that do not stop the journey (focus, title, axe): the walk goes on
 * so one run shows every state's problems, and the runner fails the journey if any were found.
 * Kept per page, since journeys run side by side, each in a browser context of its own.
 * @type {WeakMap<import('puppeteer-core').Page, string[]>}
 */
const findingsByPage = new WeakMap();

/** The problems found so far on this page. @param {import('puppeteer-core').Page} page */
export function findingsOf(page) {
  let list = findingsByPage.get(page);
  if (!list) {
    list = [];
    findingsByPage.set(page, list);
  }
  return list;
}

/** @param {import('puppeteer-core').Page} page @param {unknown} condition @param {string} message */
function expectSoft(page, condition, message) {
  if (!condition) findingsOf(page).push(message);
}

/**
 * What has focus: its tag, type, id, and a name close to the accessible one (aria-label, the
 * label of a field, else its text), whitespace collapsed.
 * @param {import('puppeteer-core').Page} page
 */
export function focused(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) {
      return {
        tag: 'body',
        type: '',
        id: '',
        field: '',
        role: '',
        name: '',
        value: '',
        href: '',
        inAlert: false,
        checked: false,
      };
    }
    const labelledBy = element.getAttribute('aria-labelledby');
    const byIds = labelledBy
      ? labelledBy
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
      : null;
    const labels = 'labels' in element && element.labels ? [...element.labels] : [];
    const name =
      element.getAttribute('aria-label') ??
      byIds ??
      (labels.length > 0 ? labels.map((label) => label.textContent).join(' ') : null) ??
      element.textContent ??
      '';
    // The form field the control sends: its own name, or for the enhanced combobox the hidden
    // input beside it that carries the chosen option's value.
    const field =
      element.getAttribute('name') ??
      (element.getAttribute('role') === 'combobox'
        ? (element
            .closest('.dvc-combobox__field')
            ?.querySelector('input[type="hidden"]')
            ?.getAttribute('name') ?? '')
        : '');
    return {
      tag: element.tagName.toLowerCase(),
      type: element.getAttribute('type') ?? '',
      id: element.id,
      field,
      role: element.getAttribute('role') ?? '',
      name: name.replace(/\s+/g, ' ').trim(),
      value: 'value' in element ? String(element.value) : '',
      href: element.getAttribute('href') ?? '',
      inAlert: Boolean(
        element.closest('[role="alert"], .portal-error-summary, .dvc-error-summary'),
      ),
      checked: 'checked' in element ? Boolean(element.checked) : false,
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, and returns it. Fails after
 * `max` presses, listing what focus passed through.
 * @param {import('puppeteer-core').Page} page
 * @param {(f: Awaited<ReturnType<typeof focused>>) => boolean} matches
 * @param {{ back?: boolean, max?: number, what?: string }} [options]
 */
export async function tabTo(page, matches, { back = false, max = 80, what = 'the target' } = {}) {
  const passed = [];
  for (let press = 0; press < max; press++) {
    if (back) {
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
    } else {
      await page.keyboard.press('Tab');
    }
    const now = await focused(page);
    if (matches(now)) return now;
    passed.push(`${now.tag}${now.name ? ` "${now.name.slice(0, 40)}"` : ''}`);
  }
  throw new CheckFailed(
    `${back ? 'Shift+Tab' : 'Tab'} never reached ${what} in ${max} presses; passed ${passed.join(' > ')}`,
  );
}

/** A matcher on the focused element's name (exact after trimming, or a pattern). */
export function named(/** @type {string | RegExp} */ name, /** @type {string} */ tag = '') {
  return (/** @type {Awaited<ReturnType<typeof focused>>} */ f) =>
    (!tag || f.tag === tag) && (typeof name === 'string' ? f.name === name : name.test(f.name));
}

/** Types text into the focused field after selecting what is there (Ctrl+A). */
export async function typeInto(/** @type {import('puppeteer-core').Page} */ page, text) {
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text.normalize('NFC'));
}

/**
 * Whether React has hydrated the page and its enhancements have switched on (evaluated in the
 * page): the content carries React's fibers, and the address picker's "Chọn" reload button and
 * the server's native selects have given way to the comboboxes (their effects ran). A key
 * pressed before that may be lost, or its result redone by hydration.
 */
export function isHydrated() {
  const content = document.getElementById('noi-dung') ?? document.body;
  return (
    document.readyState === 'complete' &&
    Object.keys(content).some((key) => key.startsWith('__reactFiber')) &&
    !content.querySelector('.dvc-address-picker__reload, select.dvc-combobox__select')
  );
}

/** Waits until React has hydrated the page, so what the keyboard does is what users get. */
export async function hydrated(/** @type {import('puppeteer-core').Page} */ page) {
  await page.waitForFunction(isHydrated, { timeout: 30_000 });
}

/**
 * Waits for a new page state: a condition evaluated in the page (a function source taking no
 * arguments), then for hydration and the router to settle.
 * @param {import('puppeteer-core').Page} page
 * @param {() => boolean} condition
 */
export async function waitFor(page, condition, timeout = 30_000) {
  try {
    await page.waitForFunction(condition, { timeout, polling: 50 });
  } catch (error) {
    const where = await page
      .evaluate(() => `${document.location.pathname} "${document.title}"`)
      .catch(() => page.url());
    throw new CheckFailed(
      `the expected page state never came (${condition.toString()}); the page is ${where}: ${
        error instanceof Error ? error.message : String(error)
      }`,
    );
  }
  await hydrated(page);
}

/** The page's <h1> text, whitespace collapsed. */
export function heading(/** @type {import('puppeteer-core').Page} */ page) {
  return page.evaluate(
    () => document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  );
}

/**
 * After a page change: focus is on the page heading or on the error summary (or inside it),
 * and the title names the page, with the number of errors when there are errors.
 * @param {import('puppeteer-core').Page} page
 * @param {{ errors?: number }} [expect]
 */
export async function checkPageChange(page, { errors = 0 } = {}) {
  const where = new URL(page.url()).pathname;
  // After a client-side change the move is made in an effect after the new page renders: give
  // it a moment (a wait on the focus itself, which returns at once when focus is already there).
  await page
    .waitForFunction(
      () => {
        const active = document.activeElement;
        const target = document.querySelector(
          '#noi-dung .portal-error-summary, #noi-dung .dvc-error-summary, #noi-dung h1',
        );
        return Boolean(target && active && target.contains(active));
      },
      { timeout: 10_000, polling: 50 },
    )
    .catch(() => undefined);
  const state = await page.evaluate(() => {
    const active = document.activeElement;
    const h1 = document.querySelector('h1');
    const summary = document.querySelector(
      '.portal-error-summary, .dvc-error-summary, [data-error-summary]',
    );
    return {
      title: document.title,
      h1: h1?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      onHeading: Boolean(h1 && active && (active === h1 || h1.contains(active))),
      onSummary: Boolean(summary && active && (active === summary || summary.contains(active))),
      active: active
        ? `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}${
            active instanceof HTMLElement && active.className ? `.${active.className}` : ''
          }`
        : 'none',
    };
  });
  if (errors > 0) {
    expectSoft(
      page,
      state.onSummary,
      `${where}: after a failed validation focus should be on the error summary, but is on ${state.active}`,
    );
    expectSoft(
      page,
      state.title.includes(String(errors)),
      `${where}: the title should carry the error count (${errors}): "${state.title}"`,
    );
  } else {
    expectSoft(
      page,
      state.onHeading || state.onSummary,
      `${where}: after the page change focus should be on the heading "${state.h1}", but is on ${state.active}`,
    );
  }
  expectSoft(page, state.title.trim().length > 0, `${where}: the page has no title`);
  return state;
}

/**
 * axe in every frame: injects axe-core into each frame that lacks it, then runs it from the
 * top frame (which reaches into the others); fails with each violated rule and where.
 * @param {import('puppeteer-core').Page} page
 * @param {string} state what the page shows, for the failure message
 */
export async function checkAxe(page, state) {
  for (const frame of page.frames()) {
    const present = await frame.evaluate(() => 'axe' in window).catch(() => true);
    if (!present) await frame.evaluate(axeSource);
  }
  const violations = await page.evaluate(async (tags) => {
    const axe = /** @type {any} */ (window).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
      iframes: true,
    });
    return results.violations.map(
      (/** @type {any} */ v) =>
        `${v.id} (${v.impact}): ${v.nodes.map((/** @type {any} */ n) => n.target.join(' ')).join(', ')}`,
    );
  }, wcagTags);
  expectSoft(page, violations.length === 0, `axe on ${state}: ${violations.join('; ')}`);
  return 1;
}
