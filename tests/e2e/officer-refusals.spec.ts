import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from './axe';
import { giveEachTestItsOwnClientAddress } from './client-address';

// Without JavaScript throughout: every staff page is a plain server-rendered form.
test.use({ javaScriptEnabled: false });
test.describe.configure({ mode: 'serial', timeout: 180_000 });

giveEachTestItsOwnClientAddress();

let naRiPath = '';

async function signInStaff(page: Page, username: string, password: string) {
  await page.goto('/can-bo/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page).toHaveURL(/\/can-bo(\/tai-khoan)?$/u, { timeout: 20_000 });
}

/** Posts a form to `path` with this session's CSRF token, as a crafted request would. */
async function postAs(page: Page, path: string, fields: Record<string, string>) {
  const csrf = await page.locator('input[name="_csrf"]').first().inputValue();
  return page.request.post(path, { form: { _csrf: csrf, ...fields }, maxRedirects: 0 });
}

async function newPage(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'vi-VN' });
  return { context, page: await context.newPage() };
}

test('the late application of Xã Na Rì: its officer writes the printable apology letter', async ({
  page,
}) => {
  await signInStaff(page, 'canbo.nari', 'CanBo@2026-demo');
  await page.getByLabel('Mã hồ sơ hoặc tên người nộp').fill('Triệu Thị Lan');
  await page.getByRole('button', { name: 'Lọc', exact: true }).click();
  const table = page.getByRole('table');
  await expect(table).toContainText(/Quá hạn \d+ ngày làm việc/u);
  naRiPath = (await table.getByRole('link').first().getAttribute('href')) ?? '';
  await page.goto(naRiPath);
  await expect(page.getByText('Hồ sơ đã quá hạn giải quyết')).toBeVisible();
  await page.getByRole('link', { name: 'Lập thư xin lỗi' }).click();
  await expectNoAxeViolationsWithoutJs(page);
  await page.getByRole('button', { name: 'Lập thư' }).click();
  await expect(page.getByRole('link', { name: 'Nhập lý do trễ hạn' })).toBeVisible();
  await page.getByLabel('Lý do trễ hạn').fill('cần xác minh thêm nơi ở với công an xã');
  await page.getByRole('button', { name: 'Lập thư' }).click();
  const letter = page.getByRole('article', { name: 'THƯ XIN LỖI' });
  await expect(letter).toContainText('Kính gửi: Ông/Bà Triệu Thị Lan');
  await expect(letter).toContainText('cần xác minh thêm nơi ở với công an xã');
  await expect(letter).toContainText(/hẹn trả kết quả vào ngày \d{2}\/\d{2}\/\d{4}/u);
  await expectNoAxeViolationsWithoutJs(page);
  // The print style sheet shows the letter alone.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.officer-bar')).toBeHidden();
  await expect(letter).toBeVisible();
});

test('two officers acting at once: one wins, the other is told and nothing is overwritten', async ({
  browser,
}) => {
  const first = await newPage(browser);
  const second = await newPage(browser);
  try {
    await signInStaff(first.page, 'canbo.nari', 'CanBo@2026-demo');
    await signInStaff(second.page, 'canbo.nari', 'CanBo@2026-demo');
    await first.page.goto(naRiPath);
    await second.page.goto(naRiPath);
    await first.page.getByRole('radio', { name: 'Đã xử lý xong', exact: true }).check();
    await first.page.getByRole('button', { name: 'Cập nhật hồ sơ' }).click();
    await expect(first.page.getByRole('status').filter({ hasText: 'Đã cập nhật' })).toContainText(
      'Đã xử lý xong',
    );
    await second.page.getByRole('radio', { name: 'Dừng xử lý', exact: true }).check();
    await second.page.getByLabel('Lý do', { exact: true }).fill('Người dân đề nghị dừng');
    await second.page.getByRole('button', { name: 'Cập nhật hồ sơ' }).click();
    await expect(second.page.getByRole('alert')).toContainText('vừa được người khác cập nhật');
    // The page now shows the winner's status, not the loser's.
    await expect(second.page.getByText('Đã xử lý xong').first()).toBeVisible();
    await expect(second.page.getByRole('table').last()).not.toContainText('Dừng xử lý');
  } finally {
    await first.context.close();
    await second.context.close();
  }
});

