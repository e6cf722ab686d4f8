import { expect, test } from '@playwright/test';
import { expectNoAxeViolationsWithoutJs } from './axe';
import { giveEachTestItsOwnClientAddress } from './client-address';
import {
  clickContinue,
  completeService,
  currentStep,
  fillStep,
  lookUp,
  pdfFile,
  place,
  type ServicePlan,
} from './service-journey';

test.describe.configure({ timeout: 240_000 });
giveEachTestItsOwnClientAddress();

/** Moves into his own home with his wife: one household member moving with him. */
const thuongTru: ServicePlan = {
  slug: 'dang-ky-thuong-tru',
  idNumber: '006094001235',
  consents: ['xu-ly-ho-so'],
  steps: {
    'la-cong-dan': [['la-cong-dan', 'co']],
    'co-cho-o': [['co-cho-o', 'co']],
    'ban-than': [
      ['ho-ten', 'Hoàng Văn Páo'],
      ['ngay-sinh-day', '12'],
      ['ngay-sinh-month', '3'],
      ['ngay-sinh-year', '1994'],
      ['gioi-tinh', 'nam'],
      ['so-dinh-danh', '006094001235'],
    ],
    'lien-he': [['dien-thoai', '0912345678']],
    'dia-chi-moi': [
      ['dia-chi-moi.province', place('19', 'Thái Nguyên')],
      ['dia-chi-moi.commune', place('01906', 'Xã Ba Bể')],
      ['dia-chi-moi.street', 'Thôn Pác Ngòi'],
    ],
    'truong-hop': [['truong-hop', 'nha-cua-minh']],
    'giay-to-cho-o': [['giay-to-cho-o', pdfFile('so-do.pdf')]],
    'co-nguoi-cung-chuyen': [['co-nguoi-cung-chuyen', 'co']],
    'nguoi-cung-chuyen': [
      ['nguoi-cung-chuyen[0].ho-ten', 'Nông Thị Lan'],
      ['nguoi-cung-chuyen[0].ngay-sinh-day', '5'],
      ['nguoi-cung-chuyen[0].ngay-sinh-month', '9'],
      ['nguoi-cung-chuyen[0].ngay-sinh-year', '1996'],
      ['nguoi-cung-chuyen[0].gioi-tinh', 'nu'],
      ['nguoi-cung-chuyen[0].so-dinh-danh', '006196004321'],
      ['nguoi-cung-chuyen[0].quan-he', 'Vợ'],
    ],
  },
  groups: { 'nguoi-cung-chuyen': { group: 'nguoi-cung-chuyen', items: 1 } },
};

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
    await expect(page).toHaveTitle(/^Lỗi:/u);
    await expectNoAxeViolationsWithoutJs(page);
  });
});
