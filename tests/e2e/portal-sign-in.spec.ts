import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from './axe';

// Each journey walks several pages with an axe run on each: more than the default 30 s.
test.describe.configure({ timeout: 120_000 });

type AxeCheck = (page: Page) => Promise<void>;

async function signInAs(page: Page, name: string, axe: AxeCheck) {
  await page.goto('/dang-nhap');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Đăng nhập thử (mô phỏng VNeID)' }),
  ).toBeVisible();
  await expect(page.getByText('Đây là bản trình diễn, không phải VNeID thật')).toBeVisible();
  await axe(page);
  await page.getByRole('radio', { name }).check();
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(page).toHaveURL(/\/ho-so-cua-toi$/u);
  await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ của tôi' })).toBeVisible();
  await expect(page.getByText(`Đang đăng nhập: ${name}`)).toBeVisible();
}

async function checkMyApplications(page: Page, axe: AxeCheck) {
  const main = page.getByRole('main');
  // Seeded: Hoàng Thị Mai has a birth registration and a judicial record certificate.
  const table = page.getByRole('table', { name: /Hồ sơ đã nộp/u });
  await expect(table.getByRole('cell', { name: 'Đăng ký khai sinh' }).first()).toBeVisible();
  await expect(table.getByRole('rowheader').first()).toHaveText(
    /^HS-\d{4}-[0-9A-HJKMNP-TV-Z]{10}$/u,
  );
  // ID and phone numbers are masked; the full numbers appear nowhere in the page.
  await expect(main.getByText('•••••••••521').first()).toBeVisible();
  await expect(main.getByText('091•••••78')).toBeVisible();
  const html = await page.content();
  expect(html).not.toContain('006190004521');
  expect(html).not.toContain('0912345678');
  await axe(page);
}

async function signOut(page: Page, axe: AxeCheck) {
  await page.getByRole('banner').getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bạn đã đăng xuất' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Đăng nhập' })).toBeVisible();
  await axe(page);
  // Signed out, the list of applications asks for sign-in again.
  await page.goto('/ho-so-cua-toi');
  await expect(page).toHaveURL(/\/dang-nhap$/u);
}

test.describe('demo sign-in, with JavaScript', () => {
  test('signs in as a demo citizen, lists their applications masked, signs out', async ({
    page,
  }) => {
    await signInAs(page, 'Hoàng Thị Mai', expectNoAxeViolations);
    await checkMyApplications(page, expectNoAxeViolations);
    await signOut(page, expectNoAxeViolations);
  });

  test('the session cookie changes at sign-in', async ({ page, context }) => {
    await page.goto('/dang-nhap');
    const before = (await context.cookies()).find((c) => c.name === 'dvc_session')?.value;
    expect(before).toBeTruthy();
    await page.getByRole('radio', { name: 'Nguyễn Văn An' }).check();
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await expect(page).toHaveURL(/\/ho-so-cua-toi$/u);
    const after = (await context.cookies()).find((c) => c.name === 'dvc_session');
    expect(after?.value).toBeTruthy();
    expect(after?.value).not.toBe(before);
    expect(after?.httpOnly).toBe(true);
    expect(after?.sameSite).toBe('Lax');
  });

  test('asks to choose a profile when none is chosen', async ({ page }) => {
    await page.goto('/dang-nhap');
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('Vui lòng chọn một công dân mẫu để đăng nhập.');
    await expect(page).toHaveURL(/\/dang-nhap$/u);
    await expectNoAxeViolations(page);
  });

  test('the sign-in page is in English after ?lang=en', async ({ page }) => {
    await page.goto('/dang-nhap?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Demo sign-in (simulated VNeID)' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('demo sign-in, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('signs in, lists applications masked and signs out with plain form posts', async ({
    page,
  }) => {
    await signInAs(page, 'Hoàng Thị Mai', expectNoAxeViolationsWithoutJs);
    await checkMyApplications(page, expectNoAxeViolationsWithoutJs);
    await signOut(page, expectNoAxeViolationsWithoutJs);
  });

  test('asks to choose a profile when none is chosen', async ({ page }) => {
    await page.goto('/dang-nhap');
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText(
      'Vui lòng chọn một công dân mẫu để đăng nhập.',
    );
    await expectNoAxeViolationsWithoutJs(page);
  });
});
