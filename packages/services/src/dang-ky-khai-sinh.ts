import { defineService } from '@dvc/flows';
import {
  aboutYouPage,
  citizenId,
  consentPurposes,
  dateOfBirth,
  ethnicGroup,
  fullName,
  residence,
  sex,
  t,
  truthStatement,
  unverifiedFacts,
} from './common.js';

/**
 * A parent of the child: name and ID number unless that parent is the one applying (then they
 * come from the account), and ethnicity (the child's is chosen from the parents').
 */
function parent(who: 'cha' | 'me', name: { vi: string; en: string }) {
  const notApplying = { showIf: { question: 'quan-he', notEquals: who } };
  return [
    fullName(
      `ho-ten-${who}`,
      t(`Họ, chữ đệm và tên của ${name.vi}`, `The ${name.en}’s full name`),
      notApplying,
    ),
    citizenId(
      `so-dinh-danh-${who}`,
      t(`Số định danh cá nhân của ${name.vi}`, `The ${name.en}’s personal ID number`),
      {
        hint: t(
          `Có số này, cơ quan tự tra ngày sinh, quốc tịch và nơi cư trú của ${name.vi}.`,
          `With this number the office looks up the ${name.en}’s date of birth, nationality and address itself.`,
        ),
        ...notApplying,
      },
    ),
    ethnicGroup(`dan-toc-${who}`, t(`Dân tộc của ${name.vi}`, `The ${name.en}’s ethnic group`)),
  ];
}

