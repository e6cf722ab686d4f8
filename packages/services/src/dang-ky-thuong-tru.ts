import { defineService } from '@dvc/flows';
import {
  aboutYouPage,
  citizenId,
  consentPurposes,
  contactPage,
  fullName,
  person,
  residence,
  t,
  truthStatement,
  unverifiedFacts,
} from './common.js';

/**
 * Đăng ký thường trú — permanent residence registration (form CT01). Since 2023 no form may ask
 * for the household register book (sổ hộ khẩu): residence is looked up in the national database.
 */
export const dangKyThuongTru = defineService({
  id: 'dang-ky-thuong-tru',
  version: 1,
  name: t('Đăng ký thường trú', 'Register your permanent residence'),
  description: t(
    'Đăng ký nơi thường trú mới khi bạn chuyển đến ở, cho bạn và người trong gia đình cùng chuyển.',
    'Register a new permanent address when you move, for you and family members moving with you.',
  ),
  procedureCode: '1.004194',
  authority: t(
    'Công an xã, phường nơi bạn đăng ký thường trú',
    'The commune or ward police where you register',
  ),
  onlineLevel: 'toan-trinh',
  fee: {
    amountVnd: 20_000,
    note: t(
      'Lệ phí do tỉnh quy định; nộp trực tuyến có thể được giảm.',
      'The province sets the fee; it may be lower online.',
    ),
  },
  processingDays: 7,
  whoCanUse: t(
    'Công dân Việt Nam có chỗ ở hợp pháp tại nơi đăng ký: nhà của mình, nhà thuê, mượn, ở nhờ, hoặc về ở với người thân.',
    'Vietnamese citizens with a lawful place to live at the address: their own home, a rented or borrowed home, or with relatives.',
  ),
  documents: [
    {
      id: 'giay-to-cho-o',
      text: t(
        'Giấy tờ chứng minh chỗ ở hợp pháp (giấy chứng nhận quyền sử dụng đất, hợp đồng thuê nhà, ...)',
        'Proof of your lawful place to live (land-use certificate, tenancy contract, ...)',
      ),
      showIf: { question: 'truong-hop', in: ['nha-cua-minh', 'thue-muon'] },
    },
    {
      id: 'y-kien-chu-ho',
      text: t(
        'Sự đồng ý của chủ hộ: chủ hộ xác nhận trên ứng dụng VNeID, không cần giấy',
        'The household head’s consent: given in the VNeID app, no paper needed',
      ),
      showIf: { question: 'truong-hop', equals: 've-o-voi-ho' },
      how: 'show',
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
          label: t('Không', 'No'),
          stop: {
            title: t(
              'Thủ tục này chỉ dành cho công dân Việt Nam',
              'This service is for Vietnamese citizens',
            ),
            body: t(
              'Người nước ngoài khai báo tạm trú qua cơ sở lưu trú hoặc cơ quan quản lý xuất nhập cảnh.',
              'Foreign nationals declare their stay through their accommodation or the immigration office.',
            ),
          },
        },
      ],
    },
    {
      id: 'co-cho-o',
      label: t(
        'Bạn đã có chỗ ở hợp pháp tại nơi muốn đăng ký chưa?',
        'Do you have a lawful place to live at the new address?',
      ),
      hint: t(
        'Nhà của bạn, nhà thuê hoặc mượn, hoặc nhà của người thân đồng ý cho bạn về ở.',
        'Your own home, a rented or borrowed home, or a relative’s home where they agree to have you.',
      ),
      options: [
        { value: 'co', label: t('Có', 'Yes') },
        {
          value: 'khong',
          label: t('Chưa', 'Not yet'),
          stop: {
            title: t('Bạn chưa đăng ký thường trú được', 'You cannot register yet'),
            body: t(
              'Hãy quay lại khi đã có chỗ ở hợp pháp. Trong thời gian này, bạn có thể đăng ký tạm trú.',
              'Come back when you have a lawful place to live. Meanwhile you can register a temporary residence.',
            ),
          },
        },
      ],
    },
  ],
  pages: [
    aboutYouPage(person()),
    contactPage(),
    residence(
      'dia-chi-moi',
      t('Địa chỉ bạn muốn đăng ký thường trú', 'The address you are registering'),
      {
        hint: t(
          'Chọn tỉnh, thành phố rồi xã, phường theo đơn vị hành chính mới. Nếu giấy tờ còn ghi địa chỉ cũ, hãy dùng phần tra địa chỉ cũ.',
          'Choose the province or city, then the commune or ward (new units). If your papers show an old address, use the old-address finder.',
        ),
        oldAddressHelper: true,
      },
    ),
    {
      id: 'truong-hop',
      type: 'radios',
      label: t('Chỗ ở này là của ai?', 'Whose home is it?'),
      options: [
        { value: 'nha-cua-minh', label: t('Nhà của tôi', 'My own home') },
        {
          value: 'thue-muon',
          label: t('Nhà tôi thuê, mượn hoặc ở nhờ', 'A home I rent or borrow'),
        },
        {
          value: 've-o-voi-ho',
          label: t(
            'Tôi về ở chung hộ với người thân (vợ, chồng, cha mẹ, con, ...)',
            'I am moving into a relative’s household (spouse, parent, child, ...)',
          ),
        },
      ],
    },
    {
      id: 'chu-ho',
      title: t('Chủ hộ nơi bạn về ở', 'The head of the household you are joining'),
      showIf: { question: 'truong-hop', equals: 've-o-voi-ho' },
      questions: [
        fullName(
          'ho-ten-chu-ho',
          t('Họ, chữ đệm và tên của chủ hộ', 'The household head’s full name'),
        ),
        citizenId(
          'so-dinh-danh-chu-ho',
          t('Số định danh cá nhân của chủ hộ', 'The household head’s personal ID number'),
        ),
        {
          id: 'quan-he-chu-ho',
          type: 'text',
          label: t('Bạn là gì của chủ hộ?', 'What is your relationship to the household head?'),
          hint: t('Ví dụ: vợ, con, cháu ruột', 'For example: wife, son, grandchild'),
          maxLength: 50,
        },
      ],
    },
    {
      id: 'giay-to-cho-o',
      type: 'file',
      label: t(
        'Tải lên giấy tờ chứng minh chỗ ở hợp pháp',
        'Upload proof of your lawful place to live',
      ),
      hint: t(
        'Ví dụ: giấy chứng nhận quyền sử dụng đất, hợp đồng thuê nhà. PDF, JPG hoặc PNG, tối đa 5 MB mỗi tệp, tối đa 3 tệp.',
        'For example: land-use certificate, tenancy contract. PDF, JPG or PNG, up to 5 MB each, up to 3 files.',
      ),
      maxFiles: 3,
      showIf: { question: 'truong-hop', in: ['nha-cua-minh', 'thue-muon'] },
    },
    {
      id: 'co-nguoi-cung-chuyen',
      type: 'radios',
      label: t(
        'Có ai trong gia đình chuyển đến cùng bạn không?',
        'Is anyone in your family moving with you?',
      ),
      options: [
        { value: 'co', label: t('Có', 'Yes') },
        { value: 'khong', label: t('Không, chỉ mình tôi', 'No, only me') },
      ],
    },
    {
      id: 'nguoi-cung-chuyen',
      type: 'repeatingGroup',
      label: t('Người cùng chuyển đến', 'People moving with you'),
      hint: t(
        'Thêm từng người. Bạn có thể sửa hoặc xoá trước khi gửi.',
        'Add each person. You can change or remove them before sending.',
      ),
      itemLabel: t('Người', 'Person'),
      minItems: 1,
      maxItems: 15,
      showIf: { question: 'co-nguoi-cung-chuyen', equals: 'co' },
      questions: [
        ...person(
          { prefill: false },
          {
            citizenId: {
              hint: t(
                'Trẻ em cũng có số định danh, ghi trên giấy khai sinh.',
                'Children have one too, printed on the birth certificate.',
              ),
            },
          },
        ),
        {
          id: 'quan-he',
          type: 'text',
          label: t('Quan hệ với chủ hộ', 'Relationship to the household head'),
          maxLength: 50,
        },
      ],
    },
  ],
  declaration: {
    version: '2026-01',
    statement: truthStatement,
    notice: {
      purpose: t(
        'Để đăng ký thường trú và cập nhật cơ sở dữ liệu về cư trú.',
        'To register your permanent residence and update the residence database.',
      ),
      data: t(
        'Thông tin của bạn, của chủ hộ và của người cùng chuyển đến trong tờ khai này, và giấy tờ bạn tải lên.',
        'The details of you, the household head and the people moving with you, and the papers you upload.',
      ),
      parties: t(
        'Công an xã, phường tiếp nhận hồ sơ và cơ quan quản lý cơ sở dữ liệu về cư trú.',
        'The commune or ward police and the body that keeps the residence database.',
      ),
      retention: t(
        'Theo quy định của pháp luật về cư trú và lưu trữ.',
        'As residence and archiving law require.',
      ),
    },
    purposes: consentPurposes(t('đăng ký thường trú', 'register my permanent residence')),
  },
  paperForm: {
    name: t('Tờ khai thay đổi thông tin cư trú (mẫu CT01)', 'Residence change form (CT01)'),
    fieldCount: 21,
    source:
      'Mẫu CT01 ban hành kèm Thông tư 66/2023/TT-BCA; counted from memory of the form: addressee 1, applicant 6, household head 3, request 1, one household-member row 5, opinions and signatures 5',
    estimate: true,
    note: 'with one household-member row (5 fields per member)',
  },
  // Nothing here is confirmed by ../shared/domain-vn.md: every fact is listed, these two with
  // what the brief does say.
  unverified: unverifiedFacts({
    procedureCode:
      '../shared/domain-vn.md gives no code for permanent residence; 1.004194 is not confirmed.',
    documents:
      '../shared/domain-vn.md only says no form may ask for the household register book since 2023; the papers proving a lawful place to live are not confirmed.',
  }),
  sources: [
    'Luật Cư trú 68/2020/QH14, Điều 20-22',
    'Thông tư 66/2023/TT-BCA (mẫu CT01); no form may ask for the household register book since 2023',
    'Procedure code 1.004194 (unverified)',
  ],
});
