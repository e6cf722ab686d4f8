// @vitest-environment jsdom
// The templates with a small test-only service (../test-utils/fixture.ts) that uses every
// question type. The three real services run the same journey in @dvc/services
// (src/journeys.test.tsx): flows imports nothing from services.
import { mapOldAddress } from '@dvc/vn/places-full';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../ui/src/test-utils/axe.js';
import { renderOnServer } from '../../../ui/src/test-utils/render-on-server.js';
import { defineService } from '../define-service.js';
import { isComplete, stepErrors, type FlowState } from '../engine.js';
import { applyOldAddress, parsePagePost } from '../form.js';
import { applyPrefill } from '../prefill.js';
import {
  fixtureInput,
  fixtureProfile,
  goodAnswers,
  journeyAnswers,
} from '../test-utils/fixture.js';
import {
  browserPost,
  continueButton,
  describeJourney,
  formOf,
  handle,
  questionPage,
  serve,
  today,
  typeInto,
} from '../test-utils/journey.js';
import { addWorkingDays } from './dates.js';
import { saveDraftAction } from './QuestionPage.js';
import { SessionTimeout } from './SessionTimeout.js';
import { StartPage } from './StartPage.js';
import { TaskListPage } from './TaskListPage.js';

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

const def = defineService({
  ...fixtureInput(),
  unverified: [
    { fact: 'fee', note: 'test: the fee is not confirmed' },
    { fact: 'procedureCode', note: 'test: the code is made up' },
  ],
});

describeJourney(def, { profile: fixtureProfile, answers: journeyAnswers });

/** Records whether the page stopped each form post, then stops it (jsdom cannot navigate). */
function recordSubmits() {
  const submits: boolean[] = [];
  const listener = (event: Event) => {
    submits.push(event.defaultPrevented);
    event.preventDefault();
  };
  document.addEventListener('submit', listener);
  return { submits, stop: () => document.removeEventListener('submit', listener) };
}

describe('the start page and unverified facts', () => {
  it('marks each unverified fact as to be confirmed, and nothing else', () => {
    const plain = serve(<StartPage definition={defineService(fixtureInput())} startHref="/" />);
    expect(plain.querySelector('.dvc-flow-unverified')).toBeNull();
    const marked = serve(<StartPage definition={def} startHref="/" />);
    const marks = [...marked.querySelectorAll('.dvc-flow-unverified')];
    expect(marks).toHaveLength(2);
    expect(marks.map((m) => m.parentElement?.textContent)).toEqual([
      expect.stringContaining('Miễn phí'),
      expect.stringContaining('1.000001'),
    ]);
    expect(() =>
      defineService({
        ...fixtureInput(),
        procedureCodeVerified: true,
        unverified: [{ fact: 'procedureCode', note: 'x' }],
      }),
    ).toThrow(/procedureCodeVerified is true/u);
    expect(() =>
      defineService({
        ...fixtureInput(),
        unverified: [
          { fact: 'fee', note: 'x' },
          { fact: 'fee', note: 'y' },
        ],
      }),
    ).toThrow(/fact "fee" is listed twice/u);
  });
});

