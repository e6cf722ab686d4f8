import type { ServiceDefinition } from '@dvc/flows';
import { services } from '@dvc/services';
import { formatVnd } from '@dvc/vn';
import type { LocalText } from './signposts.js';

/**
 * Words people type for each service this portal offers, beside its name (folded when
 * searched, so marks and case do not matter). Vietnamese and English; colloquial names
 * included: "hộ khẩu" for permanent residence, although the household book is gone since 2023.
 */
export const serviceKeywords: Readonly<Record<string, readonly string[]>> = {
  'dang-ky-khai-sinh': [
    'khai sinh',
    'giấy khai sinh',
    'làm giấy khai sinh',
    'trích lục khai sinh',
    'con mới sinh',
    'trẻ sơ sinh',
    'birth',
    'birth certificate',
    'birth registration',
    'baby',
    'newborn',
  ],
  'dang-ky-thuong-tru': [
    'thường trú',
    'hộ khẩu',
    'nhập hộ khẩu',
    'nhập khẩu',
    'chuyển hộ khẩu',
    'sổ hộ khẩu',
    'cư trú',
    'chuyển nhà',
    'permanent residence',
    'residence',
    'household registration',
    'moving house',
  ],
  'cap-phieu-ly-lich-tu-phap': [
    'lý lịch tư pháp',
    'phiếu lý lịch',
    'LLTP',
    'tiền án',
    'criminal record',
    'police check',
    'judicial record',
    'background check',
  ],
};

/** One service as the catalogue shows it, in one language. */
export interface CatalogueService {
  id: string;
  name: string;
  summary: string;
  onlineLevel: ServiceDefinition['onlineLevel'];
  /** The fee in VND, formatted ("200.000 ₫"), or null when it is free. */
  fee: string | null;
  feeNote: string | null;
  processingDays: number;
  processingNote: string | null;
  authority: string;
  /** The start page of the service. */
  href: string;
}

type Locale = keyof LocalText;

/** The services of @dvc/services, each with what a citizen needs to choose it. */
export function catalogueServices(
  locale: Locale,
  from: readonly ServiceDefinition[] = services,
): CatalogueService[] {
  return from.map((service) => ({
    id: service.id,
    name: service.name[locale],
    summary: service.description[locale],
    onlineLevel: service.onlineLevel,
    fee: service.fee.amountVnd > 0 ? formatVnd(service.fee.amountVnd) : null,
    feeNote: service.fee.note?.[locale] ?? null,
    processingDays: service.processingDays,
    processingNote: service.processingNote?.[locale] ?? null,
    authority: service.authority[locale],
    href: `/dich-vu/${encodeURIComponent(service.id)}`,
  }));
}
