import { pdfFile, place, type ServicePlan } from './service-journey';

// The answers each journey gives, service by service: shared by the journeys with and without
// JavaScript, the officers' journey and the keyboard-only journeys.

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

/** Moves into his own home with his wife: one household member moving with him. */
export const thuongTru: ServicePlan = {
  slug: 'dang-ky-thuong-tru',
  idNumber: '006094001235',
  consents: ['xu-ly-ho-so'],
  steps: {
    'la-cong-dan': [['la-cong-dan', 'co']],
    'co-cho-o': [['co-cho-o', 'co']],
    'ban-than': [
      ['ho-ten', 'Hoàng Văn Páo'],
      ['ngay-sinh-day', '12'],
      ['ngay-sinh-month', '3'],
      ['ngay-sinh-year', '1994'],
      ['gioi-tinh', 'nam'],
      ['so-dinh-danh', '006094001235'],
    ],
    'lien-he': [['dien-thoai', '0912345678']],
    'dia-chi-moi': [
      ['dia-chi-moi.province', place('19', 'Thái Nguyên')],
      ['dia-chi-moi.commune', place('01906', 'Xã Ba Bể')],
      ['dia-chi-moi.street', 'Thôn Pác Ngòi'],
    ],
    'truong-hop': [['truong-hop', 'nha-cua-minh']],
    'giay-to-cho-o': [['giay-to-cho-o', pdfFile('so-do.pdf')]],
    'co-nguoi-cung-chuyen': [['co-nguoi-cung-chuyen', 'co']],
    'nguoi-cung-chuyen': [
      ['nguoi-cung-chuyen[0].ho-ten', 'Nông Thị Lan'],
      ['nguoi-cung-chuyen[0].ngay-sinh-day', '5'],
      ['nguoi-cung-chuyen[0].ngay-sinh-month', '9'],
      ['nguoi-cung-chuyen[0].ngay-sinh-year', '1996'],
      ['nguoi-cung-chuyen[0].gioi-tinh', 'nu'],
      ['nguoi-cung-chuyen[0].so-dinh-danh', '006196004321'],
      ['nguoi-cung-chuyen[0].quan-he', 'Vợ'],
    ],
  },
  groups: { 'nguoi-cung-chuyen': { group: 'nguoi-cung-chuyen', items: 1 } },
};

/** Certificate no. 2, married, one place of residence since 14, electronic copy. */
export const lyLich: ServicePlan = {
  slug: 'cap-phieu-ly-lich-tu-phap',
  idNumber: '006094001236',
  consents: ['xu-ly-ho-so'],
  steps: {
    'la-cong-dan': [['la-cong-dan', 'co']],
    'cho-ban-than': [['cho-ban-than', 'co']],
    'loai-phieu': [['loai-phieu', 'so-2']],
    'ban-than': [
      ['ho-ten', 'Hoàng Văn Páo'],
      ['gioi-tinh', 'nam'],
      ['ngay-sinh-day', '12'],
      ['ngay-sinh-month', '3'],
      ['ngay-sinh-year', '1994'],
      ['so-dinh-danh', '006094001236'],
      ['noi-thuong-tru.province', place('19', 'Thái Nguyên')],
      ['noi-thuong-tru.commune', place('01843', 'Phường Bắc Kạn')],
      ['noi-thuong-tru.street', 'Tổ 5'],
    ],
    'noi-sinh': [['noi-sinh', 'Bắc Kạn']],
    'lien-he': [['dien-thoai', '0912345678']],
    'cha-me': [
      ['ho-ten-cha', 'Hoàng Văn Slằn'],
      ['ho-ten-me', 'Lý Thị Nhị'],
    ],
    'vo-chong': [
      ['co-vo-chong', 'co'],
      ['ho-ten-vo-chong', 'Nông Thị Lan'],
    ],
    'qua-trinh-cu-tru': [
      ['qua-trinh-cu-tru[0].tu-thang-month', '3'],
      ['qua-trinh-cu-tru[0].tu-thang-year', '2008'],
      ['qua-trinh-cu-tru[0].noi-cu-tru', 'Tổ 5, phường Đức Xuân, Bắc Kạn'],
    ],
    'muc-dich': [['muc-dich', 'Xuất khẩu lao động']],
    'so-ban': [['so-ban', '2']],
    'mien-giam-phi': [['mien-giam-phi', 'khong']],
    'cach-nhan': [['cach-nhan', 'dien-tu']],
  },
  groups: { 'qua-trinh-cu-tru': { group: 'qua-trinh-cu-tru', items: 1 } },
};
