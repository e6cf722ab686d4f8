import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from './axe';
import { fillStep } from './service-journey';

// Sign-in plus a page with axe runs: more than the default 30 s on a shared machine.
test.describe.configure({ timeout: 90_000 });

type AxeCheck = (page: Page) => Promise<void>;

async function signIn(page: Page, name: string, path = '/dang-nhap') {
  await page.goto(path);
  await page.getByRole('radio', { name }).check();
  await page.getByRole('button', { name: /^(Đăng nhập|Sign in)$/u }).click();
  await expect(page).toHaveURL(/\/ho-so-cua-toi$/u);
}

async function checkList(page: Page, axe: AxeCheck) {
  await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ của tôi' })).toBeVisible();
  await expect(page).toHaveTitle(/^Hồ sơ của tôi – /u);
  // Other journeys may add applications for the same demo citizen: find the seeded ones.
  const table = page.getByRole('table', { name: /^Hồ sơ đã nộp \(\d+\)$/u });
  await expect(table.getByRole('columnheader')).toHaveText([
    'Mã hồ sơ',
    'Dịch vụ',
    'Trạng thái',
    'Ngày nộp',
    'Hẹn trả kết quả',
    'Số định danh người nộp',
  ]);
  // The reports seed adds random applications; an ID number of theirs may match a demo one.
  const birth = table
    .getByRole('row')
    .filter({ hasText: 'Đăng ký khai sinh' })
    .filter({ hasText: 'Đang xử lý' })
    .first();
  const record = table.getByRole('row').filter({ hasText: 'Cấp phiếu lý lịch tư pháp' });
  await expect(birth).toBeVisible();
  await expect(record.filter({ hasText: 'Đã xử lý xong' }).first()).toBeVisible();
  await expect(birth.getByRole('rowheader')).toHaveText(/^HS-\d{4}-[0-9A-HJKMNP-TV-Z]{10}$/u);
  await expect(birth.getByRole('cell').nth(2)).toHaveText(/^\d{2}\/\d{2}\/\d{4}$/u);
  await expect(birth.getByRole('cell').nth(3)).toHaveText(/^\d{2}\/\d{2}\/\d{4}$/u);
  await expect(birth.getByRole('cell').nth(4)).toHaveText('•••••••••521');
  // Newest first: submission dates (dd/mm/yyyy) never increase down the table.
  const submitted = await table.locator('tbody tr td:nth-of-type(3)').allTextContents();
  const asDays = submitted.map((d) => d.split('/').reverse().join(''));
  expect(asDays).toEqual([...asDays].sort().reverse());
  const html = await page.content();
  expect(html).not.toContain('006190004521');
  expect(html).not.toContain('0912345678');

  const drafts = page.getByRole('heading', { level: 2, name: 'Hồ sơ đang soạn' });
  await expect(drafts).toBeVisible();
  await expect(page.getByRole('link', { name: /Nhập mã để tiếp tục/u })).toHaveAttribute(
    'href',
    '/tiep-tuc',
  );
  await axe(page);
}

test('a signed-in citizen sees their applications, masked, and their drafts', async ({ page }) => {
  await signIn(page, 'Hoàng Thị Mai');
  await checkList(page, expectNoAxeViolations);
});

test('each person sees only their own applications', async ({ page }) => {
  await signIn(page, 'Nguyễn Văn An');
  const table = page.getByRole('table', { name: /^Hồ sơ đã nộp/u });
  await expect(table.getByRole('cell', { name: 'Đăng ký thường trú' })).toBeVisible();
  await expect(table.getByRole('cell', { name: 'Yêu cầu bổ sung giấy tờ' })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('•••••••••521');
});

test('the page is in English after the switch, names and statuses included', async ({ page }) => {
  await signIn(page, 'Hoàng Thị Mai');
  await page.getByRole('banner').getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/ho-so-cua-toi\?lang=en$/u);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'My applications' })).toBeVisible();
  const table = page.getByRole('table', { name: /Submitted applications/u });
  await expect(
    table.getByRole('row').filter({ hasText: 'Birth registration' }).first(),
  ).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Being processed' }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a saved draft is listed with its date and a link that continues it', async ({ page }) => {
  // Triệu Thị Lan has no seeded draft.
  await signIn(page, 'Triệu Thị Lan');
  await expect(page.getByText('Bạn không có hồ sơ nào đang soạn.')).toBeVisible();
  await page.goto('/dich-vu/cap-phieu-ly-lich-tu-phap/la-cong-dan');
  await fillStep(page, [['la-cong-dan', 'co']]);
  await page.getByRole('button', { name: 'Lưu và tiếp tục sau' }).click();
  await expect(page).toHaveURL(/\/da-luu/u);

  await page.goto('/ho-so-cua-toi');
  const draft = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: 'Cấp phiếu lý lịch tư pháp' }) });
  await expect(draft).toHaveCount(1);
  await expect(draft).toContainText(/Lưu lần cuối\s*\d{2}\/\d{2}\/\d{4}/u);
  await expect(draft).toContainText(/Giữ đến ngày\s*\d{2}\/\d{2}\/\d{4}/u);
  const resume = draft.getByRole('link', {
    // The service name is visually hidden: a separate box, so a space may come before the colon.
    name: /^Tiếp tục điền\s?: Cấp phiếu lý lịch tư pháp$/u,
  });
  await expect(resume).toHaveAttribute('href', '/dich-vu/cap-phieu-ly-lich-tu-phap');
  await expectNoAxeViolations(page);
  await resume.click();
  await expect(page).toHaveURL(/\/dich-vu\/cap-phieu-ly-lich-tu-phap$/u);
  await expect(page.getByRole('link', { name: 'Tiếp tục hồ sơ đã lưu' })).toBeVisible();
});

test('signed out, the page asks for sign-in first', async ({ page }) => {
  await page.goto('/ho-so-cua-toi');
  await expect(page).toHaveURL(/\/dang-nhap$/u);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the same list is rendered by the server', async ({ page }) => {
    await signIn(page, 'Hoàng Thị Mai');
    await checkList(page, expectNoAxeViolationsWithoutJs);
  });
});
