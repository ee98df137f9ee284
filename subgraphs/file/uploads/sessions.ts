// Resumable multipart uploads: initUpload reserves the size against the quota and opens a
// session; parts arrive over HTTP in any order (parts.ts); completeUpload checks and assembles
// them, sniffs the type and, in one transaction, charges the quota and creates the file; abort and
// expiry delete the parts. Every failure leaves no file row and no assembled object behind.
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { File, UploadSession } from '../../../prisma/generated/client/client.ts';
import type { Db } from '../../kit/prisma.ts';
import { AppError, ErrorCode, badInput, notFound } from '../../kit/errors.ts';
import { SizeMismatchError, storage } from '../../kit/storage.ts';
import { liveFolder } from '../library/folders.ts';
import { cleanName } from '../library/names.ts';
import { charge, lockQuota, quotaExceeded, type Owner } from '../library/quota.ts';
import { ALLOWED_TYPES, isAllowedType, sniffType, type AllowedType } from './file-types.ts';

/** A received part as kept in upload_sessions.parts (the seed's shape plus where it is stored). */
export interface ReceivedPart {
  n: number;
  /** SHA-256 hex of the part's bytes. */
  etag: string;
  size: number;
  key: string;
}

const MiB = 1024 * 1024;
/** Part size when the client does not choose (FILE_PART_SIZE_BYTES, default 8 MiB). */
const defaultPartSize = () => Number(process.env.FILE_PART_SIZE_BYTES ?? 8 * MiB);
export const MIN_PART_SIZE = 1024;
export const MAX_PART_SIZE = 64 * MiB;
export const MAX_PARTS = 10_000;
/** Largest single file (FILE_MAX_UPLOAD_BYTES, default 5 GiB); a quota's max_file_size_bytes may lower it. */
const maxUploadBytes = () => BigInt(process.env.FILE_MAX_UPLOAD_BYTES ?? 5n * 1024n ** 3n);
/** How long a session stays open (FILE_UPLOAD_TTL_HOURS, default 24 as in the seed). */
const sessionTtlMs = () => Number(process.env.FILE_UPLOAD_TTL_HOURS ?? 24) * 3_600_000;

/** Sessions still taking parts (their size is reserved against the quota). */
export const OPEN_STATUSES = ['Pending', 'Uploading'] as const;

export const partsOf = (session: Pick<UploadSession, 'parts'>): ReceivedPart[] => (session.parts as unknown as ReceivedPart[]) ?? [];
export const partsPrefix = (sessionId: string) => `uploads/${sessionId}`;
/** The id the file will have: the last segment of the session's storage key. */
export const fileIdOf = (session: Pick<UploadSession, 'storageKey'>) => session.storageKey.slice(session.storageKey.lastIndexOf('/') + 1);

/** The size part n must have: the part size, or what is left for the last one. */
export function expectedPartSize(session: Pick<UploadSession, 'totalSizeBytes' | 'partSizeBytes' | 'partsTotal'>, n: number): number {
  return n < session.partsTotal ? session.partSizeBytes : Number(session.totalSizeBytes - BigInt(session.partSizeBytes) * BigInt(session.partsTotal - 1));
}

export const isOpen = (session: Pick<UploadSession, 'status' | 'expiresAt'>, now = new Date()) =>
  (OPEN_STATUSES as readonly string[]).includes(session.status) && session.expiresAt > now;

export const uploadClosed = (session: Pick<UploadSession, 'status' | 'expiresAt'>) =>
  new AppError(ErrorCode.UPLOAD_CLOSED, session.status === 'Completing'
    ? 'This upload is being completed right now.'
    : `This upload is ${(OPEN_STATUSES as readonly string[]).includes(session.status) ? 'expired' : session.status.toLowerCase()}: start a new one.`, { status: session.status });

export interface InitUploadInput {
  folderId: string | null;
  name: string;
  mimeType: string;
  sizeBytes: bigint;
  partSize?: number | null;
  sha256?: string | null;
}

