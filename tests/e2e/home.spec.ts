import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from './axe';

test('the home page is Vietnamese and has no axe violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Dịch vụ công trực tuyến' }),
  ).toBeVisible();
  await expect(page).toHaveTitle(/Dịch vụ công trực tuyến/);
  await expectNoAxeViolations(page);
});

test('a link switches the page to English', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Online public services' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('the server renders the whole page and the search form posts without scripts', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Dịch vụ công trực tuyến' }),
    ).toBeVisible();
    // Decomposed input, as some IMEs type it, comes back composed from the server.
    await page.getByLabel('Tìm dịch vụ công').fill('  khai   sinh cho con Đoàn '.normalize('NFD'));
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await expect(page).toHaveURL(/\?lang=vi&q=/);
    await expect(page.getByRole('status')).toHaveText(
      'Chưa có dịch vụ nào khớp với “khai sinh cho con Đoàn”.',
    );
    await expect(page.getByLabel('Tìm dịch vụ công')).toHaveValue('khai sinh cho con Đoàn');
    await expectNoAxeViolationsWithoutJs(page);
  });
});
