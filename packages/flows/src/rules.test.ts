import { describe, expect, it } from 'vitest';
import {
  acceptDeclaration,
  answersToEntries,
  applyPrefill,
  checkAnswers,
  createDraft,
  defineService,
  documentsNeeded,
  normalizeAnswers,
  openDraft,
  parseDraft,
  parseNumber,
  parsePagePost,
  questionHash,
  submittedAnswers,
  validateQuestion,
  type AddressValue,
  type Question,
} from './index.js';
import { fixtureInput, goodAnswers } from './test-utils/fixture.js';

const def = defineService(fixtureInput());
const today = new Date(2026, 0, 15);
const q = (id: string): Question => {
  const found = def.pages.flatMap((p) => p.questions).find((x) => x.id === id);
  if (!found) throw new Error(id);
  return found;
};
const codes = (id: string, value: unknown) =>
  validateQuestion(q(id), normalizeAnswers(def, { [id]: value })[id], () => undefined, {
    today,
  }).map((e) => e.code);

describe('normalising', () => {
  it('NFC, trims and collapses single lines; keeps lines in a textarea', () => {
    const answers = normalizeAnswers(def, {
      'ten-nguoi-khac': ' Ho\u0300a  \t Bình ',
      'ghi-chu': ' dòng  một \r\n\r\n\r\n\r\n dòng hai ',
      'khong-co': 'x',
    });
    expect(answers).toEqual({ 'ten-nguoi-khac': 'Hòa Bình', 'ghi-chu': 'dòng một\n\ndòng hai' });
  });

  it('stores IDs, phones, emails and names in canonical form when valid', () => {
    const answers = normalizeAnswers(def, {
      'so-dinh-danh': '001 090 012 345',
      'dien-thoai': '+84 912.345.678',
      'thu-dien-tu': ' An@Example.VN ',
      'ho-ten': 'h’hen niê',
    });
    expect(answers).toEqual({
      'so-dinh-danh': '001090012345',
      'dien-thoai': '0912345678',
      'thu-dien-tu': 'An@example.vn',
      'ho-ten': "H'HEN NIÊ",
    });
    expect(normalizeAnswers(def, { 'dien-thoai': ' 0912 34 ' })).toEqual({
      'dien-thoai': '0912 34',
    });
  });

  it('reads Vietnamese and plain numbers', () => {
    expect(parseNumber('1.234.567,5')).toBe(1234567.5);
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('3')).toBe(3);
    expect(parseNumber('ba')).toBeUndefined();
  });

  it('refuses over-long values with a code, even huge ones', () => {
    expect(codes('ten-nguoi-khac', 'a'.repeat(21))).toEqual(['tooLong']);
    expect(codes('ghi-chu', 'b'.repeat(1_000_000))).toEqual(['tooLong']);
  });
});

describe('validation codes per question type', () => {
  it('required, for every type', () => {
    for (const id of [
      'ho-ten',
      'ngay-sinh',
      'so-dinh-danh',
      'dien-thoai',
      'vai-tro',
      'so-ban',
      'muc-dich',
      'dan-toc',
    ]) {
      expect(codes(id, undefined)).toEqual(['required']);
    }
  });
  it('codes from @dvc/vn for names, IDs, phones, emails and dates', () => {
    expect(codes('ho-ten', 'An 2')).toEqual(['fullName.digits']);
    expect(codes('so-dinh-danh', '123456789')).toEqual(['citizenId.looksLikeOldId']);
    expect(codes('dien-thoai', '0112345678')).toEqual(['phone.prefix']);
    expect(codes('thu-dien-tu', 'a@b')).toEqual(['email.format']);
    expect(codes('ngay-sinh', { day: '31', month: '02', year: '2000' })).toEqual(['date.dayRange']);
    expect(codes('ngay-sinh', { day: '1', month: '6', year: '2026' })).toEqual(['date.future']);
  });
  it('marks the date part that is wrong', () => {
    const errors = validateQuestion(q('ngay-sinh'), { day: '1', month: '13', year: '2000' });
    expect(errors[0]?.field).toBe('ngay-sinh-month');
  });
  it('choices must be options', () => {
    expect(codes('vai-tro', 'ai-do')).toEqual(['notAnOption']);
    expect(codes('tinh', 'bay')).toEqual(['notAnOption']);
    expect(codes('muc-dich', ['hoc', 'choi'])).toEqual(['notAnOption']);
    expect(codes('dan-toc', '56')).toEqual(['notAnOption']);
    expect(codes('dan-toc', '09')).toEqual([]);
  });
  it('numbers', () => {
    expect(codes('so-ban', 'hai')).toEqual(['notANumber']);
    expect(codes('so-ban', '1,5')).toEqual(['notAWholeNumber']);
    expect(codes('so-ban', '11')).toEqual(['tooLarge']);
  });
  it('addresses, part by part', () => {
    const address = (v: AddressValue) =>
      validateQuestion(q('dia-chi'), v).map((e) => [e.field, e.code]);
    expect(address({ province: '19', commune: '', street: '' })).toEqual([
      ['dia-chi-commune', 'communeRequired'],
    ]);
    expect(address({ province: '19', commune: '01843', street: '' })).toEqual([
      ['dia-chi-street', 'streetRequired'],
    ]);
    expect(address({ province: '19', commune: '01843', street: 'Tổ 5' })).toEqual([]);
  });
  it('files: metadata only', () => {
    expect(codes('giay-to', [{ name: 'a.pdf', type: 'application/pdf', size: 900 }])).toEqual([]);
    expect(
      codes('giay-to', [{ name: 'a.exe', type: 'application/x-msdownload', size: 9 }]),
    ).toEqual(['fileTypeNotAllowed']);
    expect(codes('giay-to', [{ name: 'a.pdf', type: 'application/pdf', size: 2000 }])).toEqual([
      'fileTooLarge',
    ]);
    const three = [1, 2, 3].map((i) => ({
      name: `${String(i)}.pdf`,
      type: 'application/pdf',
      size: 9,
    }));
    expect(codes('giay-to', three)).toEqual(['tooManyFiles']);
  });
});

