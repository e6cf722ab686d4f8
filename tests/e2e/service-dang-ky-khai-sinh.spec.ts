import { expect, test } from '@playwright/test';
import { giveEachTestItsOwnClientAddress } from './client-address';
import { completeService, lookUp, pdfFile, place, type ServicePlan } from './service-journey';

// Each journey walks about twenty pages, with axe on many of them.
test.describe.configure({ timeout: 240_000 });
giveEachTestItsOwnClientAddress();

/** A father registers his daughter, born in hospital; the parents are married. */
export const khaiSinh: ServicePlan = {
  slug: 'dang-ky-khai-sinh',
  idNumber: '006094001234',
  consents: ['xu-ly-ho-so'],
  steps: {
    'sinh-o-viet-nam': [['sinh-o-viet-nam', 'co']],
    'cha-me-la-cong-dan': [['cha-me-la-cong-dan', 'co']],
    'chua-dang-ky': [['chua-dang-ky', 'chua']],
    'quan-he': [['quan-he', 'cha']],
    'nguoi-yeu-cau': [
      ['ho-ten-nguoi-yeu-cau', 'Hoàng Văn Páo'],
      ['so-dinh-danh-nguoi-yeu-cau', '006094001234'],
      ['ngay-sinh-nguoi-yeu-cau-day', '12'],
      ['ngay-sinh-nguoi-yeu-cau-month', '3'],
      ['ngay-sinh-nguoi-yeu-cau-year', '1994'],
      ['noi-cu-tru-nguoi-yeu-cau.province', place('19', 'Thái Nguyên')],
      ['noi-cu-tru-nguoi-yeu-cau.commune', place('01843', 'Phường Bắc Kạn')],
      ['noi-cu-tru-nguoi-yeu-cau.street', 'Tổ 5'],
    ],
    'dien-thoai': [['dien-thoai', '0912345678']],
    'ho-ten-tre': [['ho-ten-tre', 'Hoàng Thị Mai']],
    'ngay-sinh-tre': [
      ['ngay-sinh-tre-day', '2'],
      ['ngay-sinh-tre-month', '1'],
      ['ngay-sinh-tre-year', '2026'],
    ],
    'gioi-tinh-tre': [['gioi-tinh-tre', 'nu']],
    'dan-toc-tre': [['dan-toc-tre', '02']],
    'noi-sinh': [
      ['noi-sinh', 'co-so-y-te'],
      ['ten-co-so-y-te', 'Bệnh viện Đa khoa tỉnh Bắc Kạn'],
    ],
    'que-quan-tre': [['que-quan-tre', 'theo-cha']],
    cha: [['dan-toc-cha', '02']],
    me: [
      ['ho-ten-me', 'Nông Thị Lan'],
      ['so-dinh-danh-me', '006196004321'],
      ['dan-toc-me', '02'],
    ],
    'cha-me-ket-hon': [['cha-me-ket-hon', 'co']],
    'giay-chung-sinh': [['giay-chung-sinh', pdfFile('giay-chung-sinh.pdf')]],
    'so-ban-sao': [['so-ban-sao', '1']],
  },
};

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
