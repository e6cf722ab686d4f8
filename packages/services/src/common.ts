import {
  serviceFacts,
  type Declaration,
  type LocalText,
  type PageInput,
  type QuestionInput,
  type ServiceFact,
  type UnverifiedFact,
} from '@dvc/flows';

// Builders for what every civil-status and residence form asks about a person, so the three
// definitions (and the next one) say each thing once: a name in capitals, a date of birth
// never in the future, the two sex options, the 12-digit ID, ethnicity, a residence, and the
// contact page. Each takes the question id and label it needs, and anything else a
// definition wants to add or change (hint, showIf, prefill, required...).

/** A text a citizen reads, in Vietnamese first and English beside it. */
export const t = (vi: string, en: string): LocalText => ({ vi, en });

/** Sex as civil-status forms ask it (the option values a `prefill: 'sex'` question needs). */
export const sexOptions = [
  { value: 'nam', label: t('Nam', 'Male') },
  { value: 'nu', label: t('Nữ', 'Female') },
];

type Of<T extends QuestionInput['type']> = Extract<QuestionInput, { type: T }>;
/** What a builder lets a definition add: everything but the id, type and label. */
type Extra<T extends QuestionInput['type']> = Partial<Omit<Of<T>, 'id' | 'type' | 'label'>>;

/** Họ, chữ đệm và tên: stored in capitals, as civil-status papers print it. */
export function fullName(id: string, label: LocalText, extra: Extra<'fullName'> = {}) {
  return { id, type: 'fullName', label, uppercase: true, ...extra } satisfies Of<'fullName'>;
}

/** A date of birth: never in the future. */
export function dateOfBirth(id: string, label: LocalText, extra: Extra<'date'> = {}) {
  return { id, type: 'date', label, notInFuture: true, ...extra } satisfies Of<'date'>;
}

/** Giới tính: the two options of civil-status forms. */
export function sex(id: string, label: LocalText, extra: Extra<'radios'> = {}) {
  return { id, type: 'radios', label, options: sexOptions, ...extra } satisfies Of<'radios'>;
}

/** Số định danh cá nhân: the 12-digit personal ID number. */
export function citizenId(id: string, label: LocalText, extra: Extra<'citizenId'> = {}) {
  return { id, type: 'citizenId', label, ...extra } satisfies Of<'citizenId'>;
}

/** Dân tộc: one of the 54 groups (sensitive data: ask only where the procedure needs it). */
export function ethnicGroup(id: string, label: LocalText, extra: Extra<'ethnicGroup'> = {}) {
  return { id, type: 'ethnicGroup', label, ...extra } satisfies Of<'ethnicGroup'>;
}

/** A residence on the 2025 units: province, commune, street line. */
export function residence(id: string, label: LocalText, extra: Extra<'address'> = {}) {
  return { id, type: 'address', label, ...extra } satisfies Of<'address'>;
}

/**
 * The applicant's own name, date of birth, sex and ID number, prefilled from their account:
 * `ho-ten`, `ngay-sinh`, `gioi-tinh`, `so-dinh-danh`. Without `prefill`, the same four
 * questions for another person (a household member).
 */
export function person(
  { prefill = true }: { prefill?: boolean } = {},
  extra: { dateOfBirth?: Extra<'date'>; citizenId?: Extra<'citizenId'> } = {},
) {
  const from = <K extends 'fullName' | 'dateOfBirth' | 'sex' | 'citizenId'>(key: K) =>
    prefill ? { prefill: key } : {};
  return [
    fullName('ho-ten', t('Họ, chữ đệm và tên', 'Full name'), from('fullName')),
    dateOfBirth('ngay-sinh', t('Ngày sinh', 'Date of birth'), {
      ...from('dateOfBirth'),
      ...extra.dateOfBirth,
    }),
    sex('gioi-tinh', t('Giới tính', 'Sex'), from('sex')),
    citizenId('so-dinh-danh', t('Số định danh cá nhân', 'Personal ID number'), {
      ...from('citizenId'),
      ...extra.citizenId,
    }),
  ];
}

/** The note on a page of answers taken from the person's digital ID account. */
export const fromAccountHint = t(
  'Thông tin lấy từ tài khoản định danh của bạn. Hãy kiểm tra lại.',
  'These come from your digital ID account. Please check them.',
);

/** "Thông tin của bạn": a page of the applicant's own details, prefilled from their account. */
export function aboutYouPage(
  questions: QuestionInput[],
  extra: Partial<Omit<PageInput, 'questions'>> = {},
) {
  return {
    id: 'ban-than',
    title: t('Thông tin của bạn', 'About you'),
    hint: fromAccountHint,
    ...extra,
    questions,
  } satisfies PageInput;
}

/** "Cách liên hệ với bạn": phone (required) and email (optional), both from the account. */
export function contactPage() {
  return {
    id: 'lien-he',
    title: t('Cách liên hệ với bạn', 'How to reach you'),
    questions: [
      {
        id: 'dien-thoai',
        type: 'phone',
        label: t('Số điện thoại', 'Phone number'),
        prefill: 'phone',
      },
      {
        id: 'thu-dien-tu',
        type: 'email',
        label: t('Thư điện tử (không bắt buộc)', 'Email (optional)'),
        required: false,
        prefill: 'email',
      },
    ],
  } satisfies PageInput;
}

/** The sworn statement every application ends with. */
export const truthStatement = t(
  'Tôi cam đoan những thông tin trên là đúng sự thật và chịu trách nhiệm trước pháp luật về lời cam đoan của mình.',
  'I declare that the information above is true, and I am responsible before the law for this declaration.',
);

/**
 * The consents: processing for this service (required), then one optional satisfaction
 * survey. `what` finishes "Tôi đồng ý cho xử lý thông tin trên để ...".
 */
export function consentPurposes(what: LocalText): Declaration['purposes'] {
  return [
    {
      id: 'xu-ly-ho-so',
      text: t(
        `Tôi đồng ý cho xử lý thông tin trên để ${what.vi}.`,
        `I agree to the processing of this information to ${what.en}.`,
      ),
      required: true,
    },
    {
      id: 'khao-sat',
      text: t(
        'Tôi đồng ý nhận một tin nhắn khảo sát mức độ hài lòng (không bắt buộc).',
        'I agree to receive one satisfaction survey message (optional).',
      ),
      required: false,
    },
  ];
}

const brief = '../shared/domain-vn.md';
const notInBrief: Record<ServiceFact, string> = {
  procedureCode: `Not in ${brief}: check the code in the national procedure database.`,
  authority: `Not in ${brief}; from general knowledge of the procedure: check the receiving authority in the national procedure database.`,
  onlineLevel: `Not in ${brief}: whether the service is fully online (toàn trình) is not confirmed.`,
  fee: `Not in ${brief}: the amount and the exemptions are not confirmed.`,
  processingDays: `Not in ${brief}: the time limit is not confirmed.`,
  documents: `Not in ${brief}: the papers to prepare are not confirmed.`,
  whoCanUse: `Not in ${brief}: who may apply is paraphrased, not checked against the law.`,
};

/**
 * Every fact of a service marked unverified (templates then never show them as settled), with
 * a note of what is doubtful; `known` replaces the note of a fact the brief says something on.
 * Remove a fact from the list once it has been checked against a primary source.
 */
export function unverifiedFacts(
  known: Partial<Record<ServiceFact, string>> = {},
  confirmed: readonly ServiceFact[] = [],
): UnverifiedFact[] {
  return serviceFacts
    .filter((fact) => !confirmed.includes(fact))
    .map((fact) => ({ fact, note: known[fact] ?? notInBrief[fact] }));
}
