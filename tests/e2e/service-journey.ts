import { expect, type Page } from '@playwright/test';
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

/**
 * Fills one page from the plan. Returns the fields it could not fill yet (a commune list
 * that, without JavaScript, appears only after the province was sent).
 */
export async function fillStep(page: Page, fields: [string, FieldValue][]): Promise<string[]> {
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
        await combobox.fill(value.label);
        await page.getByRole('option', { name: value.label, exact: true }).first().click();
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

export async function clickContinue(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
  await page.waitForLoadState('load');
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
    await page.locator(`button[name="_action"][value="add:${group}"]`).click();
    await page.waitForLoadState('load');
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
  await page.getByRole('button', { name: 'Đồng ý và gửi hồ sơ' }).click();
  await page.waitForLoadState('load');
  expect(currentStep(page)).toBe('da-nop');
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
  await page
    .getByRole('link', { name: /Bắt đầu/u })
    .first()
    .click();
  await page.waitForLoadState('load');
  for (let i = 0; i < 40 && currentStep(page) !== 'kiem-tra'; i++) {
    await answerStep(page, plan, options);
  }
  expect(currentStep(page)).toBe('kiem-tra');
  await axe(page, options);
  await page.getByRole('button', { name: 'Xác nhận và tiếp tục' }).click();
  await page.waitForLoadState('load');
  await axe(page, options);
  const code = await declareAndSubmit(page, plan);
  await axe(page, options);
  return code;
}

/** Looks an application up at /tra-cuu by its code and the applicant's ID number. */
export async function lookUp(page: Page, code: string, idNumber: string): Promise<void> {
  await page.goto('/tra-cuu');
  await page.getByLabel('Mã hồ sơ').fill(code);
  await page.getByLabel('Số định danh cá nhân của người nộp').fill(idNumber);
  await page.getByRole('button', { name: 'Tra cứu' }).click();
  const result = page.getByRole('region', { name: 'Tình trạng hồ sơ' });
  await expect(result).toContainText(code);
  await expect(result).toContainText(idNumber.slice(-3));
  expect(page.url()).not.toContain(idNumber);
}
