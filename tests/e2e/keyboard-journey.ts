import AxeBuilder from '@axe-core/playwright';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { wcagTags } from './axe';
import {
  errorCount,
  expectFocusOnHeadingOrSummary,
  expectNoHorizontalScroll,
  expectTitleCarriesErrors,
  expectTitleChanged,
  focused,
  tabToward,
} from './quality/keyboard';
import {
  currentStep,
  markDocument,
  readCode,
  waitForHydration,
  waitForOutcome,
  type FieldValue,
  type ServicePlan,
} from './service-journey';

/**
 * Completes a service from its plan with the keyboard alone (issue #8): every field is reached
 * by Tab or Shift+Tab, text is typed, a radio group is walked with the arrow keys, a checkbox
 * takes Space, a native select moves with the arrow keys, the enhanced combobox is typed into
 * and its option chosen with ArrowDown and Enter, a file input opens its chooser with Space and
 * the chooser is answered, and buttons and links take Enter. Nothing is clicked, filled or
 * focused by script; the page is only read.
 *
 * On the way it provokes one refused page (by default "Tiếp tục" on the first question with
 * nothing answered), opens the session warning dialog where there is one (with JavaScript),
 * and checks every state it passes: axe, no sideways scrolling, where focus landed after a page
 * change (the h1 or the error summary), and a title that changes with the page and carries the
 * error count. Those findings are collected and returned, so one run reports them all.
 */

export interface KeyboardJourneyOptions {
  /** Whether the page runs scripts (axe is replayed with scripts for a page without). */
  javaScript: boolean;
  /** The interface language, set with `?lang=` on the start page. */
  lang: 'vi' | 'en';
  /**
   * The refused page: on this step, these answers (none: "Tiếp tục" on the empty page), and
   * what the error summary must say. By default the first question with nothing answered.
   */
  refuse?: { step: string; fields?: [string, FieldValue][]; message?: RegExp };
  /** Open the session warning on the first question page (with JavaScript; needs `page.clock`). */
  sessionDialog?: boolean;
}

export interface KeyboardJourneyResult {
  /** The application code on the confirmation page. */
  code: string;
  /** What the state checks found, state by state; empty when the journey is clean. */
  findings: string[];
  /** The states checked, in order (for the test's own report). */
  states: string[];
}

const summarySelector = '#noi-dung .portal-error-summary, #noi-dung .dvc-error-summary';

/** Presses a key on the focused control and waits for the new page or the shown errors. */
async function pressAndWait(
  page: Page,
  key: string,
  javaScript: boolean,
): Promise<'page' | 'refused'> {
  await markDocument(page);
  await page.keyboard.press(key);
  return waitForOutcome(page, javaScript);
}

function selectorOf(name: string): string {
  return `#noi-dung [name="${name}"]`;
}

/** Chooses a radio by walking its group with the arrow keys (Space on the wanted one). */
async function chooseRadio(page: Page, name: string, value: string): Promise<void> {
  await tabToward(page, `${selectorOf(name)}[type="radio"]`);
  const count = await page.locator(selectorOf(name)).count();
  for (let i = 0; i <= count; i += 1) {
    const here = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    if (here === value) {
      await page.keyboard.press('Space');
      await expect(page.locator(`${selectorOf(name)}[value="${value}"]`)).toBeChecked();
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`The arrow keys did not reach ${name}=${value}`);
}

/** Moves a native select to the option with the arrow keys (no popup is opened). */
async function chooseInSelect(page: Page, name: string, value: string): Promise<boolean> {
  const select = page.locator(selectorOf(name)).first();
  const target = await select.evaluate(
    (el, v) => [...(el as HTMLSelectElement).options].findIndex((o) => o.value === v),
    value,
  );
  if (target < 0) return false;
  await tabToward(page, selectorOf(name));
  // The arrow keys move a closed select one option at a time: press the distance, then check.
  for (let round = 0; round < 3; round += 1) {
    const index = await select.evaluate((el) => (el as HTMLSelectElement).selectedIndex);
    if (index === target) break;
    const key = index < target ? 'ArrowDown' : 'ArrowUp';
    for (let i = Math.abs(target - index); i > 0; i -= 1) await page.keyboard.press(key);
  }
  await expect(select).toHaveValue(value);
  return true;
}

/**
 * The enhanced combobox: types the name, waits until the list has been filtered for it (the
 * live status says how many match), walks the list with ArrowDown to the exact option and
 * chooses it with Enter; then waits until the form's hidden input holds the option's value.
 */
async function chooseInCombobox(
  page: Page,
  name: string,
  option: { option: string; label: string },
): Promise<void> {
  const hidden = page.locator(`${selectorOf(name)}[type="hidden"]`);
  const box = page
    .locator('#noi-dung .dvc-combobox')
    .filter({ has: page.locator(`[name="${name}"]`) });
  const input = box.getByRole('combobox');
  // A commune list opens only once its province is chosen.
  await expect(input).toBeEnabled();
  const id = await input.getAttribute('id');
  if (!id) throw new Error(`The combobox of ${name} has no id`);
  await tabToward(page, `[id="${id}"]`);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(option.label);
  await expect(input).toHaveValue(option.label);
  await expect(box.locator('[aria-live="polite"]')).toHaveText(/\S/u);
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('ArrowDown');
    const active = await input.evaluate((el) => {
      const activeId = el.getAttribute('aria-activedescendant');
      return activeId ? (document.getElementById(activeId)?.textContent ?? '') : '';
    });
    if (active === option.label) {
      await page.keyboard.press('Enter');
      await expect(hidden).toHaveValue(option.option);
      await expect(input).toHaveValue(option.label);
      return;
    }
  }
  throw new Error(`ArrowDown did not reach "${option.label}" in ${name}`);
}