/** Đăng ký khai sinh — birth registration, for a child born in Viet Nam to Vietnamese parents. */
export const dangKyKhaiSinh = defineService({
  id: 'dang-ky-khai-sinh',
  version: 1,
  name: t('Đăng ký khai sinh', 'Register a birth'),
  description: t(
    'Đăng ký khai sinh cho trẻ sinh ra ở Việt Nam. Bạn nhận trích lục khai sinh điện tử.',
    'Register the birth of a child born in Viet Nam. You get an electronic birth extract.',
  ),
  procedureCode: '1.001193',
  authority: t(
    'Ủy ban nhân dân xã, phường nơi cha hoặc mẹ của trẻ cư trú',
    'The People’s Committee of the commune or ward where the child’s father or mother lives',
  ),
  onlineLevel: 'toan-trinh',
  fee: {
    amountVnd: 0,
    note: t(
      'Miễn lệ phí khi đăng ký đúng hạn. Bản sao trích lục có thể mất phí theo quy định của tỉnh.',
      'Free when registered on time. Copies of the extract may cost a fee set by the province.',
    ),
  },
  processingDays: 1,
  processingNote: t(
    'Trả kết quả ngay trong ngày; hồ sơ nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo.',
    'Same day; applications received after 3 pm are done the next working day.',
  ),
  whoCanUse: t(
    'Cha, mẹ, ông, bà, người thân hoặc người đang nuôi dưỡng trẻ; hoặc chính người chưa được đăng ký khai sinh.',
    'The father, mother, grandparents, relatives or carer of the child; or a person whose own birth was never registered.',
  ),
  documents: [
    {
      id: 'giay-chung-sinh',
      text: t(
        'Giấy chứng sinh do cơ sở y tế cấp',
        'The birth certificate from the hospital or clinic',
      ),
      showIf: { question: 'noi-sinh', equals: 'co-so-y-te' },
    },
    {
      id: 'van-ban-lam-chung',
      text: t(
        'Văn bản của người làm chứng xác nhận việc sinh, hoặc giấy cam đoan về việc sinh',
        'A witness’s statement of the birth, or your own written statement of it',
      ),
      showIf: { question: 'noi-sinh', equals: 'noi-khac' },
    },
    {
      id: 'giay-chung-nhan-ket-hon',
      text: t(
        'Giấy chứng nhận kết hôn của cha mẹ (chỉ cần xuất trình nếu cơ sở dữ liệu chưa có)',
        'The parents’ marriage certificate (show it only if the database does not hold it)',
      ),
      showIf: { question: 'cha-me-ket-hon', equals: 'co' },
      how: 'show',
    },
    {
      id: 'can-cuoc-nguoi-yeu-cau',
      text: t('Thẻ căn cước hoặc căn cước công dân của bạn', 'Your citizen identity card'),
      how: 'show',
    },
  ],
  eligibility: [
    {
      id: 'sinh-o-viet-nam',
      label: t('Trẻ có sinh ra ở Việt Nam không?', 'Was the child born in Viet Nam?'),
      options: [
        { value: 'co', label: t('Có', 'Yes') },
        {
          value: 'khong',
          label: t('Không, trẻ sinh ở nước ngoài', 'No, the child was born abroad'),
          stop: {
            title: t('Bạn cần dùng thủ tục khác', 'You need a different service'),
            body: t(
              'Trẻ sinh ở nước ngoài được đăng ký khai sinh tại cơ quan đại diện Việt Nam ở nước đó, hoặc theo thủ tục đăng ký khai sinh có yếu tố nước ngoài khi đã về Việt Nam.',
              'A child born abroad is registered at the Vietnamese mission in that country, or through the birth registration with a foreign element once back in Viet Nam.',
            ),
          },
        },
      ],
    },
    {
      id: 'cha-me-la-cong-dan',
      label: t(
        'Cả cha và mẹ của trẻ đều là công dân Việt Nam?',
        'Are both the child’s parents Vietnamese citizens?',
      ),
      hint: t(
        'Nếu chưa xác định được cha, chỉ cần mẹ là công dân Việt Nam.',
        'If the father is not known, only the mother needs to be a Vietnamese citizen.',
      ),
      options: [
        { value: 'co', label: t('Đúng', 'Yes') },
        {
          value: 'khong',
          label: t('Không, cha hoặc mẹ là người nước ngoài', 'No, a parent is a foreign national'),
          stop: {
            title: t('Bạn cần dùng thủ tục khác', 'You need a different service'),
            body: t(
              'Khi cha hoặc mẹ là người nước ngoài, hãy dùng thủ tục đăng ký khai sinh có yếu tố nước ngoài.',
              'When a parent is a foreign national, use the birth registration with a foreign element.',
            ),
          },
        },
      ],
    },
    {
      id: 'chua-dang-ky',
      label: t(
        'Trẻ đã được đăng ký khai sinh lần nào chưa?',
        'Has the birth been registered before?',
      ),
      options: [
        { value: 'chua', label: t('Chưa', 'No') },
        {
          value: 'roi',
          label: t('Rồi', 'Yes'),
          stop: {
            title: t('Không cần đăng ký lại', 'You do not need to register again'),
            body: t(
              'Nếu cần thêm bản sao, hãy xin cấp bản sao trích lục hộ tịch. Nếu thông tin bị sai, hãy dùng thủ tục thay đổi, cải chính hộ tịch.',
              'For more copies, ask for a copy of the civil-status extract. If a detail is wrong, use the civil-status correction service.',
            ),
          },
        },
      ],
    },
  ],
  pages: [
    {
      id: 'quan-he',
      type: 'radios',
      label: t(
        'Bạn là ai của người được khai sinh?',
        'Who are you to the person being registered?',
      ),
      options: [
        { value: 'cha', label: t('Cha', 'Father') },
        { value: 'me', label: t('Mẹ', 'Mother') },
        {
          value: 'khac',
          label: t('Người thân khác hoặc người nuôi dưỡng', 'Another relative or carer'),
        },
        {
          value: 'ban-than',
          label: t('Tôi đăng ký khai sinh cho chính mình', 'I am registering my own birth'),
        },
      ],
    },
    aboutYouPage(
      [
        fullName('ho-ten-nguoi-yeu-cau', t('Họ, chữ đệm và tên của bạn', 'Your full name'), {
          prefill: 'fullName',
        }),
        citizenId(
          'so-dinh-danh-nguoi-yeu-cau',
          t('Số định danh cá nhân của bạn', 'Your personal ID number'),
          {
            hint: t('12 chữ số, in trên thẻ căn cước', '12 digits, printed on your ID card'),
            prefill: 'citizenId',
          },
        ),
        dateOfBirth('ngay-sinh-nguoi-yeu-cau', t('Ngày sinh của bạn', 'Your date of birth'), {
          prefill: 'dateOfBirth',
          showIf: { question: 'quan-he', in: ['cha', 'me'] },
        }),
        residence('noi-cu-tru-nguoi-yeu-cau', t('Nơi cư trú của bạn', 'Where you live'), {
          prefill: 'address',
        }),
        {
          id: 'quan-he-khac',
          type: 'text',
          label: t('Bạn là gì của trẻ?', 'What is your relationship to the child?'),
          hint: t('Ví dụ: bà nội, cậu, người nuôi dưỡng', 'For example: grandmother, uncle, carer'),
          maxLength: 50,
          showIf: { question: 'quan-he', equals: 'khac' },
        },
      ],
      { id: 'nguoi-yeu-cau', showIf: { question: 'quan-he', notEquals: 'ban-than' } },
    ),
    {
      id: 'dien-thoai',
      type: 'phone',
      label: t('Số điện thoại để liên hệ', 'A phone number to reach you'),
      hint: t(
        'Cán bộ chỉ gọi khi cần hỏi thêm về hồ sơ.',
        'Staff only call if they need to ask about the application.',
      ),
      prefill: 'phone',
    },
    fullName('ho-ten-tre', t('Họ, chữ đệm và tên của trẻ', 'The child’s full name'), {
      hint: t(
        'Viết như sẽ in trên giấy khai sinh.',
        'As it will be printed on the birth certificate.',
      ),
    }),
    dateOfBirth('ngay-sinh-tre', t('Ngày sinh của trẻ', 'The child’s date of birth'), {
      hint: t('Ví dụ: 27 3 2026', 'For example: 27 3 2026'),
    }),
    sex('gioi-tinh-tre', t('Giới tính của trẻ', 'The child’s sex')),
    ethnicGroup('dan-toc-tre', t('Dân tộc của trẻ', 'The child’s ethnic group'), {
      hint: t(
        'Theo dân tộc của cha hoặc mẹ, theo thỏa thuận của cha mẹ.',
        'The father’s or the mother’s, as the parents agree.',
      ),
    }),
    {
      id: 'noi-sinh',
      title: t('Trẻ sinh ở đâu?', 'Where was the child born?'),
      questions: [
        {
          id: 'noi-sinh',
          type: 'radios',
          label: t('Trẻ sinh ở đâu?', 'Where was the child born?'),
          options: [
            {
              value: 'co-so-y-te',
              label: t(
                'Tại bệnh viện, trạm y tế hoặc nhà hộ sinh',
                'In a hospital, clinic or maternity home',
              ),
            },
            { value: 'noi-khac', label: t('Ở nhà hoặc nơi khác', 'At home or somewhere else') },
          ],
        },
        {
          id: 'ten-co-so-y-te',
          type: 'text',
          label: t('Tên cơ sở y tế', 'Name of the hospital or clinic'),
          maxLength: 150,
          showIf: { question: 'noi-sinh', equals: 'co-so-y-te' },
        },
        residence('noi-sinh-dia-chi', t('Địa chỉ nơi sinh', 'Address where the child was born'), {
          street: 'optional',
          showIf: { question: 'noi-sinh', equals: 'noi-khac' },
        }),
      ],
    },
    {
      id: 'que-quan-tre',
      type: 'radios',
      label: t('Quê quán của trẻ theo ai?', 'Whose home town does the child take?'),
      hint: t('Theo thỏa thuận của cha mẹ.', 'As the parents agree.'),
      options: [
        { value: 'theo-cha', label: t('Theo quê quán của cha', 'The father’s') },
        { value: 'theo-me', label: t('Theo quê quán của mẹ', 'The mother’s') },
      ],
    },
    {
      id: 'co-thong-tin-cha',
      type: 'radios',
      label: t('Đã xác định được cha của trẻ chưa?', 'Is the child’s father known?'),
      showIf: { question: 'quan-he', notEquals: 'cha' },
      options: [
        { value: 'co', label: t('Đã xác định', 'Yes') },
        { value: 'khong', label: t('Chưa xác định', 'No') },
      ],
    },
    {
      id: 'cha',
      title: t('Thông tin về cha của trẻ', 'About the child’s father'),
      showIf: {
        any: [
          { question: 'quan-he', equals: 'cha' },
          { question: 'co-thong-tin-cha', equals: 'co' },
        ],
      },
      questions: [...parent('cha', t('cha', 'father'))],
    },
    {
      id: 'me',
      title: t('Thông tin về mẹ của trẻ', 'About the child’s mother'),
      questions: [...parent('me', t('mẹ', 'mother'))],
    },
    {
      id: 'cha-me-ket-hon',
      type: 'radios',
      label: t(
        'Cha mẹ của trẻ đã đăng ký kết hôn chưa?',
        'Are the child’s parents married (registered)?',
      ),
      showIf: {
        any: [
          { question: 'quan-he', equals: 'cha' },
          { question: 'co-thong-tin-cha', equals: 'co' },
        ],
      },
      options: [
        { value: 'co', label: t('Đã đăng ký kết hôn', 'Yes') },
        {
          value: 'khong',
          label: t('Chưa đăng ký kết hôn', 'No'),
          hint: t(
            'Cơ quan sẽ kết hợp đăng ký khai sinh với nhận cha, con.',
            'The office will combine the registration with the acknowledgement of paternity.',
          ),
        },
      ],
    },
    {
      id: 'giay-chung-sinh',
      type: 'file',
      label: t('Tải lên giấy chứng sinh', 'Upload the birth certificate'),
      hint: t(
        'Ảnh chụp rõ hoặc bản quét, tệp PDF, JPG hoặc PNG, tối đa 5 MB.',
        'A clear photo or scan: PDF, JPG or PNG, up to 5 MB.',
      ),
      showIf: { question: 'noi-sinh', equals: 'co-so-y-te' },
    },
    {
      id: 'van-ban-lam-chung',
      type: 'file',
      label: t('Tải lên văn bản xác nhận việc sinh', 'Upload the statement of the birth'),
      hint: t(
        'Văn bản của người làm chứng, hoặc giấy cam đoan của bạn về việc sinh.',
        'A witness’s statement, or your own written statement of the birth.',
      ),
      showIf: { question: 'noi-sinh', equals: 'noi-khac' },
    },
    {
      id: 'so-ban-sao',
      type: 'number',
      label: t(
        'Bạn cần bao nhiêu bản sao trích lục khai sinh?',
        'How many paper copies of the extract do you need?',
      ),
      hint: t(
        'Bản điện tử luôn được gửi vào tài khoản của bạn. Nhập 0 nếu không cần bản giấy.',
        'The electronic copy always goes to your account. Enter 0 if you need no paper copy.',
      ),
      min: 0,
      max: 10,
      suffix: t('bản', 'copies'),
    },
  ],
  declaration: {
    version: '2026-01',
    statement: truthStatement,
    notice: {
      purpose: t(
        'Để đăng ký khai sinh cho trẻ và cập nhật vào cơ sở dữ liệu hộ tịch, dân cư.',
        'To register the birth and record it in the civil-status and population databases.',
      ),
      data: t(
        'Thông tin của bạn, của trẻ và của cha mẹ trẻ trong tờ khai này, và giấy tờ bạn tải lên. Dân tộc là dữ liệu nhạy cảm, chỉ dùng cho việc đăng ký.',
        'The details of you, the child and the parents in this form, and the papers you upload. Ethnicity is sensitive data, used only for the registration.',
      ),
      parties: t(
        'Ủy ban nhân dân xã, phường tiếp nhận hồ sơ và cơ quan quản lý cơ sở dữ liệu hộ tịch, dân cư.',
        'The commune or ward People’s Committee and the bodies that keep the civil-status and population databases.',
      ),
      retention: t(
        'Sổ hộ tịch được lưu trữ vĩnh viễn theo quy định của pháp luật về hộ tịch.',
        'Civil-status registers are kept permanently, as civil-status law requires.',
      ),
    },
    purposes: consentPurposes(t('đăng ký khai sinh', 'register the birth')),
  },
  paperForm: {
    name: t('Tờ khai đăng ký khai sinh', 'Birth registration form'),
    fieldCount: 25,
    source:
      'Tờ khai đăng ký khai sinh, mẫu ban hành kèm Thông tư 04/2020/TT-BTP (sửa đổi bởi Thông tư 04/2024/TT-BTP); counted from memory of the form: requester 4, child 8, mother 5, father 5, copies 1, date and signature 2',
    estimate: true,
  },
  // Nothing here is confirmed by ../shared/domain-vn.md: every fact is listed, these two with
  // what the brief does say.
  unverified: unverifiedFacts({
    procedureCode: '1.001193 comes from ../shared/domain-vn.md, which marks it unverified.',
    documents:
      "../shared/domain-vn.md lists the birth certificate (giấy chứng sinh) and the parents' ID or marriage certificate; the witness statement for a birth outside a clinic is not confirmed there.",
  }),
  sources: [
    'Luật Hộ tịch 60/2014/QH13, Điều 13-17',
    'Nghị định 123/2015/NĐ-CP; Thông tư 04/2020/TT-BTP (unverified: later amendments)',
    'Procedure code 1.001193 from ../shared/domain-vn.md (unverified)',
  ],
});
