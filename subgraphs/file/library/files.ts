// A user's files: rename, move, trash and restore. Trashing gives the bytes back to the quota at
// once; restoring charges them again (QUOTA_EXCEEDED when they no longer fit).
import type { File } from '../../../prisma/generated/client/client.ts';
import type { Db } from '../../kit/prisma.ts';
import { notFound } from '../../kit/errors.ts';
import { liveFolder } from './folders.ts';
import { cleanName } from './names.ts';
import { charge, release, type Owner } from './quota.ts';

/** One of the user's files; in the trash too when `trashed` is set. NOT_FOUND otherwise. */
export async function ownFile(db: Db, owner: Owner, id: string, trashed = false): Promise<File> {
  const file = await db.file.findFirst({ where: { id, userId: owner.userId, tenantId: owner.tenantId, deletedAt: trashed ? { not: null } : null } });
  if (!file) throw notFound('File', id);
  return file;
}

export async function renameFile(db: Db, owner: Owner, id: string, rawName: string): Promise<File> {
  const name = cleanName(rawName);
  await ownFile(db, owner, id);
  return db.file.update({ where: { id }, data: { name } });
}

/** Moves a file into one of the user's folders (null: the root). */
export async function moveFile(db: Db, owner: Owner, id: string, folderId: string | null): Promise<File> {
  await ownFile(db, owner, id);
  const folder = folderId ? await liveFolder(db, owner, folderId) : null;
  return db.file.update({ where: { id }, data: { folderId: folder?.id ?? null } });
}

/** Moves a file to the trash; a second call finds nothing to do (NOT_FOUND). */
export async function trashFile(db: Db, owner: Owner, id: string): Promise<File> {
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ size_bytes: bigint }[]>`UPDATE file_mgr.files SET deleted_at = now()
      WHERE id = ${id}::uuid AND user_id = ${owner.userId}::uuid AND tenant_id = ${owner.tenantId}::uuid AND deleted_at IS NULL RETURNING size_bytes`;
    if (!row) throw notFound('File', id);
    await release(tx, owner, row.size_bytes);
    return tx.file.findUniqueOrThrow({ where: { id } });
  });
}

/** Takes a file out of the trash, into its folder if that is not trashed too, else the root. */
export async function restoreFile(db: Db, owner: Owner, id: string): Promise<File> {
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ size_bytes: bigint; folder_id: string | null }[]>`SELECT size_bytes, folder_id::text FROM file_mgr.files
      WHERE id = ${id}::uuid AND user_id = ${owner.userId}::uuid AND tenant_id = ${owner.tenantId}::uuid AND deleted_at IS NOT NULL FOR UPDATE`;
    if (!row) throw notFound('File', id);
    await charge(tx, owner, row.size_bytes);
    const folderLive = row.folder_id ? await tx.folder.count({ where: { id: row.folder_id, deletedAt: null } }) : 0;
    return tx.file.update({ where: { id }, data: { deletedAt: null, folderId: folderLive ? row.folder_id : null } });
  });
}