describe('parsePagePost', () => {
  it('reads a date from three fields and ignores other fields', () => {
    const form = new URLSearchParams(
      'ngay-sinh-day=1&ngay-sinh-month=2&ngay-sinh-year=1990&ho-ten=x',
    );
    expect(parsePagePost(def, 'ngay-sinh', form)).toEqual({
      answers: { 'ngay-sinh': { day: '1', month: '2', year: '1990' } },
    });
  });
  it('keeps every value of repeated checkboxes', () => {
    const form = new URLSearchParams('muc-dich=hoc&muc-dich=lam&muc-dich=hoc');
    expect(parsePagePost(def, 'muc-dich', form).answers['muc-dich']).toEqual(['hoc', 'lam']);
  });
  it('reads group items, add and remove buttons and returnTo', () => {
    const form = new URLSearchParams();
    form.append('thanh-vien[0].ho-ten', 'Hoàng Thị Mai');
    form.append('thanh-vien[0].quan-he', 'con');
    form.append('thanh-vien[1].ho-ten', '');
    form.append('_action', 'remove:thanh-vien:1');
    form.append('returnTo', 'check-answers');
    expect(parsePagePost(def, 'thanh-vien', form)).toEqual({
      answers: { 'thanh-vien': [{ 'ho-ten': 'Hoàng Thị Mai', 'quan-he': 'con' }, {}] },
      action: { type: 'remove', group: 'thanh-vien', index: 1 },
      returnTo: 'check-answers',
    });
  });
  it('reads files as metadata, skipping an empty file input', () => {
    const form = new FormData();
    form.append(
      'giay-to',
      new File(['x'.repeat(10)], 'giấy.pdf'.normalize('NFD'), { type: 'application/pdf' }),
    );
    form.append('giay-to', new File([], '', { type: 'application/octet-stream' }));
    expect(parsePagePost(def, 'giay-to', form).answers['giay-to']).toEqual([
      { name: 'giấy.pdf', type: 'application/pdf', size: 10 },
    ]);
  });
  it('reads back what answersToEntries writes, on every step', () => {
    const answers = {
      ...goodAnswers,
      'thanh-vien': [{ 'ho-ten': 'LÒ VĂN A', 'quan-he': 'khac', 'ghi-ro': 'Cháu' }, {}],
    };
    for (const step of [...def.eligibility, ...def.pages]) {
      const parsed = parsePagePost(def, step.id, answersToEntries(def, step.id, answers));
      const expected = Object.fromEntries(
        Object.entries(answers).filter(([id]) =>
          'questions' in step ? step.questions.some((x) => x.id === id) : id === step.id,
        ),
      );
      expect(parsed.answers).toEqual(expected);
    }
  });

  it('reads an eligibility answer', () => {
    expect(parsePagePost(def, 'o-viet-nam', [['o-viet-nam', 'co']]).answers).toEqual({
      'o-viet-nam': 'co',
    });
  });
});

