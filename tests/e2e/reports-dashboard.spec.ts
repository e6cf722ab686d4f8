import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from './axe';
import { giveEachTestItsOwnClientAddress } from './client-address';

// Sign-in (scrypt) plus several page states, each a large page (a 92-row table) checked with
// axe: minutes on a loaded 2-core machine.
test.describe.configure({ timeout: 300_000 });
giveEachTestItsOwnClientAddress();

async function signInStaff(page: Page, username: string, password: string) {
  await page.goto('/can-bo/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page).not.toHaveURL(/\/can-bo\/dang-nhap/u);
}

const signInLeader = (page: Page) => signInStaff(page, 'lanhdao', 'LanhDao@2026-demo');

/** The number in a headline figure, e.g. "Tiếp nhận" -> 3005 (Vietnamese groups with dots). */
async function headline(page: Page, label: string): Promise<number> {
  const term = page.locator('.rpt-headline > div').filter({
    has: page.locator('dt', { hasText: new RegExp(`^${label}`, 'u') }),
  });
  const text = (await term.locator('dd').textContent()) ?? '';
  return Number(text.replace(/\./gu, ''));
}

async function checkDashboard(page: Page) {
  await expect(page).toHaveTitle(/^Báo cáo cho lãnh đạo – /u);
  await expect(page.getByRole('heading', { level: 1, name: 'Báo cáo cho lãnh đạo' })).toBeVisible();
  // The start seed gives the demo a year of history: the dashboard has something to show.
  expect(await headline(page, 'Tiếp nhận')).toBeGreaterThan(100);
  expect(await headline(page, 'Đã giải quyết')).toBeGreaterThan(0);
  // Every chart has its summary and a table with the same figures.
  for (const name of [
    'Hồ sơ tiếp nhận và đã giải quyết theo tuần',
    'Theo dịch vụ',
    'Số liệu của từng xã, phường, xếp theo tên',
  ]) {
    await expect(page.getByRole('table', { name })).toBeVisible();
  }
  await expect(page.getByText(/Tiếp nhận nhiều nhất [\d.]+ hồ sơ, tuần bắt đầu/u)).toBeVisible();
  const communeRows = page
    .getByRole('table', { name: 'Số liệu của từng xã, phường, xếp theo tên' })
    .locator('tbody tr');
  await expect(communeRows).toHaveCount(92);
}

async function filterByService(page: Page) {
  await page.getByLabel('Khoảng thời gian', { exact: true }).selectOption('12m');
  await page.getByLabel('Dịch vụ', { exact: true }).selectOption({ label: 'Đăng ký khai sinh' });
  await page.getByRole('button', { name: 'Xem số liệu' }).click();
  await expect(page).toHaveURL(/[?&]period=12m/u);
  await expect(page).toHaveURL(/[?&]service=dang-ky-khai-sinh/u);
  await expect(page.locator('#report-covering')).toContainText(
    'Đăng ký khai sinh, Tất cả xã, phường',
  );
  const services = page.getByRole('table', { name: 'Theo dịch vụ' }).locator('tbody tr');
  await expect(services).toHaveCount(1);
  await expect(services.first().getByRole('rowheader')).toHaveText('Đăng ký khai sinh');
  // The filter stays chosen on the page it produced.
  await expect(page.getByLabel('Dịch vụ', { exact: true })).toHaveValue('dang-ky-khai-sinh');
}

test.describe('leaders’ dashboard, with JavaScript', () => {
  test('shows the figures, filters by a GET form, and downloads both exports', async ({ page }) => {
    await signInLeader(page);
    await page.goto('/bao-cao');
    await checkDashboard(page);
    await expectNoAxeViolations(page);
    const allReceived = await headline(page, 'Tiếp nhận');

    await filterByService(page);
    const births = await headline(page, 'Tiếp nhận');
    expect(births).toBeGreaterThan(0);
    expect(births).toBeLessThan(allReceived + 1000_000);
    await expectNoAxeViolations(page);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải tệp CSV (mở bằng Excel)' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(
      /^bao-cao-ho-so_\d{4}-\d{2}-\d{2}_.*dang-ky-khai-sinh\.csv$/u,
    );
    const csvBytes = await readFile((await csv.path()) ?? '');
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csvBytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toMatch(/^Nhóm,Mã,Tên,Tiếp nhận,/u);
    expect(text).toContain(`Tổng,,Tất cả hồ sơ,${String(births)},`);

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải tệp Excel (.xlsx)' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/u);
    const xlsxBytes = await readFile((await xlsx.path()) ?? '');
    // A zip container (PK) with the workbook part inside.
    expect(xlsxBytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(xlsxBytes.includes(Buffer.from('xl/workbook.xml'))).toBe(true);
  });

  test('says so when the address holds a choice that is not in the lists', async ({ page }) => {
    await signInLeader(page);
    await page.goto('/bao-cao?period=1999-01&commune=00001');
    const summary = page.getByRole('alert').filter({ hasText: 'Vui lòng sửa các lỗi sau' });
    await expect(summary).toBeVisible();
    await expect(
      summary.getByRole('link', { name: /Khoảng thời gian không có trong danh sách/u }),
    ).toHaveAttribute('href', '#report-period');
    await expect(summary.getByRole('link', { name: /Xã, phường không thuộc/u })).toBeVisible();
    await expect(page.getByLabel('Khoảng thời gian', { exact: true })).toHaveValue('90d');
    await expectNoAxeViolations(page);
  });
});

test.describe('leaders’ dashboard, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the filter form and the page work as plain HTML', async ({ page }) => {
    await signInLeader(page);
    await page.goto('/bao-cao');
    await checkDashboard(page);
    await expectNoAxeViolationsWithoutJs(page);
    await filterByService(page);
    await page.getByLabel('Xã, phường', { exact: true }).selectOption({ label: 'Xã Ba Bể' });
    await page.getByRole('button', { name: 'Xem số liệu' }).click();
    await expect(page).toHaveURL(/[?&]commune=01906/u);
    const communes = page
      .getByRole('table', { name: 'Số liệu của từng xã, phường, xếp theo tên' })
      .locator('tbody tr');
    await expect(communes).toHaveCount(1);
    await expectNoAxeViolationsWithoutJs(page);
  });
});

test.describe('who may read the reports', () => {
  test('nobody signed in is sent to the staff sign-in', async ({ page }) => {
    await page.goto('/bao-cao');
    await expect(page).toHaveURL(/\/can-bo\/dang-nhap$/u);
    const response = await page.request.get('/bao-cao/tai-xuong.csv', { maxRedirects: 0 });
    expect(response.status()).toBe(302);
  });

  test('a commune officer is refused the dashboard and both exports', async ({ page }) => {
    await signInStaff(page, 'canbo.babe', 'CanBo@2026-demo');
    const dashboard = await page.goto('/bao-cao');
    expect(dashboard?.status()).toBe(403);
    for (const path of ['/bao-cao/tai-xuong.csv', '/bao-cao/tai-xuong.xlsx']) {
      const response = await page.request.get(path);
      expect(response.status()).toBe(403);
      expect(await response.text()).not.toContain('Tiếp nhận');
    }
  });
});
