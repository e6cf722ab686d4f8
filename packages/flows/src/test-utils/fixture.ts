import type { ServiceDefinitionInput } from '../schema.js';

const t = (vi: string, en: string) => ({ vi, en });

/** A small service that uses every question type, conditions, eligibility and a group. */
export function fixtureInput(): ServiceDefinitionInput {
  return {
    id: 'dich-vu-thu',
    version: 1,
    name: t('Dịch vụ thử', 'Test service'),
    description: t('Một dịch vụ để thử bộ máy', 'A service to test the engine'),
    procedureCode: '1.000001',
    authority: t('Ủy ban nhân dân xã', 'Commune People’s Committee'),
    onlineLevel: 'toan-trinh',
    fee: { amountVnd: 0 },
    processingDays: 3,
    whoCanUse: t('Công dân Việt Nam', 'Vietnamese citizens'),
    documents: [
      { id: 'giay-a', text: t('Giấy A', 'Paper A') },
      {
        id: 'giay-b',
        text: t('Giấy B', 'Paper B'),
        showIf: { question: 'vai-tro', equals: 'khac' },
      },
    ],
    eligibility: [
      {
        id: 'o-viet-nam',
        label: t('Bạn có đang ở Việt Nam không?', 'Are you in Viet Nam?'),
        options: [
          { value: 'co', label: t('Có', 'Yes') },
          {
            value: 'khong',
            label: t('Không', 'No'),
            stop: {
              title: t('Bạn cần đến cơ quan đại diện', 'Go to a representative office'),
              body: t(
                'Hãy liên hệ cơ quan đại diện Việt Nam ở nước ngoài.',
                'Contact a Vietnamese mission abroad.',
              ),
            },
          },
        ],
      },
    ],
    pages: [
      {
        id: 'ho-ten',
        type: 'fullName',
        label: t('Họ, chữ đệm và tên', 'Full name'),
        uppercase: true,
        prefill: 'fullName',
      },
      {
        id: 'ngay-sinh',
        type: 'date',
        label: t('Ngày sinh', 'Date of birth'),
        notInFuture: true,
        prefill: 'dateOfBirth',
      },
      {
        id: 'so-dinh-danh',
        type: 'citizenId',
        label: t('Số định danh cá nhân', 'Personal ID number'),
        prefill: 'citizenId',
      },
      {
        id: 'lien-he',
        title: t('Liên hệ', 'Contact'),
        questions: [
          { id: 'dien-thoai', type: 'phone', label: t('Số điện thoại', 'Phone'), prefill: 'phone' },
          { id: 'thu-dien-tu', type: 'email', label: t('Thư điện tử', 'Email'), required: false },
        ],
      },
      {
        id: 'vai-tro',
        type: 'radios',
        label: t('Bạn là ai?', 'Who are you?'),
        options: [
          { value: 'ban-than', label: t('Bản thân', 'Myself') },
          { value: 'khac', label: t('Người khác', 'Someone else') },
        ],
      },
      {
        id: 'nguoi-khac',
        title: t('Người được giúp', 'The person helped'),
        showIf: { question: 'vai-tro', equals: 'khac' },
        questions: [
          { id: 'ten-nguoi-khac', type: 'text', label: t('Tên', 'Name'), maxLength: 20 },
          {
            id: 'ghi-chu',
            type: 'textarea',
            label: t('Ghi chú', 'Note'),
            required: false,
            maxLength: 50,
          },
        ],
      },
      {
        id: 'so-ban',
        type: 'number',
        label: t('Số bản', 'Copies'),
        min: 1,
        max: 10,
      },
      {
        id: 'tinh',
        type: 'select',
        label: t('Cách nhận', 'How to receive'),
        options: [
          { value: 'truc-tiep', label: t('Trực tiếp', 'In person') },
          { value: 'buu-dien', label: t('Qua bưu điện', 'By post') },
        ],
      },
      {
        id: 'muc-dich',
        type: 'checkboxes',
        label: t('Mục đích', 'Purpose'),
        options: [
          { value: 'hoc', label: t('Học tập', 'Study') },
          { value: 'lam', label: t('Làm việc', 'Work') },
        ],
      },
      {
        id: 'dia-chi',
        type: 'address',
        label: t('Nơi thường trú', 'Permanent address'),
        prefill: 'address',
        showIf: { question: 'tinh', equals: 'buu-dien' },
      },
      { id: 'dan-toc', type: 'ethnicGroup', label: t('Dân tộc', 'Ethnic group') },
      {
        id: 'giay-to',
        type: 'file',
        label: t('Tải giấy tờ', 'Upload papers'),
        maxFiles: 2,
        maxSizeBytes: 1000,
        required: false,
      },
      {
        id: 'thanh-vien',
        type: 'repeatingGroup',
        label: t('Thành viên', 'Members'),
        itemLabel: t('Thành viên', 'Member'),
        required: false,
        maxItems: 3,
        questions: [
          { id: 'ho-ten', type: 'fullName', label: t('Họ tên', 'Name') },
          {
            id: 'quan-he',
            type: 'select',
            label: t('Quan hệ', 'Relationship'),
            options: [
              { value: 'con', label: t('Con', 'Child') },
              { value: 'khac', label: t('Khác', 'Other') },
            ],
          },
          {
            id: 'ghi-ro',
            type: 'text',
            label: t('Ghi rõ', 'Say which'),
            showIf: { question: 'quan-he', equals: 'khac' },
          },
        ],
      },
    ],
    declaration: {
      version: '2026-01',
      statement: t('Tôi cam đoan', 'I declare'),
      notice: {
        purpose: t('Để giải quyết hồ sơ', 'To process the application'),
        data: t('Thông tin trong tờ khai', 'The information in the form'),
        parties: t('Cơ quan tiếp nhận', 'The receiving authority'),
        retention: t('Theo quy định lưu trữ', 'As archiving law requires'),
      },
      purposes: [
        { id: 'xu-ly', text: t('Xử lý hồ sơ', 'Process it'), required: true },
        { id: 'khao-sat', text: t('Khảo sát', 'Survey'), required: false },
      ],
    },
  };
}

/** A complete, valid set of answers for the fixture, as the person would give them. */
export const goodAnswers = {
  'o-viet-nam': 'co',
  'ho-ten': 'NGUYỄN VĂN AN',
  'ngay-sinh': { day: '01', month: '02', year: '1990' },
  'so-dinh-danh': '001090012345',
  'dien-thoai': '0912345678',
  'vai-tro': 'ban-than',
  'so-ban': 2,
  tinh: 'truc-tiep',
  'muc-dich': ['hoc'],
  'dan-toc': '01',
};

/** What the state holds about the fixture's person (as after a VNeID sign-in). */
export const fixtureProfile = {
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '1990-02-01',
  citizenId: '001090012345',
  phone: '0912345678',
  address: { province: '19', commune: '01843', street: 'Tổ 5' },
};

/** Answers that take the fixture down its longer path: by post (an address), one member. */
export const journeyAnswers = {
  ...goodAnswers,
  tinh: 'buu-dien',
  'dia-chi': { province: '19', commune: '01906', street: 'Thôn Pác Ngòi' },
  'giay-to': [{ name: 'giay-a.pdf', type: 'application/pdf', size: 900 }],
  'thanh-vien': [{ 'ho-ten': 'Nông Thị Lan', 'quan-he': 'khac', 'ghi-ro': 'Chị gái' }],
};