/** Opens a session after checking the name, type, size and quota (nothing is stored on failure). */
export async function initUpload(db: Db, owner: Owner, input: InitUploadInput): Promise<UploadSession> {
  const name = cleanName(input.name);
  const mimeType = input.mimeType.trim().toLowerCase();
  if (!isAllowedType(mimeType)) throw new AppError(ErrorCode.UNSUPPORTED_FILE_TYPE, `Files of type "${mimeType.slice(0, 100)}" cannot be uploaded. Allowed: ${ALLOWED_TYPES.join(', ')}.`, { field: 'mimeType' });
  const size = input.sizeBytes;
  if (size < 1n) throw badInput('sizeBytes must be at least 1.', 'sizeBytes');
  if (size > maxUploadBytes()) throw new AppError(ErrorCode.FILE_TOO_LARGE, `A file may be at most ${maxUploadBytes()} bytes.`, { field: 'sizeBytes' });
  const partSize = input.partSize ?? defaultPartSize();
  if (!Number.isInteger(partSize) || partSize < MIN_PART_SIZE || partSize > MAX_PART_SIZE) throw badInput(`partSize must be ${MIN_PART_SIZE} to ${MAX_PART_SIZE} bytes.`, 'partSize');
  const partsTotal = Number((size + BigInt(partSize) - 1n) / BigInt(partSize));
  if (partsTotal > MAX_PARTS) throw badInput(`A file is at most ${MAX_PARTS} parts: choose a larger partSize.`, 'partSize');
  const sha256 = input.sha256?.trim().toLowerCase() || null;
  if (sha256 && !/^[0-9a-f]{64}$/.test(sha256)) throw badInput('sha256 must be 64 hexadecimal digits.', 'sha256');
  const folder = input.folderId ? await liveFolder(db, owner, input.folderId) : null;

  return db.$transaction(async (tx) => {
    const quota = await lockQuota(tx, owner);
    if (quota.max_file_size_bytes !== null && size > quota.max_file_size_bytes) throw new AppError(ErrorCode.FILE_TOO_LARGE, `Your plan allows files up to ${quota.max_file_size_bytes} bytes.`, { field: 'sizeBytes' });
    // Open sessions hold their size: with the quota row locked, parallel inits see each other.
    const [{ reserved }] = await tx.$queryRaw<{ reserved: bigint }[]>`SELECT COALESCE(SUM(total_size_bytes), 0)::bigint AS reserved FROM file_mgr.upload_sessions
      WHERE user_id = ${owner.userId}::uuid AND status IN ('Pending', 'Uploading', 'Completing') AND expires_at > now()`;
    const free = quota.quota_bytes - quota.used_bytes - reserved;
    if (size > free) throw quotaExceeded(size, free);
    const id = randomUUID();
    return tx.uploadSession.create({
      data: {
        id, tenantId: owner.tenantId, userId: owner.userId, folderId: folder?.id ?? null, fileName: name, mimeType,
        totalSizeBytes: size, partSizeBytes: partSize, partsTotal,
        storageKey: `files/${owner.tenantId}/${owner.userId}/${randomUUID()}`,
        // No object-store multipart upload behind either driver (parts are objects of their own,
        // composed on completion: see completeUpload): the session is its own upload id.
        s3UploadId: `${storage().driver}:${id}`,
        expectedChecksum: sha256, expiresAt: new Date(Date.now() + sessionTtlMs()),
      },
    });
  });
}

/** One of the user's sessions, whatever its state, or NOT_FOUND. */
export async function ownSession(db: Db, owner: Owner, id: string): Promise<UploadSession> {
  const session = await db.uploadSession.findFirst({ where: { id, userId: owner.userId, tenantId: owner.tenantId } });
  if (!session) throw notFound('Upload', id);
  return session;
}

/**
 * Ends a session in one of the `from` states with `status` and deletes its parts. The conditional
 * update is the claim: false (and nothing deleted) when the session had moved on meanwhile.
 */
export async function endSession(db: Db, id: string, status: 'Aborted' | 'Expired', from: readonly string[] = OPEN_STATUSES): Promise<boolean> {
  const ended = await db.uploadSession.updateMany({ where: { id, status: { in: from as never } }, data: { status } });
  if (ended.count !== 1) return false;
  await storage().deletePrefix(partsPrefix(id));
  return true;
}

/** Stops an upload and deletes its parts. Aborting twice is fine; a completed (or completing) upload stays. */
export async function abortUpload(db: Db, owner: Owner, id: string): Promise<UploadSession> {
  const session = await ownSession(db, owner, id);
  if (session.status === 'Completed' || session.status === 'Completing') throw uploadClosed(session);
  await endSession(db, id, 'Aborted');
  const current = await db.uploadSession.findUniqueOrThrow({ where: { id } });
  if (current.status !== 'Aborted' && current.status !== 'Expired') throw uploadClosed(current);
  return current;
}

/**
 * The parts one after the other, as one stream, each chunk also given to `seen`. Each part is
 * opened only when the one before it has been read, so one connection to the storage at a time.
 */
function concatenate(parts: ReceivedPart[], seen: (chunk: Buffer) => void = () => undefined): Readable {
  return Readable.from((async function* () {
    for (const part of parts) {
      const object = await storage().open(part.key);
      if (!object) throw new Error(`part ${part.n} is missing from storage`);
      for await (const chunk of object.stream) {
        seen(chunk as Buffer);
        yield chunk as Buffer;
      }
    }
  })(), { objectMode: false });
}

/**
 * Assembles the parts into the file. Idempotent: completing a completed upload returns its file.
 * On both drivers the parts are plain objects streamed in order through SHA-256 into the file's
 * object (on S3 one streamed request up to 64 MiB, a multipart upload of its own beyond), then
 * deleted: every part size from 1 KiB works (S3's UploadPartCopy wants 5 MiB), the checksum needs
 * every byte read anyway, and a part sent twice at once can never overwrite the other (each send
 * is its own object).
 * A storage failure on the way (STORAGE_UNAVAILABLE) reopens the session: complete again later.
 * UPLOAD_INCOMPLETE (parts missing) and QUOTA_EXCEEDED keep the session open, so the client can
 * send the rest or free space and complete again; UNSUPPORTED_FILE_TYPE and CHECKSUM_MISMATCH end
 * it (the same bytes can never pass) and delete its parts.
 */