describe('drafts', () => {
  const state = { answers: { ...goodAnswers }, unconfirmed: ['ho-ten'] };

  it('round-trips through JSON', () => {
    const draft = createDraft(def, state, new Date('2026-01-15T03:00:00Z'));
    const back = parseDraft(JSON.stringify(draft));
    expect(back).toEqual(draft);
    const opened = back && openDraft(def, back);
    expect(opened).toEqual({ ok: true, state, reask: [], versionChanged: false });
    expect(parseDraft('{"serviceId":1}')).toBeUndefined();
    expect(parseDraft('not json')).toBeUndefined();
  });

  it('asks again only the questions whose definition changed under a newer version', () => {
    const draft = createDraft(def, state);
    const input = fixtureInput();
    input.version = 2;
    (input.pages[6] as { max?: number }).max = 5; // so-ban: a new limit
    (input.pages[4] as { label: { vi: string } }).label.vi = 'Bạn là ai? (đã sửa chữ)'; // wording only
    const newer = defineService(input);
    expect(questionHash(q('vai-tro'))).toBe(questionHash(newer.pages[4]!.questions[0]!));
    const opened = openDraft(newer, draft);
    expect(opened.ok && opened.reask).toEqual(['so-ban']);
    expect(opened.ok && opened.state.answers).not.toHaveProperty('so-ban');
    expect(opened.ok && opened.state.answers['vai-tro']).toBe('ban-than');
  });

  it('refuses a draft of another service', () => {
    expect(openDraft(def, { ...createDraft(def, state), serviceId: 'khac' })).toEqual({
      ok: false,
      reason: 'otherService',
    });
  });
});

describe('prefill', () => {
  it('pre-answers from the profile, to confirm, never over an answer', () => {
    const { state, prefilled } = applyPrefill(
      def,
      { answers: { 'dien-thoai': '0987654321' }, unconfirmed: [] },
      {
        fullName: 'Nguyễn Văn An',
        dateOfBirth: '1990-02-01',
        citizenId: '001090012345',
        phone: '0912345678',
        email: 'bad',
      },
      { today },
    );
    expect(prefilled).toEqual(['ho-ten', 'ngay-sinh', 'so-dinh-danh']);
    expect(state.unconfirmed).toEqual(prefilled);
    expect(state.answers['ho-ten']).toBe('NGUYỄN VĂN AN');
    expect(state.answers['ngay-sinh']).toEqual({ day: '01', month: '02', year: '1990' });
    expect(state.answers['dien-thoai']).toBe('0987654321');
  });
});

describe('check-your-answers', () => {
  it('lists every submitted answer with its display value and change link parts', () => {
    const answers = {
      ...goodAnswers,
      'thanh-vien': [{ 'ho-ten': 'Lò Thị Mai', 'quan-he': 'con' }],
      'giay-to': [{ name: 'a.pdf', type: 'application/pdf', size: 900 }],
    };
    const rows = checkAnswers(def, answers, 'vi');
    expect(rows.map((r) => r.questionId).sort()).toEqual(
      Object.keys(submittedAnswers(def, answers)).sort(),
    );
    const byId = Object.fromEntries(rows.map((r) => [r.questionId, r]));
    expect(byId['ngay-sinh']?.value).toEqual(['01/02/1990']);
    expect(byId['ngay-sinh']?.change).toEqual({
      pageId: 'ngay-sinh',
      fieldId: 'ngay-sinh-day',
      returnTo: 'check-answers',
    });
    expect(byId['vai-tro']?.value).toEqual(['Bản thân']);
    expect(byId['dan-toc']?.value).toEqual(['Kinh']);
    expect(byId['muc-dich']?.value).toEqual(['Học tập']);
    expect(byId['thanh-vien']?.value).toEqual(['Thành viên 1: Lò Thị Mai, Con']);
    expect(byId['dien-thoai']?.change.pageId).toBe('lien-he');
    expect(checkAnswers(def, answers, 'en').find((r) => r.questionId === 'vai-tro')?.value).toEqual(
      ['Myself'],
    );
  });
});

describe('documents and declaration', () => {
  it('lists the documents the answers call for', () => {
    expect(documentsNeeded(def, goodAnswers).map((d) => d.id)).toEqual(['giay-a']);
    expect(documentsNeeded(def, { ...goodAnswers, 'vai-tro': 'khac' }).map((d) => d.id)).toEqual([
      'giay-a',
      'giay-b',
    ]);
  });
  it('needs every required consent, and records each purpose', () => {
    expect(acceptDeclaration(def, [])).toEqual({ ok: false, missing: ['xu-ly'] });
    const at = new Date('2026-01-15T03:00:00Z');
    expect(acceptDeclaration(def, ['xu-ly'], at)).toEqual({
      ok: true,
      record: {
        version: '2026-01',
        consents: { 'xu-ly': true, 'khao-sat': false },
        at: at.toISOString(),
      },
    });
  });
});