describe('QuestionPage', { timeout: 60_000 }, () => {
  it('shows prefilled answers with the note to check them, and the save-draft button', () => {
    const prefilled = applyPrefill(def, { answers: {}, unconfirmed: [] }, fixtureProfile, {
      today,
    });
    expect(prefilled.prefilled).toContain('ho-ten');
    const root = serve(questionPage(def, 'ho-ten', prefilled.state));
    expect(root.textContent).toContain(
      'Thông tin lấy từ tài khoản định danh của bạn — kiểm tra lại',
    );
    const save = root.querySelector<HTMLButtonElement>(`button[value="${saveDraftAction}"]`);
    expect(save?.textContent).toBe('Lưu và tiếp tục sau');
    expect(save?.name).toBe('_action');
  });

  it('shows "Bước n trên m" from the engine path, which follows the answers', () => {
    const answers = { 'o-viet-nam': 'co', 'vai-tro': 'ban-than' };
    const progressOf = (stepId: string, state: FlowState['answers']) =>
      serve(questionPage(def, stepId, { answers: state, unconfirmed: [] })).querySelector(
        '.dvc-progress-indicator',
      )?.textContent;
    // o-viet-nam, ho-ten, ngay-sinh, so-dinh-danh, lien-he, vai-tro, so-ban, tinh, muc-dich,
    // dan-toc, giay-to, thanh-vien: 12 steps; "nguoi-khac" and "dia-chi" are off the path.
    expect(progressOf('o-viet-nam', answers)).toBe('Bước 1 trên 12');
    expect(progressOf('vai-tro', answers)).toBe('Bước 6 trên 12');
    // Helping someone else adds a page after "vai-tro"; posting by post adds the address.
    const longer = { ...answers, 'vai-tro': 'khac', tinh: 'buu-dien' };
    expect(progressOf('so-ban', longer)).toBe('Bước 8 trên 14');
    expect(progressOf('dia-chi', longer)).toBe('Bước 11 trên 14');
    // A page off the path has no place on it; `false` hides the count.
    expect(progressOf('dia-chi', answers)).toBeUndefined();
    const hidden = serve(
      questionPage(def, 'ho-ten', { answers, unconfirmed: [] }, { progress: false }),
    );
    expect(hidden.querySelector('.dvc-progress-indicator')).toBeNull();
    const given = serve(
      questionPage(
        def,
        'ho-ten',
        { answers, unconfirmed: [] },
        { progress: { current: 2, total: 3 } },
      ),
    );
    expect(given.querySelector('.dvc-progress-indicator')?.textContent).toBe('Bước 2 trên 3');
  });

  it('adds and removes group items with submit buttons, without JavaScript', async () => {
    let state: FlowState = { answers: { ...goodAnswers, 'thanh-vien': [] }, unconfirmed: [] };
    let root = serve(questionPage(def, 'thanh-vien', state));
    const add = () => root.querySelector<HTMLButtonElement>('button[value="add:thanh-vien"]');
    expect(add()?.textContent).toMatch(/^Thêm/u);
    for (let i = 0; i < 2; i++) {
      const outcome = handle(def, state, 'thanh-vien', browserPost(formOf(root), add()).entries);
      expect(outcome.kind).toBe('group');
      if (outcome.kind !== 'group') return;
      state = outcome.state;
      root = serve(questionPage(def, 'thanh-vien', state));
    }
    expect(root.querySelectorAll('.dvc-flow-group__item')).toHaveLength(2);
    const field = root.querySelector<HTMLInputElement>('[name="thanh-vien[1].ho-ten"]');
    if (!field) throw new Error('no item field');
    field.value = 'Nông Thị Lan';
    const remove = root.querySelector<HTMLButtonElement>('button[value="remove:thanh-vien:0"]');
    const removed = handle(def, state, 'thanh-vien', browserPost(formOf(root), remove).entries);
    if (removed.kind !== 'group') throw new Error('expected a group action');
    const items = removed.state.answers['thanh-vien'] as Record<string, unknown>[];
    expect(items).toHaveLength(1);
    expect(String(items[0]?.['ho-ten']).toLocaleLowerCase('vi')).toBe('nông thị lan');
    root = serve(questionPage(def, 'thanh-vien', removed.state));
    // Enter in a field presses the first submit button: it must be "Tiếp tục".
    expect(root.querySelector('form button')?.getAttribute('name')).toBeNull();
    await expectNoAxeViolations(root);
  });

  it('with JavaScript, stops the post only when the engine refuses it, with the same errors', async () => {
    const user = userEvent.setup();
    const { submits, stop } = recordSubmits();
    try {
      const { container } = render(questionPage(def, 'ho-ten', { answers: {}, unconfirmed: [] }));
      const input = screen.getByRole('textbox', { name: /họ, chữ đệm và tên/iu });
      await user.type(input, 'Mai 3');
      await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
      expect(submits).toEqual([true]);
      const form = formOf(container);
      const serverErrors = stepErrors(
        def,
        parsePagePost(def, 'ho-ten', new FormData(form)).answers,
        'ho-ten',
        { today },
      );
      expect(serverErrors.length).toBeGreaterThan(0);
      const links = [...container.querySelectorAll<HTMLAnchorElement>('.dvc-error-summary a')];
      expect(links.map((a) => a.getAttribute('href'))).toEqual(
        serverErrors.map((e) => `#${e.field}`),
      );
      expect(document.activeElement?.closest('.dvc-error-summary')).not.toBeNull();
      expect(input).toHaveProperty('value', 'Mai 3');
      // Saving a draft is never blocked by validation.
      await user.click(screen.getByRole('button', { name: 'Lưu và tiếp tục sau' }));
      expect(submits).toEqual([true, false]);
      await user.clear(input);
      await user.type(input, 'Hoàng Thị Mai');
      await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
      expect(submits).toEqual([true, false, false]);
      await expectNoAxeViolations(container);
    } finally {
      stop();
    }
  });

  it('with JavaScript, lets the post through when only a question this answer reveals is missing', async () => {
    const user = userEvent.setup();
    const { submits, stop } = recordSubmits();
    try {
      const state: FlowState = {
        answers: { ...goodAnswers, 'thanh-vien': [{ 'ho-ten': 'Nông Thị Lan', 'quan-he': 'con' }] },
        unconfirmed: [],
      };
      const { container } = render(questionPage(def, 'thanh-vien', state));
      // "Ghi rõ" shows only for "Khác"; the page was drawn for "Con", so it is not on screen.
      expect(container.querySelector('[name="thanh-vien[0].ghi-ro"]')).toBeNull();
      await user.selectOptions(screen.getByRole('combobox', { name: /quan hệ/iu }), 'khac');
      const form = formOf(container);
      const engineErrors = stepErrors(
        def,
        { ...state.answers, ...parsePagePost(def, 'thanh-vien', new FormData(form)).answers },
        'thanh-vien',
        { today },
      );
      // The engine does want the revealed answer; the server will ask for it on the next page.
      expect(engineErrors.map((e) => e.field)).toContain('thanh-vien[0].ghi-ro');
      await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
      expect(submits).toEqual([false]);
      expect(container.querySelector('.dvc-error-summary')).toBeNull();
    } finally {
      stop();
    }
  });
});

