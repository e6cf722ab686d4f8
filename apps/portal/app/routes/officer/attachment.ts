import type { Route } from './+types/attachment';
import { getDb } from '../../server/db/index';
import { requireStaff } from '../../server/officers/access';
import { getAttachmentForStaff } from '../../server/officers/applications';
import { staffNotFound } from './guards';

const contentTypes: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
};

/** Downloads one attached file: the same checks as the application page, never inline. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const staff = await requireStaff({ request, context }, { roles: ['officer', 'leader'] });
  const file = await getAttachmentForStaff(await getDb(), staff, params.id, params.fileId);
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- React Router renders thrown responses
  if (!file) throw staffNotFound();
  const ascii = file.fileName
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/gu, '')
    .replace(/["\\]/gu, '');
  return new Response(new Uint8Array(file.content), {
    headers: {
      'Content-Type': contentTypes[file.kind] ?? 'application/octet-stream',
      'Content-Disposition': `attachment; filename="${ascii || 'tep'}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
}
