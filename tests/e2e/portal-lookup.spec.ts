import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from './axe';
import { giveEachTestItsOwnClientAddress } from './client-address';

// The look-up is rate-limited per client, and every test here comes from 127.0.0.1:
// they run one after another, and the last one spends what is left of the bucket.
// Each test walks several pages with an axe run on each: more than the default 30 s.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

giveEachTestItsOwnClientAddress();

const maiIdNumber = '006190004521';
const anIdNumber = '019085001234';

/** A seeded application code of a demo citizen (Hoàng Thị Mai unless named), read from their list. */
async function seededCode(page: Page, name = 'Hoàng Thị Mai'): Promise<string> {
  await page.goto('/dang-nhap');
  await page.getByRole('radio', { name }).check();
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page).toHaveURL(/\/ho-so-cua-toi$/u);
  const code = await page
    .getByRole('table', { name: /Hồ sơ đã nộp/u })
    .getByRole('rowheader')
    .first()
    .textContent();
  await page.context().clearCookies();
  if (!code) throw new Error(`${name} has no seeded application`);
  return code.trim();
}

async function lookUp(page: Page, code: string, idNumber: string) {
  await page.getByLabel('Mã hồ sơ').fill(code);
  await page.getByLabel('Số định danh cá nhân của người nộp').fill(idNumber);
  await page.getByRole('button', { name: 'Tra cứu' }).click();
}

test('finds an application by code and ID number, with JavaScript', async ({ page }) => {
  const code = await seededCode(page);
  await page.goto('/tra-cuu');
  await expectNoAxeViolations(page);
  // Typed loosely: lower case, spaces instead of dashes.
  await lookUp(page, code.toLowerCase().replaceAll('-', ' '), maiIdNumber);
  const result = page.getByRole('region', { name: 'Tình trạng hồ sơ' });
  await expect(result).toContainText(code);
  await expect(result).toContainText('•••••••••521');
  expect(page.url()).not.toContain(maiIdNumber);
  await expectNoAxeViolations(page);
});

test('finds it without JavaScript too, and never puts the ID number in the address', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'vi-VN' });
  const page = await context.newPage();
  try {
    const code = await seededCode(page);
    await page.goto('/tra-cuu');
    await lookUp(page, code, maiIdNumber);
    const result = page.getByRole('region', { name: 'Tình trạng hồ sơ' });
    await expect(result).toContainText(code);
    // Her newest seeded application is a birth registration being processed.
    const history = result.locator('.portal-history > li');
    await expect(history).toHaveCount(2);
    await expect(history.nth(0)).toContainText('Hồ sơ đã được nộp');
    await expect(history.nth(1)).toContainText('Đang xử lý');
    expect(page.url()).not.toContain(maiIdNumber);
    await expectNoAxeViolationsWithoutJs(page);
  } finally {
    await context.close();
  }
});

test('shows the history, the deadline and what to do when documents are needed', async ({
  page,
}) => {
  // Seeded: Nguyễn Văn An's permanent-residence application waits for more documents.
  const code = await seededCode(page, 'Nguyễn Văn An');
  await page.goto('/tra-cuu');
  await lookUp(page, code, anIdNumber);
  const result = page.getByRole('region', { name: 'Tình trạng hồ sơ' });
  // Found with JavaScript, the page does not reload: focus moves to the answer.
  await expect(result.getByRole('heading', { name: 'Tình trạng hồ sơ' })).toBeFocused();
  await expect(result.getByText('Đăng ký thường trú', { exact: true })).toBeVisible();
  const next = result.getByRole('heading', { name: 'Bạn cần nộp bổ sung giấy tờ' });
  await expect(next).toBeVisible();
  await expect(result).toContainText('Công an xã, phường nơi bạn đăng ký thường trú');
  await expect(result).toContainText(`kèm mã hồ sơ ${code}`);
  await expect(result.getByRole('heading', { name: 'Quá trình xử lý' })).toBeVisible();
  const history = result.locator('.portal-history > li');
  await expect(history).toHaveCount(2);
  await expect(history.nth(0)).toContainText('Hồ sơ đã được nộp');
  await expect(history.nth(0)).toContainText(/\d{2}\/\d{2}\/\d{4}/u);
  await expect(history.nth(1)).toContainText('Yêu cầu bổ sung giấy tờ');
  await expect(result.getByText(/^\d{2}\/\d{2}\/\d{4}$/u).first()).toBeVisible();
  expect(page.url()).not.toContain(anIdNumber);
  await expectNoAxeViolations(page);
});

test('explains what is wrong with a malformed code or ID number', async ({ page }) => {
  await page.goto('/tra-cuu');
  await lookUp(page, 'HS-123', '12345');
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Mã hồ sơ chưa đúng');
  await expect(summary).toContainText('Số định danh cá nhân gồm 12 chữ số');
  await expectNoAxeViolations(page);
});

test('stops guessing: after a few tries the look-up answers 429 with a message', async ({
  page,
}) => {
  await page.goto('/tra-cuu');
  const alert = page.getByRole('alert');
  let refused = false;
  for (let attempt = 0; attempt < 8 && !refused; attempt++) {
    await lookUp(page, 'HS-2026-0000000000', '019085001234');
    await expect(alert).toContainText(/Không tìm thấy hồ sơ|Bạn đã tra cứu quá nhiều lần/u);
    refused = (await alert.textContent())?.includes('quá nhiều lần') ?? false;
  }
  expect(refused).toBe(true);
  await expect(alert).toContainText('vui lòng đợi khoảng');

  // The same refusal as HTTP: 429 with Retry-After, to the same session and client. (A
  // slow machine may have earned one token back meanwhile: a second try is refused.)
  const token = await page.locator('input[name="_csrf"]').first().inputValue();
  let response = await page.request.post('/tra-cuu', {
    form: { _csrf: token, code: 'HS-2026-0000000000', idNumber: '019085001234' },
  });
  if (response.status() !== 429) {
    response = await page.request.post('/tra-cuu', {
      form: { _csrf: token, code: 'HS-2026-0000000000', idNumber: '019085001234' },
    });
  }
  expect(response.status()).toBe(429);
  expect(Number(response.headers()['retry-after'])).toBeGreaterThan(0);
  expect(await response.text()).toContain('Bạn đã tra cứu quá nhiều lần');
  await expectNoAxeViolations(page);
});
