import { mapOldAddress } from '@dvc/vn/places-full';

export interface OldAddressQuery {
  province: string;
  district: string;
  ward: string;
}

/** Today's commune(s) for a pre-2025 address (server-only: the mapping data is large). */
export function mapOldAddressQuery(query: OldAddressQuery) {
  if (!query.province.trim() || (!query.district.trim() && !query.ward.trim())) return [];
  return mapOldAddress(query)
    .slice(0, 10)
    .map((c) => ({ code: c.code, provinceCode: c.provinceCode }));
}