/** Opens a file input's chooser with Space and answers it. */
async function chooseFile(
  page: Page,
  name: string,
  file: { name: string; mimeType: string; buffer: Buffer },
  javaScript: boolean,
): Promise<void> {
  await tabToward(page, selectorOf(name));
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles(file);
  // With JavaScript the upload lists what it accepted once it has read the file's first bytes.
  if (javaScript) {
    await expect(
      page.locator('#noi-dung .dvc-file-upload__chosen, #noi-dung .dvc-error-message').first(),
    ).toBeVisible();
  }
}

/** Types into a text field reached by Tab, replacing what was there. */
async function typeText(page: Page, name: string, text: string): Promise<void> {
  await tabToward(page, selectorOf(name));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/**
 * Answers the plan's fields on the page shown, in the page's own order. Returns the names not
 * on the page yet (a commune list that comes with the province, a question an answer reveals).
 */
async function answerFields(
  page: Page,
  fields: [string, FieldValue][],
  javaScript: boolean,
): Promise<string[]> {
  const order = await page.evaluate(() =>
    [...document.querySelectorAll('#noi-dung [name]')].map((el) => el.getAttribute('name') ?? ''),
  );
  const place = (name: string) => {
    const at = order.indexOf(name);
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  const sorted = [...fields].sort(([a], [b]) => place(a) - place(b));
  const pending: string[] = [];
  for (const [name, value] of sorted) {
    const field = page.locator(selectorOf(name)).first();
    if ((await page.locator(selectorOf(name)).count()) === 0) {
      pending.push(name);
      continue;
    }
    if (typeof value !== 'string' && 'file' in value) {
      await chooseFile(page, name, value.file, javaScript);
      continue;
    }
    const { tag, type, disabled } = await field.evaluate((el) => ({
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute('type') ?? '',
      disabled: (el as HTMLInputElement).disabled,
    }));
    if (disabled) {
      pending.push(name);
      continue;
    }
    if (typeof value !== 'string') {
      if (type === 'hidden') await chooseInCombobox(page, name, value);
      else if (tag === 'select') {
        if (!(await chooseInSelect(page, name, value.option))) pending.push(name);
      } else await typeText(page, name, value.option);
      continue;
    }
    if (tag === 'select') {
      if (!(await chooseInSelect(page, name, value))) pending.push(name);
    } else if (type === 'radio') await chooseRadio(page, name, value);
    else if (type === 'checkbox') {
      await tabToward(page, `${selectorOf(name)}[value="${value}"]`);
      await page.keyboard.press('Space');
      await expect(page.locator(`${selectorOf(name)}[value="${value}"]`)).toBeChecked();
    } else await typeText(page, name, value);
  }
  return pending;
}

/** The "Tiếp tục" of a question page: the first button of its actions. */
const continueButton = '#noi-dung .dvc-flow-actions button:not([name])';

/**
 * axe with the same WCAG A/AA rules and the same message as tests/e2e/axe.ts, run in the page
 * itself (axe's legacy mode): the portal has no frames, so the results are the same, without
 * the extra blank page the default mode opens in the person's browser for every run.
 */
async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).setLegacyMode().analyze();
  const problems = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(problems).toEqual([]);
}

