// One part of a resumable upload: streamed to storage aside, its size and SHA-256 checked, then
// recorded on the session under the session's row lock. Parts may come in any order and again:
// the same bytes again are accepted (idempotent), different bytes are PART_CONFLICT.
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Db } from '../../kit/prisma.ts';
import { AppError, ErrorCode, notFound } from '../../kit/errors.ts';
import { SizeMismatchError, storage } from '../../kit/storage.ts';
import { expectedPartSize, isOpen, partsOf, partsPrefix, uploadClosed, type ReceivedPart } from './sessions.ts';

/** Bytes past a part's size still read (and dropped) so the client hears why, before hanging up. */
const DRAIN_LIMIT = 1024 * 1024;

export interface PartReceipt {
  partNumber: number;
  sizeBytes: number;
  sha256: string;
  /** True when this part had already arrived with these bytes. */
  duplicate: boolean;
  partsReceived: number;
  partCount: number;
}

const sizeMismatch = (n: number, expected: number, got: number | string) =>
  new AppError(ErrorCode.PART_SIZE_MISMATCH, `Part ${n} must be exactly ${expected} bytes, got ${got}.`, { expectedBytes: expected });

/** Receives part `n` of session `sessionId` from `body` (the caller checked the upload token). */
export async function receivePart(db: Db, sessionId: string, n: number, body: AsyncIterable<Buffer>, declaredLength?: number): Promise<PartReceipt> {
  const session = await db.uploadSession.findUnique({ where: { id: sessionId } });
  if (!session) throw notFound('Upload', sessionId);
  if (!isOpen(session)) throw uploadClosed(session);
  if (!Number.isInteger(n) || n < 1 || n > session.partsTotal) throw new AppError(ErrorCode.PART_OUT_OF_RANGE, `Part numbers of this upload are 1 to ${session.partsTotal}.`, { partCount: session.partsTotal });
  const expected = expectedPartSize(session, n);
  if (declaredLength !== undefined && declaredLength !== expected) throw sizeMismatch(n, expected, declaredLength);

  // Written under a name of its own, so two sends of one part never share a file.
  const key = `${partsPrefix(sessionId)}/${n}.${randomBytes(6).toString('hex')}`;
  const hash = createHash('sha256');
  let size = 0;
  const limited = Readable.from((async function* () {
    for await (const chunk of body) {
      size += chunk.length;
      if (size > expected + DRAIN_LIMIT) throw sizeMismatch(n, expected, `more than ${expected + DRAIN_LIMIT}`);
      if (size > expected) continue; // drained, not stored: the part is refused below
      hash.update(chunk);
      yield chunk;
    }
  })());
  try {
    // The size is known: the S3 driver streams the part in one request, buffering nothing.
    await storage().put(key, limited, { size: expected });
  } catch (error) {
    // A body shorter than the part: nothing was stored.
    if (error instanceof SizeMismatchError) throw sizeMismatch(n, expected, size);
    throw error;
  }
  const discard = () => storage().delete(key);
  if (size !== expected) {
    await discard();
    throw sizeMismatch(n, expected, size);
  }
  const sha256 = hash.digest('hex');

  let receipt: PartReceipt;
  try {
    receipt = await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM file_mgr.upload_sessions WHERE id = ${sessionId}::uuid FOR UPDATE`;
      const current = await tx.uploadSession.findUniqueOrThrow({ where: { id: sessionId } });
      if (!isOpen(current)) throw uploadClosed(current);
      const parts = partsOf(current);
      const earlier = parts.find((p) => p.n === n);
      if (earlier) {
        if (earlier.etag !== sha256) throw new AppError(ErrorCode.PART_CONFLICT, `Part ${n} already arrived with other bytes; abort the upload to start again.`, { partNumber: n });
        return { partNumber: n, sizeBytes: size, sha256, duplicate: true, partsReceived: parts.length, partCount: current.partsTotal };
      }
      const part: ReceivedPart = { n, etag: sha256, size, key };
      await tx.uploadSession.update({ where: { id: sessionId }, data: { parts: [...parts, part] as never, partsCompleted: parts.length + 1, status: 'Uploading' } });
      return { partNumber: n, sizeBytes: size, sha256, duplicate: false, partsReceived: parts.length + 1, partCount: current.partsTotal };
    });
  } catch (error) {
    await discard();
    throw error;
  }
  if (receipt.duplicate) await discard();
  return receipt;
}