test('an officer of another commune can neither read nor change an application', async ({
  page,
}) => {
  await signInStaff(page, 'canbo.chodon', 'CanBo@2026-demo');
  const response = await page.goto(naRiPath);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Bạn không có quyền xem trang này',
  );
  await expect(page.getByText('Triệu Thị Lan')).toHaveCount(0);
  await expectNoAxeViolationsWithoutJs(page);
  expect((await page.goto(`${naRiPath}/thu-xin-loi`))?.status()).toBe(404);
  await page.goto('/can-bo');
  const post = await postAs(page, naRiPath, {
    action: 'return-result',
    reason: '',
    version: '3',
  });
  expect(post.status()).toBe(404);
  const apology = await postAs(page, `${naRiPath}/thu-xin-loi`, {
    extraDays: '5',
    reason: 'x',
  });
  expect(apology.status()).toBe(404);
  // Filtering by another commune changes nothing: the queue is always their own.
  await expect(page.getByLabel('Xã, phường')).toHaveCount(0);
  await expect(page.getByRole('table')).not.toContainText('Triệu Thị Lan');
});

test('a provincial leader reads every commune but cannot change anything', async ({ page }) => {
  await signInStaff(page, 'lanhdao', 'LanhDao@2026-demo');
  // Every commune: the leader's queue has a commune column and filter, and pages of results.
  await expect(page.getByRole('columnheader', { name: 'Xã, phường' })).toBeVisible();
  await expect(page.getByLabel('Xã, phường')).toBeVisible();
  await expectNoAxeViolationsWithoutJs(page);
  await page.goto(naRiPath);
  await expect(page.getByText('Bạn chỉ được xem hồ sơ này, không được thay đổi.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cập nhật hồ sơ' })).toHaveCount(0);
  const post = await postAs(page, naRiPath, { action: 'return-result', version: '3' });
  expect(post.status()).toBe(403);
  await page.reload();
  await expect(page.getByText('Đã xử lý xong').first()).toBeVisible();
  expect((await page.goto('/can-bo/tai-khoan'))?.status()).toBe(403);
});

test('an administrator manages accounts but sees no applications; sign-in failures are refused', async ({
  page,
}) => {
  await page.goto('/can-bo/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill('quantri');
  await page.getByLabel('Mật khẩu').fill('sai mật khẩu rồi');
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Tên đăng nhập hoặc mật khẩu không đúng');
  await expectNoAxeViolationsWithoutJs(page);
  await signInStaff(page, 'quantri', 'QuanTri@2026-demo');
  await expect(page).toHaveURL(/\/can-bo\/tai-khoan$/u);
  await expectNoAxeViolationsWithoutJs(page);
  expect((await page.goto(naRiPath))?.status()).toBe(403);
  await page.goto('/can-bo/tai-khoan');
  await page.getByLabel('Tên đăng nhập').fill('canbo.babe2');
  await page.getByLabel('Họ tên hoặc chức danh').fill('Cán bộ Xã Ba Bể 2');
  await page.getByLabel('Xã, phường (chỉ với cán bộ xã, phường)').selectOption('01906');
  await page.getByLabel('Mật khẩu ban đầu').fill('mật khẩu thử nghiệm dài');
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(page.getByRole('status')).toContainText('Đã tạo tài khoản.');
  await expect(page.getByRole('table')).toContainText('canbo.babe2');
});

test('without a staff session every officer page sends you to sign in', async ({ page }) => {
  for (const path of ['/can-bo', naRiPath, `${naRiPath}/thu-xin-loi`, '/can-bo/tai-khoan']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/can-bo\/dang-nhap$/u);
  }
});

test.describe('with JavaScript', () => {
  test.use({ javaScriptEnabled: true });
  test('the sign-in page and the queue pass axe', async ({ page }) => {
    await page.goto('/can-bo/dang-nhap');
    await expectNoAxeViolations(page);
  });
});
