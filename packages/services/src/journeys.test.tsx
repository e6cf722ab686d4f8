// @vitest-environment jsdom
// The three services end to end through the @dvc/flows page templates: server render, plain
// form posts, axe on every page. The journey itself (start, eligibility stop, every step, a
// change from check-your-answers, a refused answer, the declaration, the confirmation, a draft
// reopened under a newer version) is flows' test harness, shared with flows' own fixture tests.
import {
  applyOldAddress,
  applyPrefill,
  checkAnswers,
  parsePagePost,
  type FlowState,
} from '@dvc/flows';
import { mapOldAddress } from '@dvc/vn/places-full';
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  browserPost,
  continueButton,
  describeJourney,
  formOf,
  handle,
  questionPage,
  runThroughTemplates,
  serve,
  today,
  typeInto,
} from '../../flows/src/test-utils/journey.js';
import { expectNoAxeViolations } from '../../ui/src/test-utils/axe.js';
import { examples, getService, type ServiceExample } from './index.js';

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

function example(serviceId: string): ServiceExample {
  const found = examples.find((e) => e.serviceId === serviceId);
  if (!found) throw new Error(`no example for ${serviceId}`);
  return found;
}

for (const ex of examples) describeJourney(getService(ex.serviceId), ex);

describe('đăng ký khai sinh through the templates', { timeout: 120_000 }, () => {
  const def = getService('dang-ky-khai-sinh');
  const ex = example(def.id);

  it('when the mother applies, her section asks only what her account does not hold', () => {
    const prefilled = applyPrefill(def, { answers: {}, unconfirmed: [] }, ex.profile, { today });
    const answers = {
      ...ex.answers,
      'quan-he': 'me',
      'co-thong-tin-cha': 'co',
      'ho-ten-cha': 'Hoàng Văn Páo',
      'so-dinh-danh-cha': '006094001234',
    };
    delete (answers as Record<string, unknown>)['ho-ten-me'];
    delete (answers as Record<string, unknown>)['so-dinh-danh-me'];
    const { step, visited, state } = runThroughTemplates(def, prefilled.state, answers);
    expect(step).toEqual({ kind: 'check-answers' });
    expect(visited).toContain('co-thong-tin-cha');
    const root = serve(questionPage(def, 'me', state));
    expect(root.querySelector('[name="ho-ten-me"]')).toBeNull();
    expect(root.querySelector('[name="dan-toc-me"]')).not.toBeNull();
    expect(root.querySelector('[name="ho-ten-cha"]')).toBeNull(); // on the father's page
    const asked = checkAnswers(def, state.answers).map((r) => r.questionId);
    expect(asked).toEqual(expect.arrayContaining(['ho-ten-cha', 'so-dinh-danh-cha']));
    expect(asked).not.toContain('ho-ten-me');
  });
});

