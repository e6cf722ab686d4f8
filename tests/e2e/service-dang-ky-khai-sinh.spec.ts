import { expect, test } from '@playwright/test';
import { giveEachTestItsOwnClientAddress } from './client-address';
import { completeService, lookUp } from './service-journey';
import { khaiSinh } from './service-plans';

// Each journey walks about twenty pages, with axe on many of them.
test.describe.configure({ timeout: 240_000 });
giveEachTestItsOwnClientAddress();

test('registers a birth end to end with JavaScript, then finds it by code and ID number', async ({
  page,
}) => {
  const code = await completeService(page, khaiSinh, { javaScript: true, axeEveryPage: true });
  await lookUp(page, code, khaiSinh.idNumber);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('registers a birth end to end with plain form posts', async ({ page }) => {
    const code = await completeService(page, khaiSinh, { javaScript: false });
    expect(page.url()).not.toContain(code);
    await lookUp(page, code, khaiSinh.idNumber);
  });
});
