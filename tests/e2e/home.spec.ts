import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from './axe';

// Several pages and axe runs per test: more than the default 30 s on a shared machine.
test.describe.configure({ timeout: 90_000 });

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Tìm dịch vụ công' });

async function search(page: Page, query: string) {
  await searchBox(page).fill(query);
  await page.getByRole('button', { name: 'Tìm kiếm' }).click();
}

test('the home page is Vietnamese, lists the three services with their facts, and passes axe', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Dịch vụ công trực tuyến' }),
  ).toBeVisible();
  await expect(page).toHaveTitle(/Dịch vụ công trực tuyến/u);
  const catalogue = page.getByRole('region', { name: 'Tất cả dịch vụ trên cổng này' });
  const cards = catalogue.getByRole('listitem');
  await expect(cards).toHaveCount(3);
  await expect(catalogue.getByRole('link', { name: 'Đăng ký khai sinh' })).toHaveAttribute(
    'href',
    '/dich-vu/dang-ky-khai-sinh',
  );
  const lltp = cards.filter({ hasText: 'Cấp phiếu lý lịch tư pháp' });
  await expect(lltp).toContainText('Toàn trình');
  await expect(lltp).toContainText(/200\.000\s₫/u);
  await expect(lltp).toContainText('10 ngày làm việc');
  await expect(cards.filter({ hasText: 'Đăng ký khai sinh' })).toContainText('Miễn phí');
  // Nothing searched yet: the live region is there, and silent.
  await expect(page.getByRole('status')).toHaveText('');
  await expectNoAxeViolations(page);
});

test('a search finds a service from a natural query and announces the count', async ({ page }) => {
  await page.goto('/');
  await search(page, 'khai sinh cho con');
  const status = page.getByRole('status');
  await expect(status).toHaveText('Có 1 dịch vụ khớp với “khai sinh cho con”.');
  const results = page.getByRole('region', { name: 'Kết quả tìm “khai sinh cho con”' });
  await expect(results.getByRole('link', { name: 'Đăng ký khai sinh' })).toBeVisible();
  await expect(page).toHaveURL(/[?&]q=khai\+sinh\+cho\+con/u);
  await expect(page).toHaveTitle(/Kết quả tìm “khai sinh cho con”/u);
  await expectNoAxeViolations(page);

  // Without marks, and a colloquial name: "hộ khẩu" is permanent residence.
  await search(page, 'ho khau');
  await expect(status).toHaveText('Có 1 dịch vụ khớp với “ho khau”.');
  await expect(
    page.getByRole('region', { name: /Kết quả tìm/u }).getByRole('link', {
      name: 'Đăng ký thường trú',
    }),
  ).toBeVisible();
});

test('a procedure done elsewhere gets an honest signpost, not a service', async ({ page }) => {
  await page.goto('/');
  await search(page, 'làm CCCD');
  await expect(page.getByRole('status')).toContainText(
    'Cổng này không có dịch vụ khớp với “làm CCCD”.',
  );
  const results = page.getByRole('region', { name: 'Kết quả tìm “làm CCCD”' });
  await expect(results.getByRole('heading', { name: 'Thủ tục làm ở nơi khác' })).toBeVisible();
  await expect(results).toContainText('Thẻ căn cước do cơ quan Công an cấp');
  await expect(results).toContainText('chưa được cơ quan xác nhận');
  await expect(
    results.getByRole('link', { name: /Cổng Dịch vụ công Bộ Công an/u }),
  ).toHaveAttribute('href', 'https://dichvucong.bocongan.gov.vn');
  await expect(results.getByRole('link', { name: 'Đăng ký khai sinh' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a search in English finds the service, named in English on the English page', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  await page.getByRole('searchbox', { name: 'Find a public service' }).fill('criminal record');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('status')).toHaveText('1 service matches “criminal record”.');
  await expect(
    page
      .getByRole('region', { name: 'Results for “criminal record”' })
      .getByRole('link', { name: 'Get a judicial record certificate' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test('no result gets a helpful message', async ({ page }) => {
  await page.goto('/');
  await search(page, 'xyzzy');
  await expect(page.getByRole('status')).toHaveText('Chưa có dịch vụ nào khớp với “xyzzy”.');
  await expect(
    page.getByRole('heading', { name: 'Chưa tìm thấy dịch vụ nào khớp với “xyzzy”' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /tra cứu hồ sơ/u })).toBeVisible();
  // The whole catalogue is still there to browse.
  await expect(
    page.getByRole('region', { name: 'Tất cả dịch vụ trên cổng này' }).getByRole('listitem'),
  ).toHaveCount(3);
  await expectNoAxeViolations(page);
});

test('the language switch keeps the person on the same page, and the choice sticks', async ({
  page,
}) => {
  await page.goto('/tra-cuu');
  const banner = page.getByRole('banner');
  await banner.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/tra-cuu\?lang=en$/u);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Track an application' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The cookie remembers: a later page without ?lang= is English too.
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Online public services' }),
  ).toBeVisible();

  // A search survives the switch (its words are in the address; no personal data is).
  await page.getByRole('searchbox', { name: 'Find a public service' }).fill('ho khau');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('status')).toHaveText('1 service matches “ho khau”.');
  await banner.getByRole('link', { name: 'Tiếng Việt' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page).toHaveURL(/[?&]q=ho\+khau/u);
  await expect(page.getByRole('status')).toHaveText('Có 1 dịch vụ khớp với “ho khau”.');
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('the search is a plain GET form, and decomposed input is read composed', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Dịch vụ công trực tuyến' }),
    ).toBeVisible();
    // Decomposed input, as some IMEs type it, comes back composed from the server.
    await search(page, '  khai   sinh cho con Đoàn '.normalize('NFD'));
    await expect(page).toHaveURL(/\?lang=vi&q=/u);
    await expect(page.getByRole('status')).toHaveText(
      'Có 1 dịch vụ khớp với “khai sinh cho con Đoàn”.',
    );
    await expect(searchBox(page)).toHaveValue('khai sinh cho con Đoàn');
    await expect(
      page
        .getByRole('region', { name: /Kết quả tìm/u })
        .getByRole('link', { name: 'Đăng ký khai sinh' }),
    ).toBeVisible();
    await expectNoAxeViolationsWithoutJs(page);

    await search(page, 'ly lich tu phap');
    await expect(page.getByRole('status')).toHaveText('Có 1 dịch vụ khớp với “ly lich tu phap”.');
    await search(page, 'ho chieu');
    await expect(page.getByRole('region', { name: /Kết quả tìm/u })).toContainText('Làm hộ chiếu');
    await expectNoAxeViolationsWithoutJs(page);
  });

  test('the language switch is a plain link that works without scripts', async ({ page }) => {
    await page.goto('/dang-nhap');
    await page.getByRole('banner').getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/dang-nhap\?lang=en$/u);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Demo sign-in (simulated VNeID)' }),
    ).toBeVisible();
    await expectNoAxeViolationsWithoutJs(page);
  });
});
