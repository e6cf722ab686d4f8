/* global window, document, CSS, HTMLInputElement, HTMLSelectElement */
// A whole service application with the keyboard only, in Firefox over WebDriver BiDi: the start
// page, every question page the flow engine shows for the plan's answers (tests/e2e/
// service-plans.ts, loaded by plans.mjs), check your answers, the declaration and the
// confirmation. Focus moves with Tab and Shift+Tab only; a radio is chosen with the arrow keys
// or Space, a list option with the arrow keys and Enter, a file with Space on the file input
// (the file chooser), and every page is sent with Enter on its button. The DOM is read to know
// where focus is and what the page shows, never clicked or written to.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  check,
  checkPageChange,
  CheckFailed,
  focused,
  heading,
  isHydrated,
  named,
  tabTo,
  typeInto,
} from './harness.mjs';

/** @typedef {import('puppeteer-core').Page} Page */
/** @typedef {import('./plans.mjs').ServicePlan} ServicePlan */
/** @typedef {import('./plans.mjs').FieldValue} FieldValue */

/**
 * @typedef {{
 *   axe: (page: Page, state: string) => Promise<void>,
 *   open: (page: Page, path: string) => Promise<void>,
 *   mistake: Mistake,
 *   log?: (line: string) => void,
 * }} FlowOptions
 * @typedef {{ kind: 'empty', step: string }
 *   | { kind: 'wrong', step: string, field: string, value: string }
 *   | { kind: 'no-consent' }} Mistake
 *   The one failed validation of the journey: a page sent with nothing chosen, a field sent
 *   with a wrong value (then fixed from the error summary's link), or the declaration sent
 *   without the required consent.
 */

/**
 * Where each walk reports its steps (the runner's --verbose log), by page.
 * @type {WeakMap<Page, (line: string) => void>}
 */
const logs = new WeakMap();
const log = (/** @type {Page} */ page, /** @type {string} */ line) => logs.get(page)?.(line);

const summarySelector = '#noi-dung .dvc-error-summary, #noi-dung .portal-error-summary';

/** Files the plans upload, written once to a folder of their own. */
const fileFolder = mkdtempSync(join(tmpdir(), 'firefox-journeys-files-'));
process.on('exit', () => {
  rmSync(fileFolder, { recursive: true, force: true });
});

/** The step shown: the last part of `/dich-vu/<slug>/<step>`. */
function currentStep(/** @type {Page} */ page) {
  return decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1) ?? '');
}

/** The error summary's items, whitespace collapsed (none when there is no summary). */
function summaryItems(/** @type {Page} */ page) {
  return page.evaluate(
    (selector) =>
      [...(document.querySelector(selector)?.querySelectorAll('li') ?? [])].map(
        (li) => li.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      ),
    summarySelector,
  );
}

/**
 * Presses Enter on what has focus (a button or a field of a form) and waits for what the person
 * sees next: a new document (the post's answer, or the page after it), or an error summary the
 * page showed itself (a check in the browser refused the answers). Never a timer: the old
 * document is marked, with the summary it had, before the key is pressed.
 * @param {Page} page
 * @returns {Promise<'new page' | 'refused here'>}
 */
export async function sendAndWait(page) {
  await page.evaluate((selector) => {
    /** @type {any} */ (window).__keyboardJourneyOld =
      document.querySelector(selector) ?? 'no summary';
  }, summarySelector);
  await page.keyboard.press('Enter');
  try {
    // One wait for either: the page's state is read by one expression (the harness's
    // hydration check is sent with it as source).
    const state = (/** @type {string} */ selector, /** @type {() => boolean} */ settled) => {
      const old = /** @type {any} */ (window).__keyboardJourneyOld;
      if (old === undefined) return settled() && 'new page';
      const summary = document.querySelector(selector);
      return summary !== null && summary !== old && 'refused here';
    };
    const outcome = await page.waitForFunction(
      `(${state.toString()})(${JSON.stringify(summarySelector)}, ${isHydrated.toString()})`,
      { timeout: 30_000, polling: 50 },
    );
    return /** @type {'new page' | 'refused here'} */ (await outcome.jsonValue());
  } catch (error) {
    throw new CheckFailed(
      `after Enter neither a new page nor an error summary came on ${new URL(page.url()).pathname}: ${
        error instanceof Error ? error.message : String(error)
      }`,
    );
  }
}

