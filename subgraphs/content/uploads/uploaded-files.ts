// Files an administrator uploaded through the file subgraph's resumable uploads, taken into the
// catalog. file owns uploads and quotas; content asks it (service call) what a file id is, and
// keeps its own copy of the bytes under `catalog/...` (as render keeps its exports), so a project
// keeps working whatever happens to the upload in its owner's file space later.
import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import { AppError, ErrorCode, notFound, uuidArg } from '../../kit/errors.ts';
import type { Caller } from '../../kit/auth.ts';
import type { Peers } from '../../kit/peers.ts';
import { storage } from '../../kit/storage.ts';

/** A ready file as the file service describes it. */
export interface UploadedFile {
  id: string;
  tenantId: string;
  userId: string;
  name: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string | null;
  storageKey: string;
}

const SERVICE_FILE = 'query($id: ID!) { serviceFile(id: $id) { id tenantId userId name mimeType sizeBytes sha256 storageKey } }';

/** How catalog objects are named in URL columns: a key of the shared storage (content's own prefix). */
export const storageUri = (key: string) => `storage://${key}`;

/**
 * The caller's own ready file with one of `types`. Someone else's file, a trashed or unfinished
 * one, or no such file is NOT_FOUND (the id tells nothing); another type is UNSUPPORTED_FILE_TYPE.
 * Administrators included: the catalog is public, so nobody's private upload is pulled into it.
 */
export async function callersFile(peers: Peers, caller: Caller, fileId: string, types: readonly string[], what: string): Promise<UploadedFile> {
  const id = uuidArg(fileId, 'fileId');
  const { serviceFile: file } = await peers.asService<{ serviceFile: UploadedFile | null }>('file', SERVICE_FILE, { id });
  if (!file || caller.kind !== 'user' || file.userId !== caller.userId || file.tenantId !== caller.tenantId) throw notFound('File', id);
  if (!types.includes(file.mimeType)) {
    throw new AppError(ErrorCode.UNSUPPORTED_FILE_TYPE, `${file.name} is ${file.mimeType}, not ${what} (${types.join(', ')}).`, { field: 'fileId', mimeType: file.mimeType });
  }
  return file;
}

/**
 * Copies a file's bytes to a catalog key, checking them against what the file service recorded,
 * and returns their MD5 (render nodes cache AE files by it).
 */
export async function copyIntoCatalog(file: UploadedFile, key: string): Promise<{ md5: string; size: number }> {
  const object = await storage().open(file.storageKey);
  if (!object) throw notFound('File', file.id);
  const md5 = createHash('md5');
  const sha256 = createHash('sha256');
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      md5.update(chunk);
      sha256.update(chunk);
      done(null, chunk);
    },
  });
  // pipe() does not pass a read error on: without this the copy would wait forever.
  object.stream.on('error', (error) => hashing.destroy(error));
  const { size } = await storage().put(key, object.stream.pipe(hashing));
  if (BigInt(size) !== BigInt(file.sizeBytes) || (file.sha256 && sha256.digest('hex') !== file.sha256)) {
    await storage().delete(key);
    throw new AppError(ErrorCode.CHECKSUM_MISMATCH, `The stored bytes of ${file.name} do not match what was uploaded.`, { field: 'fileId' });
  }
  return { md5: md5.digest('hex'), size };
}

/** Deletes a catalog object a row no longer names; a failure leaves an orphan, never a broken row. */
export async function forgetObject(key: string | null | undefined): Promise<void> {
  if (!key?.startsWith('catalog/')) return;
  await storage().delete(key).catch(() => undefined);
}

/** The storage key inside a `storage://` URI, or null for anything else (seeded CDN URLs). */
export const keyOfUri = (uri: string | null | undefined) => (uri?.startsWith('storage://') ? uri.slice('storage://'.length) : null);
