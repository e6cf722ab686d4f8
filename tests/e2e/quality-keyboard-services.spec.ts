import { expect, test } from '@playwright/test';
import { giveEachTestItsOwnClientAddress } from './client-address';
import { completeServiceByKeyboard, type KeyboardJourneyOptions } from './keyboard-journey';
import { lookUp, type ServicePlan } from './service-journey';
import { khaiSinh, lyLich, thuongTru } from './service-plans';

// Issue #8: every service completed by keyboard alone (Tab, Shift+Tab, Enter, Space, arrows;
// nothing clicked), axe on every state it passes (first view, the refused page, the session
// warning open, check answers, the declaration, the confirmation), focus on the h1 or the error
// summary after each page change, a title that changes and carries the error count.
//
// Six journeys, two per service, so that each service is done with JavaScript and without, on a
// 360 x 640 phone and at 200 % zoom (a 1280 x 800 window at 200 % lays out 640 x 400 CSS px at
// 2 device pixels each), in Vietnamese; one journey is in English:
//
//   service                    with JavaScript            without JavaScript
//   đăng ký khai sinh          phone, vi                  200 % zoom, vi
//   đăng ký thường trú         200 % zoom, en             phone, vi (a disguised file refused)
//   cấp phiếu lý lịch tư pháp  phone, vi                  200 % zoom, vi
//
// Each journey's application is then found by the status look-up (in Vietnamese).
test.describe.configure({ timeout: 300_000 });
giveEachTestItsOwnClientAddress();

const phone = { viewport: { width: 360, height: 640 }, deviceScaleFactor: 1 };
const zoom200 = { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 };

interface Journey {
  plan: ServicePlan;
  screen: typeof phone;
  screenName: string;
  options: KeyboardJourneyOptions;
}

/** A text file named like a PDF: the server reads its first bytes and refuses it. */
const disguisedPdf = {
  file: {
    name: 'so-do.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('this is not a PDF'),
  },
};

const journeys: Journey[] = [
  {
    plan: khaiSinh,
    screen: phone,
    screenName: 'phone',
    options: { javaScript: true, lang: 'vi', sessionDialog: true },
  },
  {
    plan: khaiSinh,
    screen: zoom200,
    screenName: '200 % zoom',
    options: { javaScript: false, lang: 'vi' },
  },
  {
    plan: thuongTru,
    screen: zoom200,
    screenName: '200 % zoom',
    options: { javaScript: true, lang: 'en', sessionDialog: true },
  },
  {
    plan: thuongTru,
    screen: phone,
    screenName: 'phone',
    options: {
      javaScript: false,
      lang: 'vi',
      refuse: {
        step: 'giay-to-cho-o',
        fields: [['giay-to-cho-o', disguisedPdf]],
        message: /Tệp không đúng loại/u,
      },
    },
  },
  {
    plan: lyLich,
    screen: phone,
    screenName: 'phone',
    options: { javaScript: true, lang: 'vi', sessionDialog: true },
  },
  {
    plan: lyLich,
    screen: zoom200,
    screenName: '200 % zoom',
    options: { javaScript: false, lang: 'vi' },
  },
];

for (const { plan, screen, screenName, options } of journeys) {
  const js = options.javaScript ? 'with JavaScript' : 'without JavaScript';
  test.describe(`${plan.slug}, ${screenName}, ${options.lang}, ${js}`, () => {
    test.use({
      javaScriptEnabled: options.javaScript,
      ...screen,
      locale: options.lang === 'en' ? 'en-GB' : 'vi-VN',
    });

    test('completed by keyboard alone, every state checked, then found by the look-up', async ({
      page,
    }) => {
      const result = await completeServiceByKeyboard(page, plan, options);
      expect(result.findings).toEqual([]);
      await lookUp(page, result.code, plan.idNumber);
    });
  });
}