/** Tabs to the button with this text and presses Enter on it. @param {Page} page @param {string} text */
async function pressButton(page, text) {
  await tabTo(page, named(text, 'button'), { what: `the button "${text}"`, max: 200 });
  const from = performance.now();
  const outcome = await sendAndWait(page);
  log(page, `"${text}": ${outcome} in ${String(Math.round(performance.now() - from))} ms`);
  return outcome;
}

/**
 * What kind of control a plan field is on this page, waiting (on the page, not a timer) until
 * it is enabled: a list that follows another choice (the commune after the province) is
 * disabled until then. `null` when the page does not show the field (yet).
 * @param {Page} page @param {string} name
 */
async function controlKind(page, name) {
  const probe = (/** @type {string} */ field) => {
    const element = document.querySelector(`[name="${CSS.escape(field)}"]`);
    if (!element) return null;
    const combobox = element.closest('.dvc-combobox__field')?.querySelector('[role="combobox"]');
    const control = /** @type {HTMLInputElement} */ (combobox ?? element);
    let kind = 'text';
    if (combobox) kind = 'combobox';
    else if (element instanceof HTMLSelectElement) kind = 'select';
    else if (element instanceof HTMLInputElement && element.type === 'hidden') return null;
    else if (
      element instanceof HTMLInputElement &&
      ['radio', 'checkbox', 'file'].includes(element.type)
    ) {
      kind = element.type;
    }
    return { kind, enabled: !control.disabled };
  };
  const found = await page.evaluate(probe, name);
  if (found === null) return null;
  if (!found.enabled) {
    try {
      await page.waitForFunction(
        (f) =>
          document
            .querySelector(`[name="${CSS.escape(f)}"]`)
            ?.closest('.dvc-combobox__field')
            ?.querySelector('[role="combobox"]:not(:disabled)') ??
          document.querySelector(`[name="${CSS.escape(f)}"]:not(:disabled)`),
        { timeout: 30_000, polling: 50 },
        name,
      );
    } catch {
      throw new CheckFailed(`the field ${name} stays disabled on ${new URL(page.url()).pathname}`);
    }
  }
  return found.kind;
}

/**
 * Chooses an option of the enhanced combobox that has focus: types its name, waits for the
 * list to offer it, moves to it with ArrowDown and takes it with Enter; then the hidden field
 * carries its value.
 * @param {Page} page @param {string} name @param {{ option: string, label: string }} choice
 */
async function chooseInCombobox(page, name, choice) {
  await typeInto(page, choice.label);
  try {
    await page.waitForFunction(
      (label) => {
        const input = document.activeElement;
        const list = input && document.getElementById(input.getAttribute('aria-controls') ?? '');
        return (
          list !== null &&
          !list.hidden &&
          [...list.querySelectorAll('[role="option"]')].some((o) => o.textContent === label)
        );
      },
      { timeout: 30_000, polling: 50 },
      choice.label,
    );
  } catch {
    throw new CheckFailed(`the list of ${name} never offered "${choice.label}"`);
  }
  let active = '';
  for (let press = 0; press < 60 && active !== choice.label; press++) {
    await page.keyboard.press('ArrowDown');
    active = await page.evaluate(() => {
      const id = document.activeElement?.getAttribute('aria-activedescendant');
      return id ? (document.getElementById(id)?.textContent ?? '') : '';
    });
  }
  check(
    active === choice.label,
    `ArrowDown never reached "${choice.label}" in the list of ${name}`,
  );
  await page.keyboard.press('Enter');
  try {
    await page.waitForFunction(
      (field, value) =>
        /** @type {HTMLInputElement | null} */ (
          document.querySelector(`input[type="hidden"][name="${CSS.escape(field)}"]`)
        )?.value === value,
      { timeout: 30_000, polling: 50 },
      name,
      choice.option,
    );
  } catch {
    throw new CheckFailed(`Enter on "${choice.label}" did not choose it for ${name}`);
  }
  const now = await focused(page);
  check(
    now.role === 'combobox' && now.value === choice.label,
    `after choosing, the combobox should show "${choice.label}", not "${now.value}"`,
  );
}

/**
 * Chooses a radio of the group that has focus: Tab lands on the checked radio (or the first);
 * the arrow keys move and check; Space checks the one focus is on.
 * @param {Page} page @param {string} value
 */