export async function completeUpload(db: Db, owner: Owner, id: string): Promise<File> {
  const claimed = await db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM file_mgr.upload_sessions
      WHERE id = ${id}::uuid AND user_id = ${owner.userId}::uuid AND tenant_id = ${owner.tenantId}::uuid FOR UPDATE`;
    if (!locked) throw notFound('Upload', id);
    const session = await tx.uploadSession.findUniqueOrThrow({ where: { id } });
    if (session.status === 'Completed') return { session, done: true };
    if (!isOpen(session)) throw uploadClosed(session);
    const received = new Set(partsOf(session).map((p) => p.n));
    const missing = Array.from({ length: session.partsTotal }, (_, i) => i + 1).filter((n) => !received.has(n));
    if (missing.length) throw new AppError(ErrorCode.UPLOAD_INCOMPLETE, `Parts ${missing.slice(0, 20).join(', ')}${missing.length > 20 ? '…' : ''} have not arrived.`, { missingParts: missing.slice(0, 1000) });
    await tx.uploadSession.update({ where: { id }, data: { status: 'Completing' } });
    return { session, done: false };
  });
  const { session } = claimed;
  if (claimed.done) {
    // Completed before: the same file, unless it has been purged since.
    const done = await db.file.findFirst({ where: { id: fileIdOf(session), deletedAt: null } });
    if (!done) throw notFound('File', fileIdOf(session));
    return done;
  }

  const parts = partsOf(session).sort((a, b) => a.n - b.n);
  const reopen = () => db.uploadSession.updateMany({ where: { id, status: 'Completing' }, data: { status: 'Uploading' } });
  const fail = async (error: AppError) => {
    await endSession(db, id, 'Aborted', ['Completing']);
    return error;
  };

  // The type from the content: file-type reads as far into the parts as the format needs.
  let type: AllowedType | null;
  try {
    type = await sniffType(concatenate(parts));
  } catch (error) {
    await reopen();
    throw error;
  }
  if (!type) throw await fail(new AppError(ErrorCode.UNSUPPORTED_FILE_TYPE, `The file's content is not one of the allowed types (${ALLOWED_TYPES.join(', ')}).`));

  const hash = createHash('sha256');
  let written: number;
  try {
    written = (await storage().put(session.storageKey, concatenate(parts, (chunk) => hash.update(chunk)), { size: Number(session.totalSizeBytes) })).size;
  } catch (error) {
    // Parts that no longer add up (each was checked on arrival): the same parts never will.
    if (error instanceof SizeMismatchError) throw await fail(new AppError(ErrorCode.PART_SIZE_MISMATCH, `The parts add up to ${error.actual} bytes, not the ${session.totalSizeBytes} declared.`));
    await reopen();
    throw error;
  }
  const checksum = hash.digest('hex');
  const discard = () => storage().delete(session.storageKey);
  if (BigInt(written) !== session.totalSizeBytes) {
    await discard();
    throw await fail(new AppError(ErrorCode.PART_SIZE_MISMATCH, `The parts add up to ${written} bytes, not the ${session.totalSizeBytes} declared.`));
  }
  if (session.expectedChecksum && session.expectedChecksum !== checksum) {
    await discard();
    throw await fail(new AppError(ErrorCode.CHECKSUM_MISMATCH, `The file's SHA-256 is ${checksum}, not the ${session.expectedChecksum} given at initUpload.`));
  }

  let file: File;
  try {
    file = await db.$transaction(async (tx) => {
      await charge(tx, owner, session.totalSizeBytes);
      // A folder trashed meanwhile: the file lands at the root rather than being lost.
      const folderLive = session.folderId ? await tx.folder.count({ where: { id: session.folderId, deletedAt: null } }) : 0;
      const created = await tx.file.create({
        data: {
          id: fileIdOf(session), tenantId: owner.tenantId, userId: owner.userId, folderId: folderLive ? session.folderId : null,
          name: session.fileName, mimeType: type, sizeBytes: session.totalSizeBytes, storageBucket: storage().bucket, storageKey: session.storageKey,
          checksum, status: 'Ready',
        },
      });
      const closed = await tx.uploadSession.updateMany({ where: { id, status: 'Completing' }, data: { status: 'Completed', fileId: created.id, completedAt: new Date() } });
      if (closed.count !== 1) throw uploadClosed({ status: 'Expired', expiresAt: session.expiresAt });
      return created;
    });
  } catch (error) {
    await discard();
    await reopen();
    throw error;
  }
  await storage().deletePrefix(partsPrefix(id));
  return file;
}
