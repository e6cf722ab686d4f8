import { expect, test } from '@playwright/test';
import { expectNoAxeViolationsWithoutJs } from './axe';
import { giveEachTestItsOwnClientAddress } from './client-address';
import { clickContinue, completeService, currentStep, fillStep, lookUp } from './service-journey';
import { thuongTru } from './service-plans';

test.describe.configure({ timeout: 240_000 });
giveEachTestItsOwnClientAddress();

test('registers permanent residence end to end with JavaScript, then finds it', async ({
  page,
}) => {
  const code = await completeService(page, thuongTru, { javaScript: true });
  await lookUp(page, code, thuongTru.idNumber);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('registers permanent residence with plain form posts, then finds it', async ({ page }) => {
    const code = await completeService(page, thuongTru, { javaScript: false });
    await lookUp(page, code, thuongTru.idNumber);
  });

  test('a file that is not what its name says is refused with a message', async ({ page }) => {
    await page.goto('/dich-vu/dang-ky-thuong-tru/la-cong-dan');
    for (const step of [
      'la-cong-dan',
      'co-cho-o',
      'ban-than',
      'lien-he',
      'dia-chi-moi',
      'truong-hop',
    ]) {
      expect(currentStep(page)).toBe(step);
      const fields = thuongTru.steps[step] ?? [];
      const pending = await fillStep(page, fields);
      await clickContinue(page);
      if (pending.length > 0) {
        await fillStep(
          page,
          fields.filter(([name]) => pending.includes(name)),
        );
        await clickContinue(page);
      }
    }
    expect(currentStep(page)).toBe('giay-to-cho-o');
    // A text file named like a PDF: the content decides, not the name.
    await page.locator('input[name="giay-to-cho-o"]').setInputFiles({
      name: 'so-do.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('this is not a PDF'),
    });
    await clickContinue(page);
    expect(currentStep(page)).toBe('giay-to-cho-o');
    await expect(page.locator('main')).toContainText('Tệp không đúng loại');
    await expect(page).toHaveTitle(/^Lỗi \(\d+\): /u);
    await expectNoAxeViolationsWithoutJs(page);
  });
});
