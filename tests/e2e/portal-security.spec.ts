import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from './axe';
import { giveEachTestItsOwnClientAddress } from './client-address';

// Some tests walk several pages with an axe run on each: more than the default 30 s.
test.describe.configure({ timeout: 120_000 });

giveEachTestItsOwnClientAddress();

function cspNonce(response: { headers(): Record<string, string> } | null | undefined): string {
  const csp = response?.headers()['content-security-policy'] ?? '';
  const match = /script-src 'nonce-([A-Za-z0-9_-]{16,})'/u.exec(csp);
  if (!match?.[1]) throw new Error(`No script nonce in the CSP: ${csp}`);
  return match[1];
}

test.describe('security headers', () => {
  test('a page carries a nonce CSP, and every script in it carries that nonce', async ({
    request,
  }) => {
    const response = await request.get('/');
    expect(response.status()).toBe(200);
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/u);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('same-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    // Plain HTTP here: no HSTS, no Secure cookies.
    expect(headers['strict-transport-security']).toBeUndefined();
    const nonce = cspNonce(response);
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/giu) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    // A second response gets a different nonce.
    expect(cspNonce(await request.get('/'))).not.toBe(nonce);
  });

  test('the session cookie is opaque, HttpOnly and SameSite=Lax', async ({ request }) => {
    const response = await request.get('/tra-cuu');
    const cookie = response
      .headersArray()
      .filter((h) => h.name.toLowerCase() === 'set-cookie')
      .map((h) => h.value)
      .find((v) => v.startsWith('dvc_session='));
    expect(cookie).toMatch(/^dvc_session=[A-Za-z0-9_-]{43}; Path=\/; SameSite=Lax; HttpOnly/u);
    expect(cookie).not.toContain('Secure');
  });

  test('built assets are cached for a year and keep the security headers', async ({ request }) => {
    // Read from the server's HTML: once the page has hydrated, React may take the preload
    // links out of the document.
    const html = await (await request.get('/')).text();
    const href = /<link rel="modulepreload" href="([^"]+)"/u.exec(html)?.[1];
    expect(href).toMatch(/^\/assets\//u);
    const asset = await request.get(href ?? '');
    expect(asset.status()).toBe(200);
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers()['x-content-type-options']).toBe('nosniff');
    expect(asset.headers()['content-type']).toContain('javascript');
    expect((await request.get('/assets/../server.js')).status()).toBe(404);
  });

  test('pages run their scripts under the CSP without a single violation', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/iu.test(message.text())) violations.push(message.text());
    });
    await page.goto('/');
    // The client took over: a link click is handled without a full page load.
    await page.waitForFunction(() => '__reactRouterRouteModules' in window);
    await page.getByRole('link', { name: 'Tra cứu hồ sơ', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tra cứu hồ sơ' })).toBeVisible();
    expect(violations).toEqual([]);
  });

  test('an unknown address gets a 404 page in the same frame, with a nonce', async ({ page }) => {
    const response = await page.goto('/khong-co-trang-nay?so=019085001234');
    expect(response?.status()).toBe(404);
    cspNonce(response);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' }),
    ).toBeVisible();
    await expect(page).toHaveTitle(/Không tìm thấy trang/u);
    await expectNoAxeViolations(page);
  });
});

test.describe('CSRF', () => {
  test('a post without the form token is refused with a 403 and a message', async ({ request }) => {
    await request.get('/tra-cuu');
    const response = await request.post('/tra-cuu', {
      form: { code: 'HS-2026-ABCDEFGHJK', idNumber: '019085001234' },
    });
    expect(response.status()).toBe(403);
    const html = await response.text();
    expect(html).toContain('Biểu mẫu không còn hợp lệ');
    expect(html).toContain('tải lại trang rồi gửi lại');
    expect(html).toContain('<html lang="vi">');
  });

  test('a post with a wrong token is refused, with JavaScript', async ({ page }) => {
    await page.goto('/tra-cuu');
    // Tamper only once the page has hydrated, or hydration may put the real token back.
    await page.waitForLoadState('networkidle');
    await page.getByLabel('Mã hồ sơ').fill('HS-2026-ABCDEFGHJK');
    await page.getByLabel('Số định danh cá nhân của người nộp').fill('019085001234');
    await page
      .locator('input[name="_csrf"]')
      .first()
      .evaluate((input: HTMLInputElement) => {
        input.value = 'gia-mao';
      });
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Biểu mẫu không còn hợp lệ' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('a form from an expired session is refused with a message', async ({ page, context }) => {
      await page.goto('/tra-cuu');
      await page.getByLabel('Mã hồ sơ').fill('HS-2026-ABCDEFGHJK');
      await page.getByLabel('Số định danh cá nhân của người nộp').fill('019085001234');
      await context.clearCookies();
      await page.getByRole('button', { name: 'Tra cứu' }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Biểu mẫu không còn hợp lệ' }),
      ).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
      await expectNoAxeViolationsWithoutJs(page);
    });
  });
});

test.describe('language', () => {
  test('?lang=en sets a cookie that later pages follow', async ({ page }) => {
    await page.goto('/?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goto('/tra-cuu');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Track an application' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto('/dang-nhap?lang=vi');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await page.goto('/tra-cuu');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  });
});