describe('address questions (the @dvc/ui AddressPicker)', { timeout: 60_000 }, () => {
  const answers = { ...goodAnswers, tinh: 'buu-dien' };
  const state: FlowState = { answers, unconfirmed: [] };

  it('posts province, commune and street; errors link to the controls themselves', async () => {
    let root = serve(questionPage(def, 'dia-chi', state));
    const province = root.querySelector<HTMLSelectElement>('select[name="dia-chi.province"]');
    if (!province) throw new Error('no province select');
    expect(province.id).toBe('dia-chi-province');
    expect(root.querySelector('h1 ')?.textContent).toContain('Nơi thường trú');
    // No helper unless the page has somewhere to post it.
    expect(root.querySelector('[name="dia-chi.oldWard"]')).toBeNull();
    province.value = '19';
    const outcome = handle(
      def,
      state,
      'dia-chi',
      browserPost(formOf(root), continueButton(root)).entries,
    );
    if (outcome.kind !== 'submit') throw new Error('unexpected');
    const fields = outcome.result.errors.map((e) => e.field);
    expect(fields).toContain('dia-chi-commune');
    root = serve(
      questionPage(def, 'dia-chi', outcome.result.state, { errors: outcome.result.errors }),
    );
    for (const link of root.querySelectorAll<HTMLAnchorElement>('.dvc-error-summary a')) {
      const target = document.getElementById(link.getAttribute('href')?.slice(1) ?? '');
      expect(target?.matches('select, input')).toBe(true);
    }
    // The province chosen stays chosen, and its communes are listed.
    expect(root.querySelector<HTMLSelectElement>('select[name="dia-chi.province"]')?.value).toBe(
      '19',
    );
    expect(root.querySelectorAll('select[name="dia-chi.commune"] option').length).toBeGreaterThan(
      90,
    );
    await expectNoAxeViolations(root);
  });

  it('without JavaScript, "Chọn" lists the province\'s communes without checking the page', () => {
    const root = serve(questionPage(def, 'dia-chi', state));
    const province = root.querySelector<HTMLSelectElement>('select[name="dia-chi.province"]');
    if (!province) throw new Error('no province select');
    province.value = '19';
    const reload = root.querySelector<HTMLButtonElement>('button[name="dia-chi.action"]');
    expect(reload?.value).toBe('reload');
    const parsed = parsePagePost(def, 'dia-chi', browserPost(formOf(root), reload).entries);
    expect(parsed.address).toEqual({ type: 'reload', question: 'dia-chi' });
    expect(parsed.answers['dia-chi']).toMatchObject({ province: '19' });
    const again = serve(
      questionPage(def, 'dia-chi', { answers: { ...answers, ...parsed.answers }, unconfirmed: [] }),
    );
    expect(again.querySelector('.dvc-error-summary')).toBeNull();
    expect(
      [...again.querySelectorAll<HTMLOptionElement>('select[name="dia-chi.commune"] option')].map(
        (o) => o.textContent,
      ),
    ).toContain('Xã Ba Bể');
  });

  it('without JavaScript, the old-address helper posts to its URL and the server maps it', async () => {
    let root = serve(questionPage(def, 'dia-chi', state, { oldAddressAction: '/dia-chi-cu' }));
    const button = root.querySelector<HTMLButtonElement>('button[value="map-old"]');
    expect(button?.getAttribute('formaction')).toBe('/dia-chi-cu');
    typeInto(root, {
      'dia-chi.oldProvince': 'Tỉnh Bắc Kạn',
      'dia-chi.oldDistrict': 'Thành phố Bắc Kạn',
      'dia-chi.oldWard': 'phường Đức Xuân',
      'dia-chi.street': 'Tổ 7',
    });
    const parsed = parsePagePost(def, 'dia-chi', browserPost(formOf(root), button).entries);
    expect(parsed.address).toEqual({
      type: 'map-old',
      question: 'dia-chi',
      old: { province: 'Tỉnh Bắc Kạn', district: 'Thành phố Bắc Kạn', ward: 'phường Đức Xuân' },
    });
    if (parsed.address?.type !== 'map-old') return;
    const mapped = applyOldAddress(parsed.answers, parsed.address, mapOldAddress);
    const expected = mapOldAddress(parsed.address.old)[0];
    if (!expected) throw new Error('the old ward is in the mapping data');
    expect(mapped.found).toEqual(expected);
    expect(mapped.answers['dia-chi']).toEqual({
      province: expected.provinceCode,
      commune: expected.code,
      street: 'Tổ 7',
    });
    root = serve(
      questionPage(
        def,
        'dia-chi',
        { answers: { ...answers, ...mapped.answers }, unconfirmed: [] },
        {
          oldAddressAction: '/dia-chi-cu',
          addressLookup: { question: 'dia-chi', found: mapped.found },
        },
      ),
    );
    expect(root.querySelector<HTMLSelectElement>('select[name="dia-chi.commune"]')?.value).toBe(
      expected.code,
    );
    expect(root.querySelector('[role="status"].dvc-flow-address__found')?.textContent).toContain(
      expected.name,
    );
    await expectNoAxeViolations(root);

    // Nothing found: the answers stay, and the page says so.
    const none = applyOldAddress(
      parsed.answers,
      { ...parsed.address, old: { province: 'Bắc Kạn', district: 'Không Có', ward: 'Không Có' } },
      mapOldAddress,
    );
    expect(none.found).toBeUndefined();
    expect(none.answers).toBe(parsed.answers);
    root = serve(
      questionPage(def, 'dia-chi', state, {
        oldAddressAction: '/dia-chi-cu',
        addressLookup: { question: 'dia-chi', found: undefined },
      }),
    );
    expect(root.querySelector('.dvc-flow-address__not-found')?.textContent).toContain(
      'Không tìm thấy',
    );
  });

  it('with JavaScript, the helper posts the form to its URL as JSON and fills the address', async () => {
    const user = userEvent.setup();
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string, init?: RequestInit) => {
        calls.push({ url, init });
        return Promise.resolve(
          new Response(JSON.stringify({ communes: [{ code: '01906', provinceCode: '19' }] })),
        );
      }),
    );
    try {
      render(questionPage(def, 'dia-chi', state, { oldAddressAction: '/dia-chi-cu' }));
      await user.click(screen.getByText('Địa chỉ trên giấy tờ cũ?'));
      await user.type(screen.getByLabelText('Tỉnh, thành phố (cũ)'), 'Bắc Kạn');
      await user.type(screen.getByLabelText('Quận, huyện, thị xã (cũ)'), 'Ba Bể');
      await user.type(screen.getByLabelText('Xã, phường, thị trấn (cũ)'), 'Thượng Giáo');
      await user.click(screen.getByRole('button', { name: 'Tìm địa chỉ mới' }));
      await waitFor(() => {
        expect(screen.getByRole('status').textContent).toContain('Xã Ba Bể');
      });
      expect(calls).toHaveLength(1);
      expect(calls[0]?.url).toBe('/dia-chi-cu');
      expect(calls[0]?.init?.method).toBe('POST');
      expect(calls[0]?.init?.headers).toMatchObject({ Accept: 'application/json' });
      const sent = calls[0]?.init?.body;
      if (!(sent instanceof URLSearchParams)) throw new Error('expected a form body');
      const body = new URLSearchParams(sent);
      expect(body.get('csrf')).toBe('token-123');
      expect(body.get('dia-chi.action')).toBe('map-old');
      expect(body.get('dia-chi.oldWard')).toBe('Thượng Giáo');
      // The server reads the same post as the plain form's.
      expect(parsePagePost(def, 'dia-chi', body).address).toMatchObject({ type: 'map-old' });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('TaskListPage', { timeout: 60_000 }, () => {
  it('lists the steps on the path with their status, check-your-answers once complete', async () => {
    const partly = Object.fromEntries(
      Object.entries(goodAnswers).filter(([id]) => id !== 'dan-toc' && id !== 'so-ban'),
    );
    let root = serve(
      <TaskListPage
        definition={def}
        answers={partly}
        stepHref={(id) => `/${id}`}
        checkAnswersHref="/kiem-tra"
        validation={{ today }}
      />,
    );
    expect(root.querySelector('.dvc-task-list')).not.toBeNull();
    const statusOf = (id: string) => {
      const link = root.querySelector(`a[href="/${id}"]`);
      const describedBy = link?.getAttribute('aria-describedby')?.split(' ') ?? [];
      return describedBy.map((d) => document.getElementById(d)?.textContent).join(' | ');
    };
    expect(statusOf('ho-ten')).toBe('Đã xong');
    expect(statusOf('dan-toc')).toBe('Chưa bắt đầu');
    expect(root.querySelector('a[href="/kiem-tra"]')).toBeNull();
    expect(root.textContent).toContain('Kiểm tra lại thông tin');
    await expectNoAxeViolations(root);

    expect(isComplete(def, goodAnswers, { today })).toBe(true);
    root = serve(
      <TaskListPage
        definition={def}
        answers={goodAnswers}
        stepHref={(id) => `/${id}`}
        checkAnswersHref="/kiem-tra"
        validation={{ today }}
      />,
    );
    expect(root.querySelector('a[href="/kiem-tra"]')).not.toBeNull();
    expect(root.querySelector('a[href="/nguoi-khac"]')).toBeNull(); // not on this path
    await expectNoAxeViolations(root);
  });
});

describe('addWorkingDays', () => {
  it('skips Saturdays and Sundays, in Viet Nam time', () => {
    // Friday 23 Jan 2026, 10:00 in Hà Nội; 3 working days (Mon, Tue, Wed): Wed 28, 00:00 there.
    expect(addWorkingDays(new Date('2026-01-23T03:00:00Z'), 3).toISOString()).toBe(
      '2026-01-27T17:00:00.000Z',
    );
    // 23:30 on Friday in Hà Nội; one working day later is Monday.
    expect(addWorkingDays(new Date('2026-01-23T16:30:00Z'), 1).toISOString()).toBe(
      '2026-01-25T17:00:00.000Z',
    );
    expect(addWorkingDays(new Date('2026-01-23T03:00:00Z'), 0.5).toISOString()).toBe(
      '2026-01-25T17:00:00.000Z',
    );
  });
});

describe('hydration and the session', { timeout: 60_000 }, () => {
  it('hydrates the server HTML of a refused page without mismatches, keeping the errors', async () => {
    const answers = { 'dien-thoai': '0123', 'thu-dien-tu': 'khong-phai-thu' };
    const errors = stepErrors(def, answers, 'lien-he', { today });
    expect(errors.length).toBeGreaterThan(1);
    const page = questionPage(def, 'lien-he', { answers, unconfirmed: [] }, { errors });
    const root = serve(page);
    const consoleErrors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await act(async () => {
        hydrateRoot(root, page);
        await Promise.resolve();
      });
      expect(consoleErrors.mock.calls).toEqual([]);
    } finally {
      consoleErrors.mockRestore();
    }
    expect(root.querySelectorAll('.dvc-error-summary a')).toHaveLength(errors.length);
    expect(root.querySelector<HTMLInputElement>('input[name="thu-dien-tu"]')?.value).toBe(
      'khong-phai-thu',
    );
  });

  it('renders nothing on the server; "Tiếp tục" POSTs to the extend URL and keeps the person', async () => {
    expect(
      renderOnServer(
        <SessionTimeout
          expiresAt={Date.now() + 60_000}
          extendUrl="/phien/gia-han"
          signOutHref="/dang-xuat"
        />,
      ),
    ).toBe('');
    const calls: [string, RequestInit | undefined][] = [];
    const fetchMock = vi.fn((url: string, init?: RequestInit) => {
      calls.push([url, init]);
      return Promise.resolve(new Response(JSON.stringify({ expiresAt: Date.now() + 20 * 60_000 })));
    });
    vi.stubGlobal('fetch', fetchMock);
    try {
      const user = userEvent.setup();
      render(
        <SessionTimeout
          expiresAt={Date.now() + 60_000}
          extendUrl="/phien/gia-han"
          signOutHref="/dang-xuat"
          headers={{ 'x-csrf-token': 'abc' }}
          warnBeforeSeconds={120}
        />,
      );
      const dialog = await screen.findByRole('alertdialog');
      expect(dialog.textContent).toContain('Hồ sơ của bạn đã được lưu');
      await expectNoAxeViolations(document.body);
      expect(screen.getByRole('link', { name: 'Đăng xuất' }).getAttribute('href')).toBe(
        '/dang-xuat',
      );
      await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
      await waitFor(() => {
        expect(screen.queryByRole('alertdialog')).toBeNull();
      });
      expect(calls).toHaveLength(1);
      expect(calls[0]?.[0]).toBe('/phien/gia-han');
      expect(calls[0]?.[1]?.method).toBe('POST');
      expect(calls[0]?.[1]?.headers).toMatchObject({ 'x-csrf-token': 'abc' });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
