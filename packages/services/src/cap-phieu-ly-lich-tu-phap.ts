import { defineService } from '@dvc/flows';
import {
  aboutYouPage,
  citizenId,
  consentPurposes,
  contactPage,
  dateOfBirth,
  fullName,
  residence,
  sex,
  t,
  truthStatement,
  unverifiedFacts,
} from './common.js';

/**
 * Cấp phiếu lý lịch tư pháp — judicial record certificate. Certificate no. 2 also lists the
 * parents' and spouse's names, so those are asked only for it.
 */
export const capPhieuLyLichTuPhap = defineService({
  id: 'cap-phieu-ly-lich-tu-phap',
  version: 1,
  name: t('Cấp phiếu lý lịch tư pháp', 'Get a judicial record certificate'),
  description: t(
    'Xin phiếu lý lịch tư pháp để đi làm, đi học, xuất khẩu lao động hoặc làm thủ tục khác.',
    'Ask for a judicial record certificate for a job, study, work abroad or another procedure.',
  ),
  procedureCode: '2.000488',
  authority: t(
    'Sở Tư pháp nơi bạn thường trú hoặc tạm trú',
    'The Department of Justice of the province where you live',
  ),
  onlineLevel: 'toan-trinh',
  fee: {
    amountVnd: 200_000,
    note: t(
      '100.000 đồng cho sinh viên, người có công với cách mạng; miễn cho trẻ em, người cao tuổi, người khuyết tật, hộ nghèo; từ bản thứ 3 thêm 5.000 đồng mỗi bản.',
      'VND 100,000 for students and people with revolutionary merit; free for children, the elderly, people with disabilities and poor households; from the 3rd copy VND 5,000 each.',
    ),
  },
  processingDays: 10,
  processingNote: t(
    'Có thể đến 15 ngày nếu cần xác minh ở nhiều nơi.',
    'Up to 15 days when records must be checked in several places.',
  ),
  whoCanUse: t(
    'Công dân Việt Nam, cho chính mình. Phiếu số 2 chỉ cấp cho chính người có phiếu hoặc theo yêu cầu của cơ quan tiến hành tố tụng.',
    'Vietnamese citizens, for themselves. Certificate no. 2 is only issued to the person themselves or to a court or prosecutor.',
  ),
  documents: [
    {
      id: 'can-cuoc',
      text: t('Thẻ căn cước hoặc căn cước công dân của bạn', 'Your citizen identity card'),
      how: 'show',
    },
    {
      id: 'giay-mien-giam',
      text: t(
        'Giấy tờ chứng minh bạn được miễn hoặc giảm phí (thẻ sinh viên, giấy xác nhận hộ nghèo, ...)',
        'Proof that you pay less or nothing (student card, poor-household certificate, ...)',
      ),
      showIf: { question: 'mien-giam-phi', equals: 'co' },
    },
  ],
  eligibility: [
    {
      id: 'la-cong-dan',
      label: t('Bạn là công dân Việt Nam?', 'Are you a Vietnamese citizen?'),
      options: [
        { value: 'co', label: t('Đúng', 'Yes') },
        {
          value: 'khong',
          label: t('Không, tôi là người nước ngoài', 'No, I am a foreign national'),
          stop: {
            title: t('Bạn cần nộp theo cách khác', 'You need to apply another way'),
            body: t(
              'Người nước ngoài đã hoặc đang cư trú tại Việt Nam nộp hồ sơ tại Sở Tư pháp nơi cư trú hoặc Trung tâm Lý lịch tư pháp quốc gia.',
              'Foreign nationals who live or lived in Viet Nam apply at the provincial Department of Justice or the National Judicial Record Centre.',
            ),
          },
        },
      ],
    },
    {
      id: 'cho-ban-than',
      label: t('Bạn xin phiếu cho chính mình?', 'Is the certificate for yourself?'),
      options: [
        { value: 'co', label: t('Đúng, cho tôi', 'Yes, for me') },
        {
          value: 'khong',
          label: t('Không, cho người khác', 'No, for someone else'),
          stop: {
            title: t('Người cần phiếu phải tự nộp', 'The person must apply themselves'),
            body: t(
              'Hãy nhờ người đó tự nộp bằng tài khoản định danh của họ. Phiếu số 1 có thể ủy quyền bằng văn bản và nộp trực tiếp tại Sở Tư pháp; phiếu số 2 không được ủy quyền.',
              'Ask that person to apply with their own digital ID. For certificate no. 1 they may give written authority and you apply in person at the Department of Justice; certificate no. 2 cannot be delegated.',
            ),
          },
        },
      ],
    },
  ],
  pages: [
    {
      id: 'loai-phieu',
      type: 'radios',
      label: t('Bạn cần phiếu số mấy?', 'Which certificate do you need?'),
      hint: t(
        'Nếu không chắc, hãy hỏi nơi yêu cầu bạn nộp phiếu.',
        'If you are not sure, ask the organisation that wants it.',
      ),
      options: [
        {
          value: 'so-1',
          label: t('Phiếu số 1', 'Certificate no. 1'),
          hint: t(
            'Dùng cho hầu hết việc làm, học tập. Chỉ ghi án tích chưa được xoá.',
            'For most jobs and study. Shows only convictions not yet expunged.',
          ),
        },
        {
          value: 'so-2',
          label: t('Phiếu số 2', 'Certificate no. 2'),
          hint: t(
            'Ghi đầy đủ mọi án tích, kể cả đã được xoá. Thường dùng khi đi nước ngoài.',
            'Shows every conviction, including expunged ones. Often needed to go abroad.',
          ),
        },
      ],
    },
    aboutYouPage([
      fullName('ho-ten', t('Họ, chữ đệm và tên', 'Full name'), { prefill: 'fullName' }),
      sex('gioi-tinh', t('Giới tính', 'Sex'), { prefill: 'sex' }),
      dateOfBirth('ngay-sinh', t('Ngày sinh', 'Date of birth'), {
        minAge: 14,
        prefill: 'dateOfBirth',
      }),
      citizenId('so-dinh-danh', t('Số định danh cá nhân', 'Personal ID number'), {
        prefill: 'citizenId',
      }),
      residence('noi-thuong-tru', t('Nơi thường trú', 'Permanent address'), {
        prefill: 'address',
      }),
    ]),
    {
      id: 'noi-sinh',
      type: 'text',
      label: t('Nơi sinh', 'Place of birth'),
      hint: t(
        'Ghi tỉnh, thành phố như trên giấy khai sinh.',
        'The province or city, as on your birth certificate.',
      ),
      maxLength: 150,
    },
    contactPage(),
    {
      id: 'cha-me',
      title: t('Cha mẹ của bạn', 'Your parents'),
      hint: t('Phiếu số 2 ghi tên cha mẹ của bạn.', 'Certificate no. 2 shows your parents’ names.'),
      showIf: { question: 'loai-phieu', equals: 'so-2' },
      questions: [
        fullName('ho-ten-cha', t('Họ, chữ đệm và tên của cha', 'Your father’s full name'), {
          required: false,
        }),
        fullName('ho-ten-me', t('Họ, chữ đệm và tên của mẹ', 'Your mother’s full name')),
      ],
    },
    {
      id: 'vo-chong',
      title: t('Vợ hoặc chồng của bạn', 'Your spouse'),
      showIf: { question: 'loai-phieu', equals: 'so-2' },
      questions: [
        {
          id: 'co-vo-chong',
          type: 'radios',
          label: t('Bạn có vợ hoặc chồng không?', 'Are you married?'),
          options: [
            { value: 'co', label: t('Có', 'Yes') },
            { value: 'khong', label: t('Không', 'No') },
          ],
        },
        fullName(
          'ho-ten-vo-chong',
          t('Họ, chữ đệm và tên của vợ hoặc chồng', 'Your spouse’s full name'),
          { showIf: { question: 'co-vo-chong', equals: 'co' } },
        ),
      ],
    },
    {
      id: 'qua-trinh-cu-tru',
      type: 'repeatingGroup',
      label: t('Nơi bạn đã sống từ khi đủ 14 tuổi', 'Where you have lived since you were 14'),
      hint: t(
        'Thêm từng nơi, từ nơi cũ nhất đến nay. Ghi địa chỉ như lúc đó, kể cả huyện cũ.',
        'Add each place, oldest first. Write the address as it was then, old district included.',
      ),
      itemLabel: t('Nơi ở', 'Place'),
      minItems: 1,
      maxItems: 20,
      questions: [
        {
          id: 'tu-thang',
          type: 'date',
          precision: 'month-year',
          notInFuture: true,
          label: t('Từ tháng, năm', 'From (month, year)'),
        },
        {
          id: 'den-thang',
          type: 'date',
          precision: 'month-year',
          notInFuture: true,
          required: false,
          label: t(
            'Đến tháng, năm (để trống nếu vẫn sống ở đây)',
            'To (month, year; leave empty if you still live here)',
          ),
        },
        {
          id: 'noi-cu-tru',
          type: 'text',
          label: t('Địa chỉ nơi cư trú', 'Address'),
          maxLength: 200,
        },
        {
          id: 'nghe-nghiep',
          type: 'text',
          label: t('Nghề nghiệp, nơi làm việc (nếu có)', 'Job and workplace (if any)'),
          required: false,
          maxLength: 150,
        },
      ],
    },
    {
      id: 'muc-dich',
      type: 'text',
      label: t('Bạn dùng phiếu để làm gì?', 'What do you need the certificate for?'),
      hint: t('Ví dụ: bổ sung hồ sơ xin việc', 'For example: a job application'),
      maxLength: 200,
    },
    {
      id: 'so-ban',
      type: 'number',
      label: t('Bạn cần bao nhiêu bản?', 'How many copies do you need?'),
      hint: t('Từ bản thứ 3 có thu thêm phí.', 'From the 3rd copy there is a small extra fee.'),
      min: 1,
      max: 10,
      suffix: t('bản', 'copies'),
    },
    {
      id: 'mien-giam-phi',
      type: 'radios',
      label: t(
        'Bạn có thuộc diện được miễn hoặc giảm phí không?',
        'Do you qualify to pay less or nothing?',
      ),
      hint: t(
        'Sinh viên, người có công với cách mạng, trẻ em, người cao tuổi, người khuyết tật, người thuộc hộ nghèo.',
        'Students, people with revolutionary merit, children, the elderly, people with disabilities, poor households.',
      ),
      options: [
        { value: 'khong', label: t('Không', 'No') },
        { value: 'co', label: t('Có', 'Yes') },
      ],
    },
    {
      id: 'giay-mien-giam',
      type: 'file',
      label: t(
        'Tải lên giấy tờ chứng minh được miễn, giảm phí',
        'Upload proof that you pay less or nothing',
      ),
      showIf: { question: 'mien-giam-phi', equals: 'co' },
    },
    {
      id: 'cach-nhan',
      type: 'radios',
      label: t('Bạn muốn nhận phiếu thế nào?', 'How do you want to receive it?'),
      options: [
        {
          value: 'dien-tu',
          label: t('Bản điện tử trên ứng dụng VNeID', 'Electronic copy in the VNeID app'),
        },
        { value: 'buu-chinh', label: t('Qua bưu điện, tại nhà', 'By post, at home') },
        {
          value: 'truc-tiep',
          label: t('Nhận trực tiếp tại Sở Tư pháp', 'Collect it at the Department of Justice'),
        },
      ],
    },
    residence('dia-chi-nhan', t('Địa chỉ nhận phiếu', 'Address to send it to'), {
      showIf: { question: 'cach-nhan', equals: 'buu-chinh' },
    }),
  ],
  declaration: {
    version: '2026-01',
    statement: truthStatement,
    notice: {
      purpose: t(
        'Để tra cứu lý lịch tư pháp và cấp phiếu cho bạn.',
        'To search the judicial records and issue your certificate.',
      ),
      data: t(
        'Thông tin nhân thân, nơi cư trú từ năm 14 tuổi, và với phiếu số 2 là tên cha mẹ, vợ hoặc chồng. Lý lịch tư pháp là dữ liệu nhạy cảm.',
        'Your identity, where you lived since age 14, and for certificate no. 2 your parents’ and spouse’s names. Judicial records are sensitive data.',
      ),
      parties: t(
        'Sở Tư pháp, Trung tâm Lý lịch tư pháp quốc gia, và cơ quan công an, tòa án được hỏi để xác minh.',
        'The Department of Justice, the National Judicial Record Centre, and the police and courts asked to check records.',
      ),
      retention: t(
        'Theo quy định của pháp luật về lý lịch tư pháp và lưu trữ.',
        'As judicial-record and archiving law require.',
      ),
    },
    purposes: consentPurposes(t('cấp phiếu lý lịch tư pháp', 'issue the certificate')),
  },
  paperForm: {
    name: t(
      'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp',
      'Judicial record certificate request form',
    ),
    fieldCount: 28,
    source:
      'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (Mẫu số 03/2013/TT-LLTP, Thông tư 16/2013/TT-BTP; unverified whether replaced); counted from memory: identity 13, parents and spouse 3, contact 2, one residence row 4, convictions 2, type, copies, purpose, date and signature 4',
    estimate: true,
    note: 'with one residence-history row (4 fields per row)',
  },
  // Nothing here is confirmed by ../shared/domain-vn.md: every fact is listed, these two with
  // what the brief does say.
  unverified: unverifiedFacts({
    procedureCode:
      '../shared/domain-vn.md gives no code for the judicial record certificate; 2.000488 is not confirmed.',
    documents:
      '../shared/domain-vn.md marks this whole service unverified; the papers for a fee exemption are not confirmed.',
  }),
  sources: [
    'Luật Lý lịch tư pháp 28/2009/QH12, Điều 41-48',
    'Thông tư 244/2016/TT-BTC (phí cung cấp thông tin lý lịch tư pháp; unverified)',
    'Procedure code 2.000488 (unverified)',
  ],
});