async function chooseRadio(page, value) {
  let now = await focused(page);
  for (let press = 0; press < 12 && now.value !== value; press++) {
    await page.keyboard.press('ArrowDown');
    now = await focused(page);
  }
  check(now.value === value, `the arrow keys never reached the choice "${value}" of ${now.field}`);
  if (!now.checked) await page.keyboard.press(' ');
  check((await focused(page)).checked, `"${now.name}" should be chosen`);
}

/**
 * Chooses an option of the native select that has focus with the arrow keys (a closed select
 * changes its value as they move).
 * @param {Page} page @param {string} value
 */
async function chooseInSelect(page, value) {
  const { from, to } = await page.evaluate((wanted) => {
    const select = /** @type {HTMLSelectElement} */ (document.activeElement);
    return {
      from: select.selectedIndex,
      to: [...select.options].findIndex((o) => o.value === wanted),
    };
  }, value);
  check(to >= 0, `the list has no option ${value}`);
  const key = to > from ? 'ArrowDown' : 'ArrowUp';
  for (let press = 0; press < Math.abs(to - from); press++) await page.keyboard.press(key);
  const now = await focused(page);
  check(
    now.value === value,
    `the arrow keys left the list ${now.field} on "${now.value}", not ${value}`,
  );
}

/**
 * Chooses a file on the file input that has focus, as a keyboard user does: Space opens the
 * file chooser. puppeteer-core over WebDriver BiDi sees it open through the
 * `input.fileDialogOpened` event (Page.waitForFileChooser), and FileChooser.accept sets the
 * files with the BiDi command `input.setFiles` on the input the dialog belongs to (what
 * ElementHandle.uploadFile sends too; the chooser is used so that the key press is what opens
 * it). The page then lists the file it accepted.
 * @param {Page} page @param {{ name: string, buffer: Buffer }} file
 */
async function chooseFile(page, file) {
  const path = join(fileFolder, file.name);
  writeFileSync(path, file.buffer);
  // The component lists a chosen file once hydrated (its live region is then rendered).
  await page.waitForFunction(
    () => document.activeElement?.parentElement?.querySelector('[aria-live]') != null,
    { timeout: 30_000, polling: 50 },
  );
  const [chooser] = await Promise.all([
    page.waitForFileChooser({ timeout: 30_000 }),
    page.keyboard.press(' '),
  ]);
  await chooser.accept([path]);
  try {
    await page.waitForFunction(
      (name) =>
        [...document.querySelectorAll('.dvc-file-upload__name')].some((n) =>
          n.textContent?.startsWith(name),
        ),
      { timeout: 30_000, polling: 50 },
      file.name,
    );
  } catch {
    throw new CheckFailed(`the page never listed the chosen file ${file.name}`);
  }
}

/**
 * Answers one field from the plan: Tab (forward from where focus is) to its control, then the
 * keys that control takes. Returns false when the page does not show the field yet (a question
 * that an answer on the same page brings in after the post).
 * @param {Page} page @param {string} name @param {FieldValue} value @param {string[]} typed
 */
async function answerField(page, name, value, typed) {
  const kind = await controlKind(page, name);
  if (kind === null) return false;
  const what = `the field ${name}`;
  if (kind === 'checkbox') {
    await tabTo(page, (f) => f.field === name && f.value === value, { what });
    if (!(await focused(page)).checked) await page.keyboard.press(' ');
    check((await focused(page)).checked, `Space should tick ${name}=${String(value)}`);
    return true;
  }
  const reached = await tabTo(
    page,
    (f) => f.field === name && (kind !== 'combobox' || f.role === 'combobox'),
    {
      what,
    },
  );
  if (typeof value === 'object' && 'file' in value) {
    check(kind === 'file', `${name} should be a file input, not a ${kind}`);
    await chooseFile(page, value.file);
  } else if (typeof value === 'object') {
    check(kind === 'combobox' || kind === 'select', `${name} should be a list, not a ${kind}`);
    if (kind === 'combobox') await chooseInCombobox(page, name, value);
    else await chooseInSelect(page, value.option);
  } else if (kind === 'radio') {
    await chooseRadio(page, value);
  } else if (kind === 'select') {
    await chooseInSelect(page, value);
  } else {
    if (reached.value === '') await page.keyboard.type(value.normalize('NFC'));
    else await typeInto(page, value);
    const now = await focused(page);
    check(
      now.value.normalize('NFC') === value.normalize('NFC'),
      `typing "${value}" into ${name} left "${now.value}"`,
    );
    // Words (names, places, purposes) come back on the check-your-answers page.
    if (/\p{L}{2}/u.test(value)) typed.push(value);
  }
  return true;
}

