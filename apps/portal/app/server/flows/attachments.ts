import type { FileMeta } from '@dvc/flows';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { UploadedFile } from './post.js';

/**
 * Stores checked uploads under a draft and returns the same files with their storage ids, in
 * order, so the answers can name them. The content lives in the database, not on a disk.
 */
export async function storeAttachments(
  db: Kysely<Database>,
  draftId: string,
  files: readonly UploadedFile[],
): Promise<string[]> {
  if (files.length === 0) return [];
  const rows = await db
    .insertInto('attachments')
    .values(
      files.map((f) => ({
        draft_id: draftId,
        question_id: f.questionId,
        file_name: f.name,
        kind: f.kind,
        size_bytes: f.bytes.byteLength,
        content: Buffer.from(f.bytes),
      })),
    )
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Gives each uploaded file's metadata (in the engine's answers) the id it was stored under. */
export function withStorageIds(metas: readonly FileMeta[], ids: readonly string[]): FileMeta[] {
  return metas.map((meta, index) => {
    const id = ids[index];
    return id ? { ...meta, id } : meta;
  });
}

/** Moves a draft's files to the application it became; files no answer names are removed. */
export async function attachToApplication(
  db: Kysely<Database>,
  draftId: string,
  applicationId: string,
  keepIds: readonly string[],
): Promise<void> {
  if (keepIds.length > 0) {
    await db
      .updateTable('attachments')
      .set({ application_id: applicationId, draft_id: null })
      .where('draft_id', '=', draftId)
      .where('id', 'in', keepIds)
      .execute();
  }
  await db.deleteFrom('attachments').where('draft_id', '=', draftId).execute();
}

/** An application's files, without their content (for lists). */
export async function listAttachments(db: Kysely<Database>, applicationId: string) {
  return db
    .selectFrom('attachments')
    .select(['id', 'question_id', 'file_name', 'kind', 'size_bytes'])
    .where('application_id', '=', applicationId)
    .orderBy('created_at')
    .execute();
}
