import type { Answers, Profile } from '@dvc/flows';

/**
 * A representative citizen for each service: the profile the state already holds (as after a
 * VNeID sign-in) and the answers they give. The bench measures effort with these, and the tests
 * run them end to end. Names and numbers are invented.
 */
export interface ServiceExample {
  serviceId: string;
  /** What this example stands for. */
  description: string;
  profile: Profile;
  /** Raw answers by question id, as the person would give them (prefilled ones included). */
  answers: Answers;
}

const profile: Profile = {
  fullName: 'Hoàng Văn Páo',
  dateOfBirth: '1994-03-12',
  citizenId: '006094001234',
  address: { province: '19', commune: '01843', street: 'Tổ 5' },
  phone: '0912345678',
  email: 'pao.hoang@example.vn',
  sex: 'nam',
};

export const examples: readonly ServiceExample[] = [
  {
    serviceId: 'dang-ky-khai-sinh',
    description: 'The father registers his daughter born in hospital; parents married',
    profile,
    answers: {
      'sinh-o-viet-nam': 'co',
      'cha-me-la-cong-dan': 'co',
      'chua-dang-ky': 'chua',
      'quan-he': 'cha',
      'ho-ten-tre': 'Hoàng Thị Mai',
      'ngay-sinh-tre': { day: '2', month: '1', year: '2026' },
      'gioi-tinh-tre': 'nu',
      'dan-toc-tre': '02',
      'noi-sinh': 'co-so-y-te',
      'ten-co-so-y-te': 'Bệnh viện Đa khoa tỉnh Bắc Kạn',
      'que-quan-tre': 'theo-cha',
      'dan-toc-cha': '02',
      'ho-ten-me': 'Nông Thị Lan',
      'so-dinh-danh-me': '006196004321',
      'dan-toc-me': '02',
      'cha-me-ket-hon': 'co',
      'giay-chung-sinh': [{ name: 'giay-chung-sinh.pdf', type: 'application/pdf', size: 240_000 }],
      'so-ban-sao': 1,
    },
  },
  {
    serviceId: 'dang-ky-thuong-tru',
    description: 'Moves into his own new home with his wife and one child',
    profile,
    answers: {
      'la-cong-dan': 'co',
      'co-cho-o': 'co',
      'dia-chi-moi': { province: '19', commune: '01906', street: 'Thôn Pác Ngòi' },
      'truong-hop': 'nha-cua-minh',
      'giay-to-cho-o': [{ name: 'so-do.jpg', type: 'image/jpeg', size: 820_000 }],
      'co-nguoi-cung-chuyen': 'co',
      'nguoi-cung-chuyen': [
        {
          'ho-ten': 'Nông Thị Lan',
          'ngay-sinh': { day: '5', month: '9', year: '1996' },
          'gioi-tinh': 'nu',
          'so-dinh-danh': '006196004321',
          'quan-he': 'Vợ',
        },
        {
          'ho-ten': 'Hoàng Thị Mai',
          'ngay-sinh': { day: '2', month: '1', year: '2026' },
          'gioi-tinh': 'nu',
          'so-dinh-danh': '006326000123',
          'quan-he': 'Con',
        },
      ],
    },
  },
  {
    serviceId: 'cap-phieu-ly-lich-tu-phap',
    description: 'Certificate no. 2 to work abroad; married; lived in two places since 14',
    profile,
    answers: {
      'la-cong-dan': 'co',
      'cho-ban-than': 'co',
      'loai-phieu': 'so-2',
      'noi-sinh': 'Bắc Kạn',
      'ho-ten-cha': 'Hoàng Văn Slằn',
      'ho-ten-me': 'Lý Thị Nhị',
      'co-vo-chong': 'co',
      'ho-ten-vo-chong': 'Nông Thị Lan',
      'qua-trinh-cu-tru': [
        {
          'tu-thang': { month: '3', year: '2008' },
          'den-thang': { month: '8', year: '2012' },
          'noi-cu-tru': 'Xã Cao Thượng, huyện Ba Bể, tỉnh Bắc Kạn',
        },
        {
          'tu-thang': { month: '9', year: '2012' },
          'noi-cu-tru': 'Tổ 5, phường Đức Xuân, thành phố Bắc Kạn',
          'nghe-nghiep': 'Kỹ thuật viên, Công ty Điện lực Bắc Kạn',
        },
      ],
      'muc-dich': 'Xuất khẩu lao động',
      'so-ban': 2,
      'mien-giam-phi': 'khong',
      'cach-nhan': 'dien-tu',
    },
  },
];