describe('đăng ký thường trú through the templates', { timeout: 120_000 }, () => {
  const def = getService('dang-ky-thuong-tru');
  const ex = example(def.id);

  it('adds and removes household members with submit buttons, without JavaScript', async () => {
    let state: FlowState = {
      answers: { ...ex.answers, 'nguoi-cung-chuyen': [] },
      unconfirmed: [],
    };
    let root = serve(questionPage(def, 'nguoi-cung-chuyen', state));
    const add = () =>
      root.querySelector<HTMLButtonElement>('button[value="add:nguoi-cung-chuyen"]');
    expect(add()?.textContent).toBe('Thêm Người');
    for (let i = 0; i < 2; i++) {
      const outcome = handle(
        def,
        state,
        'nguoi-cung-chuyen',
        browserPost(formOf(root), add()).entries,
      );
      if (outcome.kind !== 'group') throw new Error('expected a group action');
      state = outcome.state;
      root = serve(questionPage(def, 'nguoi-cung-chuyen', state));
    }
    expect(root.querySelectorAll('.dvc-flow-group__item')).toHaveLength(2);
    const field = root.querySelector<HTMLInputElement>('[name="nguoi-cung-chuyen[1].ho-ten"]');
    if (!field) throw new Error('no item field');
    field.value = 'Nông Thị Lan';
    const remove = root.querySelector<HTMLButtonElement>(
      'button[value="remove:nguoi-cung-chuyen:0"]',
    );
    const removed = handle(
      def,
      state,
      'nguoi-cung-chuyen',
      browserPost(formOf(root), remove).entries,
    );
    if (removed.kind !== 'group') throw new Error('expected a group action');
    const items = removed.state.answers['nguoi-cung-chuyen'] as Record<string, unknown>[];
    expect(items).toHaveLength(1);
    expect(String(items[0]?.['ho-ten']).toLocaleLowerCase('vi')).toBe('nông thị lan');
    // With one member only partly answered, "Tiếp tục" is refused with links to the fields.
    root = serve(questionPage(def, 'nguoi-cung-chuyen', removed.state));
    const refused = handle(
      def,
      removed.state,
      'nguoi-cung-chuyen',
      browserPost(formOf(root), continueButton(root)).entries,
    );
    if (refused.kind !== 'submit') throw new Error('unexpected');
    expect(refused.result.errors.map((e) => e.field)).toContain(
      'nguoi-cung-chuyen[0].ngay-sinh-day',
    );
    root = serve(
      questionPage(def, 'nguoi-cung-chuyen', refused.result.state, {
        errors: refused.result.errors,
      }),
    );
    for (const link of root.querySelectorAll<HTMLAnchorElement>('.dvc-error-summary a')) {
      expect(document.getElementById(link.getAttribute('href')?.slice(1) ?? '')).not.toBeNull();
    }
    await expectNoAxeViolations(root);
  });

  it('maps an address from older papers on the server, without JavaScript', async () => {
    const state = { answers: { 'la-cong-dan': 'co', 'co-cho-o': 'co' }, unconfirmed: [] };
    let root = serve(
      questionPage(def, 'dia-chi-moi', state, { oldAddressAction: '/dia-chi-moi?dia-chi-cu' }),
    );
    typeInto(root, {
      'dia-chi-moi.oldProvince': 'Bắc Kạn',
      'dia-chi-moi.oldDistrict': 'Ba Bể',
      'dia-chi-moi.oldWard': 'Thượng Giáo',
      'dia-chi-moi.street': 'Thôn Pác Ngòi',
    });
    const button = root.querySelector<HTMLButtonElement>('button[value="map-old"]');
    const parsed = parsePagePost(def, 'dia-chi-moi', browserPost(formOf(root), button).entries);
    if (parsed.address?.type !== 'map-old') throw new Error('expected the helper’s post');
    const mapped = applyOldAddress(parsed.answers, parsed.address, mapOldAddress);
    expect(mapped.found?.provinceCode).toBe('19');
    root = serve(
      questionPage(
        def,
        'dia-chi-moi',
        { ...state, answers: { ...state.answers, ...mapped.answers } },
        {
          oldAddressAction: '/dia-chi-moi?dia-chi-cu',
          addressLookup: { question: 'dia-chi-moi', found: mapped.found },
        },
      ),
    );
    expect(root.querySelector<HTMLSelectElement>('[name="dia-chi-moi.commune"]')?.value).toBe(
      mapped.found?.code,
    );
    // Then "Tiếp tục" accepts the mapped address with the street kept.
    const next = handle(
      def,
      { ...state, answers: { ...state.answers, ...mapped.answers } },
      'dia-chi-moi',
      browserPost(formOf(root), continueButton(root)).entries,
    );
    if (next.kind !== 'submit') throw new Error('unexpected');
    expect(next.result.errors).toEqual([]);
    expect(next.result.state.answers['dia-chi-moi']).toMatchObject({ street: 'Thôn Pác Ngòi' });
    await expectNoAxeViolations(root);
  });
});

describe('cấp phiếu lý lịch tư pháp through the templates', { timeout: 120_000 }, () => {
  const def = getService('cap-phieu-ly-lich-tu-phap');
  const ex = example(def.id);

  it('certificate no. 1 skips the parents’ and spouse’s pages that no. 2 asks', () => {
    const prefilled = applyPrefill(def, { answers: {}, unconfirmed: [] }, ex.profile, { today });
    const two = runThroughTemplates(def, prefilled.state, ex.answers);
    expect(two.visited).toEqual(expect.arrayContaining(['cha-me', 'vo-chong']));
    const one = runThroughTemplates(def, prefilled.state, { ...ex.answers, 'loai-phieu': 'so-1' });
    expect(one.step).toEqual({ kind: 'check-answers' });
    expect(one.visited).not.toContain('cha-me');
    expect(one.visited).not.toContain('vo-chong');
    const rows = checkAnswers(def, one.state.answers).map((r) => r.questionId);
    expect(rows).not.toContain('ho-ten-me');
    expect(rows).toContain('qua-trinh-cu-tru');
  });
});
