/**
 * Procedures people look for on a commune's portal that this portal does not offer, with
 * where they are done instead. Data, not logic: an official updates an entry here.
 *
 * Sources: /work/shared/domain-vn.md (VNeID, CCCD, the two-level local government since
 * 1 July 2025) and common knowledge of who handles what. Every entry whose details were not
 * checked against a primary text has `confirmed: false`, and the page says so.
 */

/** A text in Vietnamese first and English beside it. */
export interface LocalText {
  vi: string;
  en: string;
}

export interface Signpost {
  id: string;
  /** What the person is looking for, named as they would name it. */
  title: LocalText;
  /** Who does it and how to get there, in plain words. */
  where: LocalText;
  /** An official site where it can be started, when there is one. */
  link?: { href: string; label: LocalText };
  /** Words people type for it (any spelling: they are folded). Vietnamese and English. */
  keywords: readonly string[];
  /** False until the details have been checked against a primary text. */
  confirmed: boolean;
}

const t = (vi: string, en: string): LocalText => ({ vi, en });

/** The national public-services portal (Cổng Dịch vụ công quốc gia). */
const nationalPortal = {
  href: 'https://dichvucong.gov.vn',
  label: t('Cổng Dịch vụ công quốc gia', 'National Public Services Portal'),
};

/** The Ministry of Public Security's public-services portal. */
const policePortal = {
  href: 'https://dichvucong.bocongan.gov.vn',
  label: t('Cổng Dịch vụ công Bộ Công an', 'Ministry of Public Security services portal'),
};

export const signposts: readonly Signpost[] = [
  {
    id: 'can-cuoc',
    title: t(
      'Làm, đổi hoặc cấp lại thẻ căn cước (CCCD)',
      'Get, renew or replace an identity card (CCCD)',
    ),
    where: t(
      'Thẻ căn cước do cơ quan Công an cấp, không làm trên cổng này. Bạn đến Công an xã, phường nơi cư trú hoặc Công an tỉnh; một số trường hợp đổi, cấp lại có thể đăng ký trên ứng dụng VNeID.',
      'Identity cards are issued by the police, not on this portal. Go to the commune or ward police where you live, or the provincial police; some renewals and replacements can be requested in the VNeID app.',
    ),
    link: policePortal,
    keywords: [
      'căn cước',
      'thẻ căn cước',
      'căn cước công dân',
      'CCCD',
      'CMND',
      'chứng minh nhân dân',
      'chứng minh thư',
      'identity card',
      'ID card',
      'citizen ID',
    ],
    confirmed: false,
  },
  {
    id: 'vneid',
    title: t('Tài khoản định danh điện tử VNeID', 'A VNeID electronic identity account'),
    where: t(
      'Tài khoản VNeID mức 2 do cơ quan Công an kích hoạt, thường khi làm thẻ căn cước. Bạn cài ứng dụng VNeID rồi đến Công an xã, phường nơi cư trú để được hướng dẫn.',
      'Level 2 VNeID accounts are activated by the police, usually when you get your identity card. Install the VNeID app, then ask the commune or ward police where you live.',
    ),
    keywords: ['VNeID', 'định danh điện tử', 'tài khoản định danh', 'electronic identity'],
    confirmed: false,
  },
  {
    id: 'ho-chieu',
    title: t('Làm hộ chiếu', 'Get a passport'),
    where: t(
      'Hộ chiếu do cơ quan Quản lý xuất nhập cảnh của Công an cấp. Bạn có thể nộp trực tuyến trên Cổng Dịch vụ công quốc gia hoặc Cổng Dịch vụ công Bộ Công an, hoặc đến Công an tỉnh.',
      'Passports are issued by the immigration department of the police. You can apply online on the National Public Services Portal or the Ministry of Public Security portal, or at the provincial police.',
    ),
    link: nationalPortal,
    keywords: ['hộ chiếu', 'passport', 'xuất cảnh', 'xuất nhập cảnh'],
    confirmed: false,
  },
  {
    id: 'giay-phep-lai-xe',
    title: t('Cấp, đổi giấy phép lái xe', 'Get or renew a driving licence'),
    where: t(
      'Giấy phép lái xe do cơ quan Công an cấp, đổi từ năm 2025. Bạn có thể nộp trên Cổng Dịch vụ công quốc gia hoặc hỏi Công an tỉnh.',
      'Driving licences have been issued and renewed by the police since 2025. You can apply on the National Public Services Portal or ask the provincial police.',
    ),
    link: nationalPortal,
    keywords: [
      'giấy phép lái xe',
      'bằng lái',
      'bằng lái xe',
      'GPLX',
      'driving licence',
      'driving license',
      "driver's license",
    ],
    confirmed: false,
  },
  {
    id: 'tam-tru',
    title: t('Đăng ký tạm trú', 'Register a temporary residence'),
    where: t(
      'Tạm trú được đăng ký với Công an xã, phường nơi bạn đang ở, trực tiếp, trên ứng dụng VNeID hoặc Cổng Dịch vụ công Bộ Công an. Cổng này chỉ có đăng ký thường trú.',
      'Temporary residence is registered with the commune or ward police where you are staying, in person, in the VNeID app or on the Ministry of Public Security portal. This portal only offers permanent residence.',
    ),
    link: policePortal,
    keywords: ['tạm trú', 'tạm vắng', 'đăng ký tạm trú', 'temporary residence'],
    confirmed: false,
  },
  {
    id: 'ket-hon',
    title: t('Đăng ký kết hôn', 'Register a marriage'),
    where: t(
      'Đăng ký kết hôn làm tại Ủy ban nhân dân xã, phường nơi cư trú của một trong hai người, hoặc nộp trên Cổng Dịch vụ công quốc gia. Cổng này chưa có thủ tục này.',
      'Marriages are registered at the People’s Committee of the commune or ward where either partner lives, or online on the National Public Services Portal. This portal does not offer it yet.',
    ),
    link: nationalPortal,
    keywords: [
      'kết hôn',
      'đăng ký kết hôn',
      'giấy đăng ký kết hôn',
      'marriage',
      'marry',
      'wedding',
    ],
    confirmed: false,
  },
  {
    id: 'khai-tu',
    title: t('Đăng ký khai tử', 'Register a death'),
    where: t(
      'Đăng ký khai tử làm tại Ủy ban nhân dân xã, phường nơi cư trú cuối cùng của người mất, hoặc nộp trên Cổng Dịch vụ công quốc gia. Cổng này chưa có thủ tục này.',
      'Deaths are registered at the People’s Committee of the commune or ward where the person last lived, or online on the National Public Services Portal. This portal does not offer it yet.',
    ),
    link: nationalPortal,
    keywords: ['khai tử', 'đăng ký khai tử', 'giấy chứng tử', 'death', 'death certificate'],
    confirmed: false,
  },
];
