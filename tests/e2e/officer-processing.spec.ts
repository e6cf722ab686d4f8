import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { giveEachTestItsOwnClientAddress } from './client-address';
import { completeService, type ServicePlan } from './service-journey';
import { khaiSinh } from './service-plans';

// One application, sent by a citizen through the flow, walked through its statuses step by
// step while the citizen follows it, then counted in the leaders' dashboard: the steps depend
// on each other.
test.describe.configure({ mode: 'serial', timeout: 240_000 });

giveEachTestItsOwnClientAddress();

/** The birth registration plan, by a requester whose name no other journey uses. */
const applicantName = 'Lục Văn Thào';
const plan: ServicePlan = {
  ...khaiSinh,
  steps: {
    ...khaiSinh.steps,
    'nguoi-yeu-cau': (khaiSinh.steps['nguoi-yeu-cau'] ?? []).map(([name, value]) =>
      name === 'ho-ten-nguoi-yeu-cau' ? [name, applicantName] : [name, value],
    ),
  },
};
/** The requester lives in Phường Bắc Kạn (01843): the application is that commune's. */
const dashboardPath = '/bao-cao?period=30d&service=dang-ky-khai-sinh&commune=01843';
const idNumber = plan.idNumber;
let code = '';
let applicationPath = '';
let before = { received: 0, finished: 0 };

async function signInStaff(page: Page, username: string, password: string) {
  await page.goto('/can-bo/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page).toHaveURL(/\/can-bo(\/tai-khoan)?$/u, { timeout: 20_000 });
}

/** What a citizen sees at /tra-cuu for the application (a fresh browser, no staff cookie). */
async function citizenSees(browser: Browser, expected: string[]) {
  const context = await browser.newContext({ locale: 'vi-VN' });
  const page = await context.newPage();
  try {
    await page.goto('/tra-cuu');
    await page.getByLabel('Mã hồ sơ').fill(code);
    await page.getByLabel('Số định danh cá nhân của người nộp').fill(idNumber);
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    const result = page.getByRole('region', { name: 'Tình trạng hồ sơ' });
    await expect(result).toContainText(code);
    for (const text of expected) await expect(result).toContainText(text);
  } finally {
    await context.close();
  }
}

async function act(page: Page, action: string, reason?: string) {
  await page.getByRole('radio', { name: action, exact: true }).check();
  if (reason !== undefined) await page.getByLabel('Lý do', { exact: true }).fill(reason);
  await page.getByRole('button', { name: 'Cập nhật hồ sơ' }).click();
}

/** The dashboard's headline figure named by its term. */
async function headline(page: Page, term: string): Promise<number> {
  const value = page
    .locator('.rpt-headline dt')
    .filter({ hasText: new RegExp(`^${term}$`, 'u') })
    .locator('xpath=following-sibling::dd[1]');
  return Number((await value.innerText()).replace(/\D/gu, ''));
}

async function dashboardFigures(page: Page) {
  await signInStaff(page, 'lanhdao', 'LanhDao@2026-demo');
  await page.goto(dashboardPath);
  await expect(page.getByRole('heading', { level: 1, name: 'Báo cáo cho lãnh đạo' })).toBeVisible();
  return {
    received: await headline(page, 'Tiếp nhận'),
    finished: await headline(page, 'Đã giải quyết'),
  };
}

test('the leader reads the figures of Phường Bắc Kạn before the application arrives', async ({
  page,
}) => {
  before = await dashboardFigures(page);
});

test('a citizen applies for a birth registration through the flow', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'vi-VN', javaScriptEnabled: false });
  try {
    code = await completeService(await context.newPage(), plan, { javaScript: false });
  } finally {
    await context.close();
  }
  expect(code).toMatch(/^HS-\d{4}-/u);
});

