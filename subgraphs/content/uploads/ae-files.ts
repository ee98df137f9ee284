// A project's After Effects file: an .aep (RIFX) or .aepx the administrator uploaded, copied into
// the catalog with its MD5 (the nodes' cache key). It is `Uploaded` until a render node holds it
// (`Ready`, on render's `render.ae-file-verified` event: events/ae-file-verified.ts); the
// publishing rules and render's submission accept both.
import type { Caller } from '../../kit/auth.ts';
import { badInput, notFound } from '../../kit/errors.ts';
import type { Peers } from '../../kit/peers.ts';
import type { Db } from '../../kit/prisma.ts';
import { callersFile, copyIntoCatalog, forgetObject, keyOfUri, storageUri } from './uploaded-files.ts';

export const AE_PROJECT_TYPES = ['application/vnd.adobe.aftereffects.project', 'application/vnd.adobe.aftereffects.project+xml'] as const;

export interface AttachAeFile {
  projectId: string;
  fileId: string;
  aeVersion?: string | null;
  mainComp?: string | null;
}

const optionalText = (value: string | null | undefined, field: string, max: number) => {
  if (value === undefined || value === null) return undefined;
  const text = value.trim();
  // eslint-disable-next-line no-control-regex
  if (!text || text.length > max || /[\u0000-\u001f\u007f]/.test(text)) throw badInput(`${field} must be 1 to ${max} characters without control characters.`, field);
  return text;
};

export async function attachAeFile(db: Db, peers: Peers, caller: Caller, input: AttachAeFile): Promise<void> {
  const aeVersion = optionalText(input.aeVersion, 'aeVersion', 32);
  const mainComp = optionalText(input.mainComp, 'mainComp', 255);
  const project = await db.project.findUnique({ where: { id: input.projectId }, select: { aepFileUrl: true } });
  if (!project) throw notFound('Project', input.projectId);
  const file = await callersFile(peers, caller, input.fileId, AE_PROJECT_TYPES, 'an After Effects project');
  const extension = file.mimeType.endsWith('+xml') ? 'aepx' : 'aep';
  const key = `catalog/projects/${input.projectId}/ae/${file.id}.${extension}`;
  const { md5, size } = await copyIntoCatalog(file, key);

  let previous = null as string | null;
  try {
    await db.$transaction(async (tx) => {
      // The row lock orders concurrent attaches: each sees the file the one before it left.
      const [locked] = await tx.$queryRaw<{ aep_file_url: string | null }[]>`SELECT aep_file_url FROM content.projects WHERE id = ${input.projectId}::uuid FOR UPDATE`;
      if (!locked) throw notFound('Project', input.projectId);
      previous = keyOfUri(locked.aep_file_url);
      await tx.project.update({
        where: { id: input.projectId },
        data: {
          aepFileUrl: storageUri(key), aepFileMd5: md5, aepFileSizeBytes: BigInt(size), aeStatus: 'Uploaded',
          ...(aeVersion !== undefined ? { aeVersion } : {}), ...(mainComp !== undefined ? { mainComp } : {}),
        },
      });
    });
  } catch (error) {
    // The same file attached before keeps its object: only a copy nobody names goes.
    if (key !== keyOfUri(project.aepFileUrl) && key !== previous) await forgetObject(key);
    throw error;
  }
  if (previous !== key) await forgetObject(previous);
}