/**
 * axe for a page shown without JavaScript, as tests/e2e/axe.ts's expectNoAxeViolationsWithoutJs
 * does it (axe needs scripts: the exact HTML, its scripts removed, is replayed at the same
 * address in a scripting page, stylesheets loading from the server), but with one replaying
 * page for the whole journey, of the same size as the person's, instead of a browser context
 * per state.
 */
class NoScriptReplay {
  private context: BrowserContext | undefined;
  private replay: Page | undefined;
  private html = '';
  private url = '';

  constructor(private readonly source: Page) {}

  async expectNoViolations(): Promise<void> {
    this.url = this.source.url();
    this.html = (await this.source.content()).replace(/<script\b[\s\S]*?<\/script>/giu, '');
    if (!this.replay) {
      const browser = this.source.context().browser();
      if (!browser) throw new Error('The page has no browser to replay it in');
      this.context = await browser.newContext({
        javaScriptEnabled: true,
        viewport: this.source.viewportSize(),
      });
      this.replay = await this.context.newPage();
      // Only the page itself is answered from here; its stylesheets and fonts come from the server.
      await this.replay.route(
        (url) => url.href === this.url,
        (route) => route.fulfill({ body: this.html, contentType: 'text/html; charset=utf-8' }),
      );
    }
    await this.replay.goto(this.url);
    await expectNoAxeViolations(this.replay);
  }

  async close(): Promise<void> {
    await this.context?.close();
  }
}

/** Runs the checks of one page state; a failed check is a finding, the journey goes on. */
class StateChecks {
  readonly findings: string[] = [];
  readonly states: string[] = [];
  private title = '';
  private readonly replay: NoScriptReplay;

  constructor(
    private readonly page: Page,
    private readonly javaScript: boolean,
  ) {
    this.replay = new NoScriptReplay(page);
  }

  async close(): Promise<void> {
    await this.replay.close();
  }

  async check(state: string, { pageChanged }: { pageChanged: boolean }): Promise<void> {
    const page = this.page;
    this.states.push(state);
    const errors = await errorCount(page);
    const before = this.title;
    const checks: [string, () => Promise<void>][] = [
      [
        'axe',
        () => (this.javaScript ? expectNoAxeViolations(page) : this.replay.expectNoViolations()),
      ],
      ['no sideways scrolling', () => expectNoHorizontalScroll(page)],
      ['title', () => expectTitleCarriesErrors(page, errors)],
    ];
    if (pageChanged) {
      checks.push(['title changed', () => expectTitleChanged(page, before)]);
      // Without JavaScript a new document starts at the top (the skip link is the first stop),
      // as any plain page does; a page that came back with errors focuses its summary itself.
      if (this.javaScript || errors > 0) {
        checks.push(['focus', () => expectFocusOnHeadingOrSummary(page)]);
      }
    }
    for (const [name, run] of checks) {
      try {
        await run();
      } catch (error) {
        const message =
          error instanceof Error ? error.message.split('\n').slice(0, 8).join(' ') : String(error);
        this.findings.push(`${state}: ${name}: ${message}`);
      }
    }
    this.title = await page.title();
  }
}

/**
 * The session warning (with JavaScript): the page's clock is moved on until the warning opens
 * (it opens by itself two minutes before the session ends), axe runs with it open, then the
 * clock is set back to real time and Escape ("I am still here") closes it; focus must be where
 * it was before it opened.
 */
