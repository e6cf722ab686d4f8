import { expect, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from './axe';

/**
 * Shared steps of the service journeys (tests/e2e/service-*.spec.ts): a plan says what to
 * answer on each page by form field name, and `completeService` walks the flow the engine
 * chooses, page by page, through check answers and the declaration to the confirmation.
 * The same helpers work with JavaScript on and off: they use plain fields and buttons.
 */

/** A field's value: text to type, an option to choose, a box to tick, or a file to upload. */
export type FieldValue =
  | string
  | { file: { name: string; mimeType: string; buffer: Buffer } }
  /** A list choice by its value, with the label a person types into the enhanced combobox. */
  | { option: string; label: string };

/** A province or commune of an address: its code, and its name as the combobox lists it. */
export function place(code: string, label: string): FieldValue {
  return { option: code, label };
}

export interface ServicePlan {
  slug: string;
  /** Page (or eligibility question) id -> form field name -> value. Checkboxes: one entry per value, as `name=value`. */
  steps: Record<string, [string, FieldValue][]>;
  /** Repeating groups: page id -> how many items to add before filling. */
  groups?: Record<string, { group: string; items: number }>;
  /** The declaration's required purpose ids (ticked; optional ones are left alone). */
  consents: string[];
  /** The applicant's ID number, for the status look-up. */
  idNumber: string;
}

/** A tiny but real PDF (it starts with the %PDF- magic bytes). */
export function pdfFile(name = 'giay-to.pdf') {
  return {
    file: {
      name,
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    },
  };
}

/** The step id of the page shown: the last part of `/dich-vu/<slug>/<step>`. */
export function currentStep(page: Page): string {
  const path = new URL(page.url()).pathname.split('/');
  return decodeURIComponent(path.at(-1) ?? '');
}

async function isVisibleField(page: Page, name: string): Promise<boolean> {
  return (await page.locator(`[name="${name}"]`).count()) > 0;
}

/** Short polls: a page change is awaited often, and the default back-off adds up to a second each. */
const pollIntervals = [50, 100, 100, 200, 200, 500];

/** Marks the document, so that a new one (after a post, a link, a redirect) can be told apart. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __journeyMark?: boolean }).__journeyMark = true;
  });
}

/** Reads the page, or `undefined` while a navigation replaces the document. */
async function read<T>(page: Page, fn: () => T): Promise<T | undefined> {
  try {
    return await page.evaluate(fn);
  } catch {
    return undefined;
  }
}

/** Whether the page runs scripts: the router's context, written by an inline script, is there. */
export async function runsScripts(page: Page): Promise<boolean> {
  return page.evaluate(() => '__reactRouterContext' in window);
}

/**
 * Waits until React has hydrated the page's content and its enhancements have switched on: the
 * address picker's "Chọn" reload button is gone and the lists are comboboxes, not the server's
 * native selects. A choice made before that may be redone by hydration, so fill after it.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        read(page, () => {
          const main = document.getElementById('noi-dung');
          if (!main) return false;
          const hydrated = Object.keys(main).some((key) => key.startsWith('__reactFiber$'));
          return (
            hydrated &&
            !main.querySelector('.dvc-address-picker__reload, select.dvc-combobox__select')
          );
        }),
      { message: 'the page should hydrate', timeout: 60_000, intervals: pollIntervals },
    )
    .toBe(true);
}

/**
 * After something that sends a form or follows a link (marked with `markDocument` before):
 * waits for what the person sees, a new document with its h1 shown (with scripts, hydrated too),
 * or on the same document the error summary of the check in the browser. Never a timer, and
 * never a load event alone (a client-side change fires none).
 */
export async function waitForOutcome(page: Page, javaScript: boolean): Promise<'page' | 'refused'> {
  let outcome: 'page' | 'refused' | undefined;
  await expect
    .poll(
      async () => {
        const state = await read(page, () => {
          const marked = (window as unknown as { __journeyMark?: boolean }).__journeyMark;
          if (marked !== true) {
            return document.readyState === 'loading' || !document.querySelector('#noi-dung h1')
              ? 'loading'
              : 'page';
          }
          const summary = document.querySelector(
            '#noi-dung .portal-error-summary, #noi-dung .dvc-error-summary',
          );
          return summary ? 'refused' : 'waiting';
        });
        if (state === 'page' || state === 'refused') outcome = state;
        return outcome;
      },
      {
        message: 'the page should change or show its errors',
        timeout: 60_000,
        intervals: pollIntervals,
      },
    )
    .toBeDefined();
  await expect(page.locator('#noi-dung h1').first()).toBeVisible();
  if (outcome === 'page' && javaScript) await waitForHydration(page);
  return outcome ?? 'page';
}

/** Clicks (a button, a link) and waits for the page it leads to, or the errors it shows. */
export async function clickAndWait(
  page: Page,
  target: Locator,
  javaScript?: boolean,
): Promise<'page' | 'refused'> {
  const scripts = javaScript ?? (await runsScripts(page));
  await markDocument(page);
  await target.click();
  return waitForOutcome(page, scripts);
}

/**
 * Fills one page from the plan. Returns the fields it could not fill yet (a commune list
 * that, without JavaScript, appears only after the province was sent).
 */
export async function fillStep(page: Page, fields: [string, FieldValue][]): Promise<string[]> {
  // With scripts, hydration may redo what was chosen in the server's controls: wait for it.
  if (await runsScripts(page)) await waitForHydration(page);
  const pending: string[] = [];
  for (const [name, value] of fields) {
    const field = page.locator(`[name="${name}"]`);
    if (!(await isVisibleField(page, name))) {
      pending.push(name);
      continue;
    }
    const first = field.first();
    if (typeof value !== 'string' && 'file' in value) {
      await first.setInputFiles(value.file);
      continue;
    }
    const tag = await first.evaluate((el) => el.tagName.toLowerCase());
    const type = (await first.getAttribute('type')) ?? '';
    if (typeof value !== 'string') {
      if (tag === 'select') {
        if ((await first.locator(`option[value="${value.option}"]`).count()) === 0) {
          pending.push(name);
          continue;
        }
        await first.selectOption(value.option);
      } else if (type === 'hidden') {
        // The enhanced combobox: type the name and choose it from the list.
        const combobox = first.locator('xpath=..').getByRole('combobox');
        // A commune list opens once its province is chosen.
        await expect(combobox).toBeEnabled();
        await combobox.fill(value.label);
        await combobox
          .locator('xpath=..')
          .getByRole('option', { name: value.label, exact: true })
          .first()
          .click();
        // The choice is made when the form's hidden input holds it, not when the list closes.
        await expect(first).toHaveValue(value.option);
      } else {
        await first.fill(value.option);
      }
      continue;
    }
    if (tag === 'select') {
      const has = await first.locator(`option[value="${value}"]`).count();
      if (has === 0) {
        pending.push(name);
        continue;
      }
      await first.selectOption(value);
    } else if (type === 'radio' || type === 'checkbox') {
      await page.locator(`[name="${name}"][value="${value}"]`).check();
    } else {
      await first.fill(value);
    }
  }
  return pending;
}

/** Sends the page with "Tiếp tục"; waits for the next page, or this one with its errors. */
export async function clickContinue(page: Page): Promise<'page' | 'refused'> {
  return clickAndWait(page, page.getByRole('button', { name: 'Tiếp tục', exact: true }));
}

export interface JourneyOptions {
  /** Whether the page runs scripts (axe is replayed with scripts for a page without). */
  javaScript: boolean;
  /** Run axe on every page state (slower). */
  axeEveryPage?: boolean;
}

async function axe(page: Page, options: JourneyOptions) {
  if (options.javaScript) await expectNoAxeViolations(page);
  else await expectNoAxeViolationsWithoutJs(page);
}

/** Adds group items with the group's "add" button until there are enough. */
async function addItems(page: Page, group: string, items: number) {
  for (let i = 0; i < items; i++) {
    if ((await page.locator(`[name^="${group}[${String(i)}]."]`).count()) > 0) continue;
    await clickAndWait(page, page.locator(`button[name="_action"][value="add:${group}"]`));
    await expect(page.locator(`[name^="${group}[${String(i)}]."]`).first()).toBeAttached();
  }
}

/** Answers the page shown and goes on; fails with the page's errors if it stays. */
export async function answerStep(page: Page, plan: ServicePlan, options: JourneyOptions) {
  const step = currentStep(page);
  const fields = plan.steps[step];
  if (!fields) throw new Error(`The plan has no answers for page "${step}" of ${plan.slug}`);
  const group = plan.groups?.[step];
  if (group) await addItems(page, group.group, group.items);
  const before = page.url();
  let pending = await fillStep(page, fields);
  if (options.axeEveryPage) await axe(page, options);
  await clickContinue(page);
  // Without JavaScript a commune list follows the province only after a post: fill the rest.
  for (let tries = 0; pending.length > 0 && page.url() === before && tries < 2; tries++) {
    pending = await fillStep(
      page,
      fields.filter(([name]) => pending.includes(name)),
    );
    await clickContinue(page);
  }
  if (page.url() === before) {
    const summary = await page.locator('.dvc-error-summary, [role="alert"]').allTextContents();
    throw new Error(`Page "${step}" was refused: ${summary.join(' | ')}`);
  }
}

/** Ticks the required consents and submits; returns the application code from the confirmation. */
export async function declareAndSubmit(page: Page, plan: ServicePlan): Promise<string> {
  expect(currentStep(page)).toBe('cam-doan');
  // Nothing is ticked for the person.
  await expect(page.locator('input[type="checkbox"]:checked')).toHaveCount(0);
  for (const purpose of plan.consents) {
    await page.locator(`input[type="checkbox"][value="${purpose}"]`).check();
  }
  await clickAndWait(page, page.getByRole('button', { name: 'Đồng ý và gửi hồ sơ' }));
  await expect(page).toHaveURL(/\/da-nop$/u);
  return readCode(page);
}

/** The application code on the confirmation page. */
export async function readCode(page: Page): Promise<string> {
  const text = await page.locator('main').innerText();
  const match = /HS-\d{4}-[0-9A-Z]{10}/u.exec(text);
  if (!match) throw new Error(`No application code on the confirmation page: ${text}`);
  return match[0];
}

/**
 * Walks a service from its start page to the confirmation, answering from the plan the pages
 * the engine shows. Returns the application code.
 */
export async function completeService(
  page: Page,
  plan: ServicePlan,
  options: JourneyOptions,
): Promise<string> {
  await page.goto(`/dich-vu/${plan.slug}`);
  if (options.axeEveryPage) await axe(page, options);
  await clickAndWait(
    page,
    page.getByRole('link', { name: /Bắt đầu/u }).first(),
    options.javaScript,
  );
  for (let i = 0; i < 40 && currentStep(page) !== 'kiem-tra'; i++) {
    await answerStep(page, plan, options);
  }
  expect(currentStep(page)).toBe('kiem-tra');
  await axe(page, options);
  await clickAndWait(
    page,
    page.getByRole('button', { name: 'Xác nhận và tiếp tục' }),
    options.javaScript,
  );
  await expect(page).toHaveURL(/\/cam-doan$/u);
  await axe(page, options);
  const code = await declareAndSubmit(page, plan);
  await axe(page, options);
  return code;
}

/** Looks an application up at /tra-cuu by its code and the applicant's ID number. */
export async function lookUp(page: Page, code: string, idNumber: string): Promise<void> {
  await page.goto('/tra-cuu?lang=vi');
  await page.getByLabel('Mã hồ sơ').fill(code);
  await page.getByLabel('Số định danh cá nhân của người nộp').fill(idNumber);
  await page.getByRole('button', { name: 'Tra cứu' }).click();
  const result = page.getByRole('region', { name: 'Tình trạng hồ sơ' });
  await expect(result).toContainText(code);
  await expect(result).toContainText(idNumber.slice(-3));
  expect(page.url()).not.toContain(idNumber);
}
