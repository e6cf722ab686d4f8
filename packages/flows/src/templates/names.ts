import { findEthnicGroup } from '@dvc/vn';
import { findCommune, findProvince } from '@dvc/vn/places';
import type { DisplayNames } from '../check-answers.js';

/** Names of provinces, communes and ethnic groups from @dvc/vn, for check-your-answers. */
export const vnDisplayNames: DisplayNames = {
  province: (code) => findProvince(code)?.name,
  commune: (code) => findCommune(code)?.name,
  ethnicGroup: (code) => findEthnicGroup(code)?.name,
};
