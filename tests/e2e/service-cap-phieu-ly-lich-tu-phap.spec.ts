import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from './axe';
import { giveEachTestItsOwnClientAddress } from './client-address';
import {
  answerStep,
  clickAndWait,
  clickContinue,
  currentStep,
  declareAndSubmit,
  fillStep,
} from './service-journey';
import { lyLich } from './service-plans';

// The whole journeys, with JavaScript and without, and the look-up of what they sent are the
// keyboard-only journeys of quality-keyboard-services.spec.ts. Here: what those do not do.
test.describe.configure({ timeout: 240_000 });
giveEachTestItsOwnClientAddress();

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a refused page keeps what was typed; a change from check answers returns there; a second submit gives the same code', async ({
    page,
  }) => {
    await page.goto('/dich-vu/cap-phieu-ly-lich-tu-phap/la-cong-dan');
    for (let i = 0; i < 3; i++) await answerStep(page, lyLich, { javaScript: false });
    expect(currentStep(page)).toBe('ban-than');
    // A wrong ID number: the page comes back with the error and everything typed, decomposed
    // Vietnamese (NFD) included, normalised.
    const fields = (lyLich.steps['ban-than'] ?? []).map(([name, value]): [string, typeof value] =>
      name === 'so-dinh-danh'
        ? [name, '12345']
        : name === 'ho-ten'
          ? [name, 'Hoàng Văn Páo'.normalize('NFD')]
          : [name, value],
    );
    const pending = await fillStep(page, fields);
    await clickContinue(page);
    if (pending.length > 0) {
      await fillStep(
        page,
        fields.filter(([name]) => pending.includes(name)),
      );
      await clickContinue(page);
    }
    expect(currentStep(page)).toBe('ban-than');
    await expect(page).toHaveTitle(/^Lỗi \(\d+\): /u);
    await expect(page.locator('[name="so-dinh-danh"]')).toHaveValue('12345');
    await expect(page.locator('[name="ho-ten"]')).toHaveValue(/HOÀNG VĂN PÁO|Hoàng Văn Páo/u);
    expect(await page.locator('[name="ho-ten"]').inputValue()).toBe(
      (await page.locator('[name="ho-ten"]').inputValue()).normalize('NFC'),
    );
    await expect(page.locator('[name="ngay-sinh-year"]')).toHaveValue('1994');
    await expectNoAxeViolationsWithoutJs(page);
    await page.locator('[name="so-dinh-danh"]').fill('006094001236');
    await clickContinue(page);
    for (let i = 0; i < 20 && currentStep(page) !== 'kiem-tra'; i++) {
      await answerStep(page, lyLich, { javaScript: false });
    }
    expect(currentStep(page)).toBe('kiem-tra');
    // Change the purpose from check answers: the post returns to check answers.
    await clickAndWait(page, page.locator('a[href*="/muc-dich?quay-lai=kiem-tra"]'));
    expect(currentStep(page)).toBe('muc-dich');
    await page.locator('[name="muc-dich"]').fill('Bổ sung hồ sơ xin việc');
    await clickContinue(page);
    expect(currentStep(page)).toBe('kiem-tra');
    await expect(page.locator('main')).toContainText('Bổ sung hồ sơ xin việc');
    await clickAndWait(page, page.getByRole('button', { name: 'Xác nhận và tiếp tục' }));
    expect(currentStep(page)).toBe('cam-doan');
    // The declaration refuses a post without the required consent, and says why.
    await clickAndWait(page, page.getByRole('button', { name: 'Đồng ý và gửi hồ sơ' }));
    expect(currentStep(page)).toBe('cam-doan');
    await expect(page).toHaveTitle(/^Lỗi \(\d+\): /u);
    await expectNoAxeViolationsWithoutJs(page);
    // Keep the form's hidden fields: a retry (a double click, a dropped connection) sends them again.
    const csrf = await page.locator('input[name="_csrf"]').first().inputValue();
    const submissionKey = await page.locator('input[name="submissionKey"]').inputValue();
    const code = await declareAndSubmit(page, lyLich);
    const retry = await page.request.post('/dich-vu/cap-phieu-ly-lich-tu-phap/cam-doan', {
      form: { _csrf: csrf, submissionKey, 'dong-y': 'xu-ly-ho-so' },
    });
    expect(retry.ok()).toBe(true);
    expect(new URL(retry.url()).pathname).toBe('/dich-vu/cap-phieu-ly-lich-tu-phap/da-nop');
    expect(await retry.text()).toContain(code);
    // Back to the declaration: it shows the same confirmation, not a second application.
    await page.goto('/dich-vu/cap-phieu-ly-lich-tu-phap/cam-doan');
    expect(currentStep(page)).toBe('da-nop');
    await expect(page.locator('main')).toContainText(code);
  });
});

test('save and come back later gives a resume code that continues on another device', async ({
  page,
  browser,
}) => {
  await page.goto('/dich-vu/cap-phieu-ly-lich-tu-phap/la-cong-dan');
  await answerStep(page, lyLich, { javaScript: true });
  await answerStep(page, lyLich, { javaScript: true });
  await fillStep(page, lyLich.steps['loai-phieu'] ?? []);
  await clickAndWait(page, page.getByRole('button', { name: 'Lưu và tiếp tục sau' }));
  expect(currentStep(page)).toBe('da-luu');
  const code = (await page.locator('#resume-code').innerText()).trim();
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/u);
  await expectNoAxeViolations(page);
  // The session ends (its cookie is gone): the draft is kept, on this device too.
  const cookies = await page.context().cookies();
  await page.context().clearCookies();
  await page.context().addCookies(cookies.filter((c) => c.name !== 'dvc_session'));
  await page.goto('/dich-vu/cap-phieu-ly-lich-tu-phap');
  await expect(page.getByRole('link', { name: 'Tiếp tục hồ sơ đã lưu' })).toBeVisible();
  const other = await browser.newContext({ locale: 'vi-VN' });
  try {
    const device = await other.newPage();
    await device.goto('/tiep-tuc');
    await expectNoAxeViolations(device);
    await device.getByLabel('Mã tiếp tục').fill(code.toLowerCase());
    await device.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
    await expect(device).toHaveURL(/\/dich-vu\/cap-phieu-ly-lich-tu-phap$/u);
    await clickAndWait(device, device.getByRole('link', { name: 'Tiếp tục hồ sơ đã lưu' }));
    expect(currentStep(device)).toBe('ban-than');
    await device.goto('/dich-vu/cap-phieu-ly-lich-tu-phap/loai-phieu');
    await expect(device.locator('[name="loai-phieu"][value="so-2"]')).toBeChecked();
  } finally {
    await other.close();
  }
});
