// A project's named assets (seed 000): footage, image, audio or font files the AE project
// references by name. Added from a file the administrator uploaded (copied into the catalog);
// deleting one removes the row and the catalog's copy, while the upload stays in its owner's files.
import { randomUUID } from 'node:crypto';
import type { AssetType } from '../../../prisma/generated/client/enums.ts';
import type { ProjectAsset } from '../../../prisma/generated/client/client.ts';
import type { Caller } from '../../kit/auth.ts';
import { AppError, ErrorCode, badInput, notFound } from '../../kit/errors.ts';
import type { Peers } from '../../kit/peers.ts';
import type { Db } from '../../kit/prisma.ts';
import { callersFile, copyIntoCatalog, forgetObject, storageUri } from './uploaded-files.ts';

/** What each kind of asset may be (the file service's sniffed types). */
export const ASSET_TYPES: Record<AssetType, readonly string[]> = {
  Footage: ['video/mp4', 'video/quicktime', 'video/webm'],
  Image: ['image/png', 'image/jpeg', 'image/gif', 'image/webp'],
  Audio: ['audio/mpeg', 'audio/wav', 'audio/ogg', 'audio/flac', 'audio/mp4'],
  Font: ['font/ttf', 'font/otf', 'font/woff', 'font/woff2'],
};

export interface AddAsset {
  projectId: string;
  name: string;
  kind: AssetType;
  fileId: string;
}

/** The name the AE project uses: kept as given (trimmed), any characters but control ones. */
export function assetName(raw: string): string {
  const name = raw.trim();
  // eslint-disable-next-line no-control-regex
  if (!name || name.length > 200 || /[\u0000-\u001f\u007f]/.test(name)) throw badInput('name must be 1 to 200 characters without control characters.', 'name');
  return name;
}

const nameTaken = (name: string) => new AppError(ErrorCode.CONFLICT, `The project already has an asset named "${name.slice(0, 200)}".`, { field: 'name' });

export async function addAsset(db: Db, peers: Peers, caller: Caller, input: AddAsset): Promise<ProjectAsset> {
  const name = assetName(input.name);
  if (!(await db.project.findUnique({ where: { id: input.projectId }, select: { id: true } }))) throw notFound('Project', input.projectId);
  // Asked first so a taken name costs no copy; the unique index decides races below.
  if (await db.projectAsset.findUnique({ where: { projectId_name: { projectId: input.projectId, name } }, select: { id: true } })) throw nameTaken(name);
  const file = await callersFile(peers, caller, input.fileId, ASSET_TYPES[input.kind], `a ${input.kind.toLowerCase()} file`);
  const id = randomUUID();
  const key = `catalog/projects/${input.projectId}/assets/${id}`;
  const { md5, size } = await copyIntoCatalog(file, key);
  try {
    return await db.projectAsset.create({
      data: {
        id, projectId: input.projectId, name, assetType: input.kind, fileName: file.name, storageKey: key, url: storageUri(key),
        mimeType: file.mimeType, sizeBytes: BigInt(size), md5, uploadedBy: caller.kind === 'user' ? caller.userId : null,
      },
    });
  } catch (error) {
    await forgetObject(key);
    const code = (error as { code?: string }).code;
    if (code === 'P2002') throw nameTaken(name);
    if (code === 'P2003') throw notFound('Project', input.projectId);
    throw error;
  }
}

/** Removes the asset and the catalog's copy of its file; false when there was no such asset. */
export async function deleteAsset(db: Db, id: string): Promise<boolean> {
  const [deleted] = await db.$queryRaw<{ storage_key: string }[]>`DELETE FROM content.project_assets WHERE id = ${id}::uuid RETURNING storage_key`;
  if (!deleted) return false;
  await forgetObject(deleted.storage_key);
  return true;
}