test('a commune officer signs in and finds the application in the queue by folded name', async ({
  page,
}) => {
  await page.goto('/can-bo');
  await expect(page).toHaveURL(/\/can-bo\/dang-nhap$/u);
  await expectNoAxeViolations(page);
  await signInStaff(page, 'canbo.backan', 'CanBo@2026-demo');
  await expect(page).toHaveTitle(/Hồ sơ cần xử lý/u);
  await expect(page.getByText('Đang đăng nhập: Cán bộ Phường Bắc Kạn')).toBeVisible();
  await page.getByLabel('Mã hồ sơ hoặc tên người nộp').fill('luc van thao');
  await page.getByRole('button', { name: 'Lọc', exact: true }).click();
  await expect(page.getByText('Tìm thấy 1 hồ sơ')).toBeVisible();
  // The search stays out of the address: names are personal data.
  expect(page.url()).not.toContain('luc');
  const table = page.getByRole('table');
  await expect(table).toContainText(new RegExp(applicantName, 'iu'));
  await expect(table).toContainText('Mới đăng ký');
  await expect(table).toContainText(/Còn \d+ ngày làm việc/u);
  // The ID number is masked in the list.
  await expect(table).not.toContainText(idNumber);
  await expectNoAxeViolations(page);
  const link = table.getByRole('link').first();
  expect((await link.textContent())?.trim()).toBe(code);
  applicationPath = (await link.getAttribute('href')) ?? '';
  expect(code).toMatch(/^HS-\d{4}-/u);
  expect(applicationPath).toMatch(/^\/can-bo\/ho-so\/[0-9a-f-]{36}$/u);
});

test('accepts it, and the citizen sees "Được tiếp nhận"', async ({ page, browser }) => {
  await signInStaff(page, 'canbo.backan', 'CanBo@2026-demo');
  await page.goto(applicationPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hồ sơ ${code}`);
  await expect(page.getByText(new RegExp(applicantName, 'iu')).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await act(page, 'Tiếp nhận hồ sơ');
  await expect(page.getByRole('status').filter({ hasText: 'Đã cập nhật' })).toContainText(
    'Được tiếp nhận',
  );
  await citizenSees(browser, ['Được tiếp nhận']);
});

test('asks for documents only with a reason, and the citizen reads the reason', async ({
  page,
  browser,
}) => {
  await signInStaff(page, 'canbo.backan', 'CanBo@2026-demo');
  await page.goto(applicationPath);
  await act(page, 'Yêu cầu bổ sung giấy tờ');
  await expect(page.getByRole('link', { name: /Nhập lý do/u })).toBeVisible();
  await expectNoAxeViolations(page);
  const reason = 'Xin bổ sung bản chụp giấy chứng sinh của cháu.';
  await act(page, 'Yêu cầu bổ sung giấy tờ', reason);
  await expect(page.getByRole('status').filter({ hasText: 'Đã cập nhật' })).toContainText(
    'Yêu cầu bổ sung giấy tờ',
  );
  await expect(page.getByRole('table').last()).toContainText(reason);
  await citizenSees(browser, ['Yêu cầu bổ sung giấy tờ', reason]);
});

test('finishes it after the documents arrive, and the citizen sees "Đã xử lý xong"', async ({
  page,
  browser,
}) => {
  await signInStaff(page, 'canbo.backan', 'CanBo@2026-demo');
  await page.goto(applicationPath);
  await act(page, 'Đã nhận đủ giấy tờ bổ sung');
  await expect(page.getByRole('status').filter({ hasText: 'Đã cập nhật' })).toContainText(
    'Đang xử lý',
  );
  await act(page, 'Đã xử lý xong');
  await expect(page.getByRole('status').filter({ hasText: 'Đã cập nhật' })).toContainText(
    'Đã xử lý xong',
  );
  const history = page.getByRole('table').last();
  for (const status of [
    'Được tiếp nhận',
    'Yêu cầu bổ sung giấy tờ',
    'Đang xử lý',
    'Đã xử lý xong',
  ]) {
    await expect(history).toContainText(status);
  }
  await expect(history).toContainText('Cán bộ (canbo.backan)');
  await expectNoAxeViolations(page);
  await citizenSees(browser, ['Đã xử lý xong']);
  // Signing out ends the staff session: the queue asks to sign in again.
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/can-bo\/dang-nhap\?da-dang-xuat=1$/u);
  await page.goto('/can-bo');
  await expect(page).toHaveURL(/\/can-bo\/dang-nhap$/u);
});

test('the leader sees it counted as received and finished in the dashboard', async ({ page }) => {
  const after = await dashboardFigures(page);
  expect(after.received).toBe(before.received + 1);
  expect(after.finished).toBe(before.finished + 1);
});