/**
 * Adds the plan's items to a repeating group: Tab to its add button, Enter (a post that shows
 * the page again with the new item's fields).
 * @param {Page} page @param {string} group @param {number} items
 */
async function addItems(page, group, items, /** @type {FlowOptions} */ options) {
  for (let index = 0; index < items; index++) {
    const prefix = `${group}[${String(index)}].`;
    const present = await page.evaluate(
      (p) => document.querySelector(`[name^="${CSS.escape(p)}"]`) !== null,
      prefix,
    );
    if (present) continue;
    await tabTo(
      page,
      (f) => f.tag === 'button' && f.field === '_action' && f.value === `add:${group}`,
      {
        what: `the button that adds to ${group}`,
      },
    );
    check(
      (await sendAndWait(page)) === 'new page',
      `adding to ${group} should show the page again`,
    );
    check(
      await page.evaluate(
        (p) => document.querySelector(`[name^="${CSS.escape(p)}"]`) !== null,
        prefix,
      ),
      `after "add" the page has no fields ${prefix}*`,
    );
    await checkPageChange(page);
    await options.axe(page, `${currentStep(page)} with ${String(index + 1)} item(s) added`);
  }
}

/**
 * Answers the page shown from the plan and sends it; comes back on the next page. A question
 * that only appears after the post (an answer on the page brings it in) is answered when the
 * page comes back with it.
 * @param {Page} page @param {ServicePlan} plan @param {FlowOptions} options @param {string[]} typed
 */
async function answerPage(page, plan, options, typed) {
  const step = currentStep(page);
  const fields = plan.steps[step];
  if (!fields) {
    throw new CheckFailed(`the plan has no answers for page "${step}" ("${await heading(page)}")`);
  }
  const mistake = options.mistake;
  log(page, `page ${step}`);
  if (mistake.kind === 'empty' && mistake.step === step) {
    // Refused in the browser, or by the server (a new page on the same step): both show it.
    await pressButton(page, 'Tiếp tục');
    check(currentStep(page) === step, `${step} sent empty went on to ${page.url()}`);
    await refused(page, options, `${step} sent empty`, 1);
  }
  const group = plan.groups?.[step];
  if (group) await addItems(page, group.group, group.items, options);

  let pending = [];
  for (const [name, value] of fields) {
    const wrong = mistake.kind === 'wrong' && mistake.step === step && mistake.field === name;
    if (!(await answerField(page, name, wrong ? mistake.value : value, typed))) pending.push(name);
  }
  await options.axe(page, `${step}, answered`);
  let outcome = await pressButton(page, 'Tiếp tục');

  if (mistake.kind === 'wrong' && mistake.step === step) {
    check(currentStep(page) === step, `${step} with ${mistake.field} wrong went on`);
    await refused(page, options, `${step} with ${mistake.field} wrong`, 1);
    // The summary's link leads to the field: Tab to it, Enter, and type the right value there.
    const link = await tabTo(page, (f) => f.tag === 'a' && f.inAlert, { what: 'the summary link' });
    await page.keyboard.press('Enter');
    await page
      .waitForFunction(
        (field) => document.activeElement?.getAttribute('name') === field,
        { timeout: 10_000, polling: 50 },
        mistake.field,
      )
      .catch(() => undefined);
    const now = await focused(page);
    check(
      now.field === mistake.field,
      `the summary link "${link.name}" should take focus to ${mistake.field}, not ${now.tag}#${now.id}`,
    );
    const right = fields.find(([name]) => name === mistake.field)?.[1];
    check(typeof right === 'string', `the plan's ${mistake.field} is text`);
    await typeInto(page, right);
    outcome = await pressButton(page, 'Tiếp tục');
  }

  for (let tries = 0; pending.length > 0 && currentStep(page) === step && tries < 2; tries++) {
    check(
      outcome === 'new page',
      `${step} was refused in the browser: ${(await summaryItems(page)).join(' | ')}`,
    );
    // The page came back with the question the answer brought in (with an error for it).
    const errors = (await summaryItems(page)).length;
    await checkPageChange(page, { errors });
    await options.axe(page, `${step} again, with ${pending.join(', ')}`);
    const still = [];
    for (const name of pending) {
      const value = fields.find(([n]) => n === name)?.[1];
      if (value === undefined || !(await answerField(page, name, value, typed))) still.push(name);
    }
    pending = still;
    outcome = await pressButton(page, 'Tiếp tục');
  }
  if (currentStep(page) === step) {
    throw new CheckFailed(`page "${step}" was refused: ${(await summaryItems(page)).join(' | ')}`);
  }
  await checkPageChange(page);
}

