import { data } from 'react-router';
import type { Route } from './+types/old-address';
import { mapOldAddressQuery } from '../../server/flows/old-address';
import { readGuardedForm } from '../../server/security/input';

/**
 * The address picker's old-address helper: maps a pre-2025 province, district and ward to
 * today's commune(s) on the server, so the full mapping data never goes to the browser.
 * Answers `{ communes: [{ code, provinceCode }] }`.
 */
export async function action({ request }: Route.ActionArgs) {
  const form = await readGuardedForm(request, {
    fields: {
      province: { kind: 'text', maxLength: 100 },
      district: { kind: 'text', maxLength: 100 },
      ward: { kind: 'text', maxLength: 100 },
    },
    maxRequestBytes: 4096,
  });
  if (!form.ok) return data({ communes: [] }, { status: 400 });
  return data({
    communes: mapOldAddressQuery({
      province: form.values.province ?? '',
      district: form.values.district ?? '',
      ward: form.values.ward ?? '',
    }),
  });
}