async function checkSessionDialog(page: Page, checks: StateChecks, step: string): Promise<void> {
  const dialog = page.getByRole('alertdialog');
  const before = await focused(page);
  for (let i = 0; i < 60 && !(await dialog.isVisible()); i += 1) {
    await page.clock.fastForward(60_000);
  }
  await expect(dialog).toBeVisible();
  // Focus moves into the dialog, to its first action.
  await expect.poll(() => dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await checks.check(`${step}: session warning open`, { pageChanged: false });
  await page.clock.setSystemTime(Date.now());
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect.poll(() => focused(page), { message: 'focus should return' }).toBe(before);
}

/**
 * Walks a service from its start page to the confirmation by keyboard alone, answering from the
 * plan. Returns the application code and what the state checks found.
 */
export async function completeServiceByKeyboard(
  page: Page,
  plan: ServicePlan,
  options: KeyboardJourneyOptions,
): Promise<KeyboardJourneyResult> {
  const { javaScript } = options;
  const checks = new StateChecks(page, javaScript);
  try {
    return await walkByKeyboard(page, plan, options, checks);
  } finally {
    await checks.close();
  }
}

async function walkByKeyboard(
  page: Page,
  plan: ServicePlan,
  options: KeyboardJourneyOptions,
  checks: StateChecks,
): Promise<KeyboardJourneyResult> {
  const { javaScript } = options;
  if (options.sessionDialog && javaScript) await page.clock.install();
  await page.goto(`/dich-vu/${plan.slug}?lang=${options.lang}`);
  await expect(page.locator('html')).toHaveAttribute('lang', options.lang);
  await expect(page.locator('#noi-dung h1')).toBeVisible();
  if (javaScript) await waitForHydration(page);
  await checks.check('start', { pageChanged: false });

  await tabToward(page, '#noi-dung a.dvc-flow-start__button');
  await pressAndWait(page, 'Enter', javaScript);
  let refused = false;
  let dialogDone = !(options.sessionDialog && javaScript);
  for (let i = 0; i < 40 && currentStep(page) !== 'kiem-tra'; i += 1) {
    const step = currentStep(page);
    await checks.check(step, { pageChanged: true });
    const fields = plan.steps[step];
    if (!fields) throw new Error(`The plan has no answers for page "${step}" of ${plan.slug}`);

    const refuse = options.refuse ?? { step };
    if (!refused && refuse.step === step) {
      refused = true;
      await answerFields(page, refuse.fields ?? [], javaScript);
      await tabToward(page, continueButton);
      await pressAndWait(page, 'Enter', javaScript);
      expect(currentStep(page), 'a refused page stays').toBe(step);
      await expect(page.locator(summarySelector)).toBeVisible();
      if (refuse.message) await expect(page.locator(summarySelector)).toContainText(refuse.message);
      await checks.check(`${step}: refused`, { pageChanged: true });
    }
    if (!dialogDone) {
      dialogDone = true;
      await checkSessionDialog(page, checks, step);
    }

    const group = plan.groups?.[step];
    if (group) {
      for (let n = 0; n < group.items; n += 1) {
        if ((await page.locator(`[name^="${group.group}[${String(n)}]."]`).count()) > 0) continue;
        await tabToward(page, `#noi-dung button[name="_action"][value="add:${group.group}"]`);
        await pressAndWait(page, 'Enter', javaScript);
        await expect(
          page.locator(`[name^="${group.group}[${String(n)}]."]`).first(),
        ).toBeAttached();
      }
    }

    const before = page.url();
    let pending = await answerFields(page, fields, javaScript);
    for (let tries = 0; pending.length > 0 && tries < 2; tries += 1) {
      // Without JavaScript a commune list comes with the province: "Chọn" sends the page back
      // with it. A question an answer reveals appears once the page is sent.
      const reload = page.locator('#noi-dung .dvc-address-picker__reload');
      await tabToward(
        page,
        (await reload.count()) > 0 ? '#noi-dung .dvc-address-picker__reload' : continueButton,
      );
      await pressAndWait(page, 'Enter', javaScript);
      expect(page.url(), `page "${step}" should come back to answer ${pending.join(', ')}`).toBe(
        before,
      );
      pending = await answerFields(
        page,
        fields.filter(([name]) => pending.includes(name)),
        javaScript,
      );
    }
    if (pending.length > 0) throw new Error(`Page "${step}" never showed ${pending.join(', ')}`);
    await tabToward(page, continueButton);
    await pressAndWait(page, 'Enter', javaScript);
    if (page.url() === before) {
      const summary = await page.locator(summarySelector).allTextContents();
      throw new Error(`Page "${step}" was refused: ${summary.join(' | ')}`);
    }
  }
  expect(currentStep(page)).toBe('kiem-tra');
  await checks.check('kiem-tra', { pageChanged: true });
  await tabToward(page, '#noi-dung form.dvc-flow-form button');
  await pressAndWait(page, 'Enter', javaScript);

  expect(currentStep(page)).toBe('cam-doan');
  await checks.check('cam-doan', { pageChanged: true });
  // Nothing is ticked for the person.
  await expect(page.locator('#noi-dung input[type="checkbox"]:checked')).toHaveCount(0);
  for (const purpose of plan.consents) {
    await tabToward(page, `#noi-dung input[type="checkbox"][value="${purpose}"]`);
    await page.keyboard.press('Space');
  }
  await tabToward(page, '#noi-dung .dvc-flow-actions button');
  await pressAndWait(page, 'Enter', javaScript);

  expect(currentStep(page)).toBe('da-nop');
  await checks.check('da-nop', { pageChanged: true });
  const code = await readCode(page);
  return { code, findings: checks.findings, states: checks.states };
}