/**
 * A page that refused what was sent: an error summary with `errors` items has focus (the page
 * change check), and axe passes on it.
 * @param {Page} page @param {FlowOptions} options @param {string} state @param {number} errors
 */
async function refused(page, options, state, errors) {
  const items = await summaryItems(page);
  check(
    items.length === errors,
    `${state}: the summary should list ${String(errors)} error(s): ${items.join(' | ')}`,
  );
  await checkPageChange(page, { errors });
  await options.axe(page, state);
}

/**
 * Walks a service from its start page to the confirmation with the keyboard only, and returns
 * the application code the confirmation shows.
 * @param {Page} page @param {ServicePlan} plan @param {FlowOptions} options
 */
export async function completeServiceByKeyboard(page, plan, options) {
  if (options.log) logs.set(page, options.log);
  await options.open(page, `/dich-vu/${plan.slug}`);
  check(
    (await page.evaluate(() => document.documentElement.lang)) === 'vi',
    'the portal should speak Vietnamese',
  );
  const name = await heading(page);
  check(name.length > 0, `the start page of ${plan.slug} has no heading`);
  await options.axe(page, `the start page of ${plan.slug}`);
  await tabTo(page, (f) => (f.tag === 'a' || f.tag === 'button') && /^Bắt đầu/.test(f.name), {
    what: 'the start button',
  });
  check(
    (await sendAndWait(page)) === 'new page',
    'the start button should open the first question',
  );
  await checkPageChange(page);

  /** @type {string[]} */
  const typed = [];
  for (let pages = 0; pages < 40 && currentStep(page) !== 'kiem-tra'; pages++) {
    await answerPage(page, plan, options, typed);
  }
  check(
    currentStep(page) === 'kiem-tra',
    `the flow never reached check your answers (${page.url()})`,
  );
  await options.axe(page, `check your answers of ${plan.slug}`);
  const summary = await page.evaluate(
    () =>
      document.getElementById('noi-dung')?.textContent?.normalize('NFC').toLocaleLowerCase('vi') ??
      '',
  );
  const missing = typed.filter(
    (text) => !summary.includes(text.normalize('NFC').toLocaleLowerCase('vi')),
  );
  check(
    missing.length === 0,
    `check your answers does not show what was typed: ${missing.join(', ')}`,
  );
  await pressButton(page, 'Xác nhận và tiếp tục');
  check(currentStep(page) === 'cam-doan', `after check your answers: ${page.url()}`);
  await checkPageChange(page);
  await options.axe(page, `the declaration of ${plan.slug}`);
  check(
    (await page.evaluate(
      () => document.querySelectorAll('input[type="checkbox"]:checked').length,
    )) === 0,
    'nothing may be ticked for the person on the declaration',
  );

  if (options.mistake.kind === 'no-consent') {
    await pressButton(page, 'Đồng ý và gửi hồ sơ');
    check(currentStep(page) === 'cam-doan', 'the declaration without consent went on');
    await refused(page, options, 'the declaration sent without consent', 1);
  }
  for (const purpose of plan.consents) await answerField(page, 'dong-y', purpose, typed);
  await pressButton(page, 'Đồng ý và gửi hồ sơ');
  check(currentStep(page) === 'da-nop', `after the declaration: ${page.url()}`);
  await checkPageChange(page);
  await options.axe(page, `the confirmation of ${plan.slug}`);
  const code = await page.evaluate(
    () =>
      /HS-\d{4}-[0-9A-Z]{10}/u.exec(document.getElementById('noi-dung')?.textContent ?? '')?.[0] ??
      '',
  );
  check(code !== '', 'the confirmation shows no application code');
  return code;
}
