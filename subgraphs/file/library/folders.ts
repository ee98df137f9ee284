// The folder tree: create, rename, move (never into itself), and delete to the trash with its
// files. Changes to one user's tree are serialized by a transaction-scoped advisory lock, so two
// moves at once cannot build a cycle between them.
import type { Folder, Prisma } from '../../../prisma/generated/client/client.ts';
import type { Db } from '../../kit/prisma.ts';
import { AppError, ErrorCode, notFound } from '../../kit/errors.ts';
import { cleanName } from './names.ts';
import { release, type Owner } from './quota.ts';

type Tx = Prisma.TransactionClient;

/** Holds the user's folder tree until the transaction ends. */
export async function lockTree(tx: Tx, owner: Owner): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`file_mgr.tree:${owner.userId}`}, 0))`;
}

/** One of the user's folders that is not in the trash, or NOT_FOUND. */
export async function liveFolder(tx: Tx | Db, owner: Owner, id: string): Promise<Folder> {
  const folder = await tx.folder.findFirst({ where: { id, userId: owner.userId, tenantId: owner.tenantId, deletedAt: null } });
  if (!folder) throw notFound('Folder', id);
  return folder;
}

const isUniqueViolation = (error: unknown) => {
  const e = error as { code?: string; meta?: { code?: string; driverAdapterError?: { cause?: { originalCode?: string } } } };
  return e?.code === 'P2002' || e?.meta?.code === '23505' || e?.meta?.driverAdapterError?.cause?.originalCode === '23505';
};

const nameTaken = (name: string) => new AppError(ErrorCode.CONFLICT, `A folder named "${name}" is already there.`, { field: 'name' });

/** Rewrites the materialized path of a folder and everything under it. */
async function repath(tx: Tx, id: string, path: string): Promise<void> {
  await tx.$executeRaw`WITH RECURSIVE sub(id, path) AS (
      SELECT id, ${path}::text FROM file_mgr.folders WHERE id = ${id}::uuid
      UNION ALL
      SELECT f.id, sub.path || '/' || f.name FROM file_mgr.folders f JOIN sub ON f.parent_id = sub.id
    )
    UPDATE file_mgr.folders f SET path = sub.path FROM sub WHERE f.id = sub.id AND f.path IS DISTINCT FROM sub.path`;
}

export async function createFolder(db: Db, owner: Owner, parentId: string | null, rawName: string): Promise<Folder> {
  const name = cleanName(rawName);
  try {
    return await db.$transaction(async (tx) => {
      await lockTree(tx, owner);
      const parent = parentId ? await liveFolder(tx, owner, parentId) : null;
      return tx.folder.create({ data: { tenantId: owner.tenantId, userId: owner.userId, parentId: parent?.id ?? null, name, path: `${parent?.path ?? ''}/${name}` } });
    });
  } catch (error) {
    throw isUniqueViolation(error) ? nameTaken(name) : error;
  }
}

export async function renameFolder(db: Db, owner: Owner, id: string, rawName: string): Promise<Folder> {
  const name = cleanName(rawName);
  try {
    return await db.$transaction(async (tx) => {
      await lockTree(tx, owner);
      const folder = await liveFolder(tx, owner, id);
      if (folder.name === name) return folder;
      await tx.folder.update({ where: { id }, data: { name } });
      await repath(tx, id, `${folder.path.slice(0, folder.path.length - folder.name.length)}${name}`);
      return tx.folder.findUniqueOrThrow({ where: { id } });
    });
  } catch (error) {
    throw isUniqueViolation(error) ? nameTaken(name) : error;
  }
}

/** Moves a folder under another (null: to the root); FOLDER_CYCLE into itself or below itself. */
export async function moveFolder(db: Db, owner: Owner, id: string, parentId: string | null): Promise<Folder> {
  let moving: Folder | undefined;
  try {
    return await db.$transaction(async (tx) => {
      await lockTree(tx, owner);
      moving = await liveFolder(tx, owner, id);
      const parent = parentId ? await liveFolder(tx, owner, parentId) : null;
      if (parent) {
        const [cycle] = await tx.$queryRaw<{ hit: number }[]>`WITH RECURSIVE up(id, parent_id) AS (
            SELECT id, parent_id FROM file_mgr.folders WHERE id = ${parent.id}::uuid
            UNION ALL
            SELECT f.id, f.parent_id FROM file_mgr.folders f JOIN up ON f.id = up.parent_id
          ) SELECT 1 AS hit FROM up WHERE id = ${id}::uuid LIMIT 1`;
        if (cycle) throw new AppError(ErrorCode.FOLDER_CYCLE, 'A folder cannot move into itself or one of its sub-folders.', { field: 'parentId' });
      }
      if (moving.parentId === (parent?.id ?? null)) return moving;
      await tx.folder.update({ where: { id }, data: { parentId: parent?.id ?? null } });
      await repath(tx, id, `${parent?.path ?? ''}/${moving.name}`);
      return tx.folder.findUniqueOrThrow({ where: { id } });
    });
  } catch (error) {
    throw isUniqueViolation(error) ? nameTaken(moving?.name ?? '') : error;
  }
}

/**
 * Moves a folder, its sub-folders and their files to the trash (purged after the DeletedFiles
 * retention). Trashed files no longer count against the quota. Returns how many files went.
 */
export async function deleteFolder(db: Db, owner: Owner, id: string): Promise<number> {
  return db.$transaction(async (tx) => {
    await lockTree(tx, owner);
    await liveFolder(tx, owner, id);
    const subtree = await tx.$queryRaw<{ id: string }[]>`WITH RECURSIVE sub(id) AS (
        SELECT id FROM file_mgr.folders WHERE id = ${id}::uuid
        UNION ALL
        SELECT f.id FROM file_mgr.folders f JOIN sub ON f.parent_id = sub.id WHERE f.deleted_at IS NULL
      ) SELECT id::text FROM sub`;
    const ids = subtree.map((row) => row.id);
    const now = new Date();
    const trashed = await tx.$queryRaw<{ size_bytes: bigint }[]>`UPDATE file_mgr.files SET deleted_at = ${now}
      WHERE folder_id = ANY(${ids}::uuid[]) AND user_id = ${owner.userId}::uuid AND deleted_at IS NULL RETURNING size_bytes`;
    await tx.folder.updateMany({ where: { id: { in: ids }, deletedAt: null }, data: { deletedAt: now } });
    await release(tx, owner, trashed.reduce((sum, row) => sum + row.size_bytes, 0n), trashed.length);
    return trashed.length;
  });
}
