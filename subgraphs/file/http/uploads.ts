// PUT /v1/uploads/<session id>/parts/<n>: the raw bytes of one part of a resumable upload, with
// `Authorization: Bearer <uploadToken>` (the session's token from initUpload or uploadStatus).
// Answers JSON: the receipt, or { error: CODE, message } with the same codes as GraphQL.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Db } from '../../kit/prisma.ts';
import { sendJson } from '../../kit/http.ts';
import { AppError, ErrorCode } from '../../kit/errors.ts';
import { receivePart } from '../uploads/parts.ts';
import { isUploadToken } from '../uploads/tokens.ts';

const PART_PATH = /^\/v1\/uploads\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/parts\/([^/]{1,12})$/;

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.PART_OUT_OF_RANGE]: 400,
  [ErrorCode.PART_SIZE_MISMATCH]: 400,
  [ErrorCode.PART_CONFLICT]: 409,
  [ErrorCode.UPLOAD_CLOSED]: 409,
  // The storage failed, not the part: send it again later.
  [ErrorCode.STORAGE_UNAVAILABLE]: 503,
};

export const UPLOADS_PREFIX = '/v1/uploads/';

export async function uploadRoutes(req: IncomingMessage, res: ServerResponse, { db, log }: { db: Db; log: Logger }): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(UPLOADS_PREFIX)) return false;
  const fail = (status: number, error: string, message: string, extra: Record<string, unknown> = {}) => sendJson(res, status, { error, message, ...extra });
  const match = PART_PATH.exec(url.pathname);
  if (!match) return (fail(404, ErrorCode.NOT_FOUND, 'Parts are sent to /v1/uploads/<session id>/parts/<n>.'), true);
  if (req.method !== 'PUT') return (fail(405, 'METHOD_NOT_ALLOWED', 'Send a part with PUT.', {}), true);
  const [, sessionId, rawPart] = match;
  const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (!token) return (fail(401, ErrorCode.UNAUTHENTICATED, 'Send the upload token: Authorization: Bearer <uploadToken>.'), true);
  // Not this session's token: answered as if there were no such session.
  if (!isUploadToken(sessionId, token)) return (fail(404, ErrorCode.NOT_FOUND, `Upload ${sessionId} was not found.`), true);
  if (!/^\d{1,5}$/.test(rawPart)) return (fail(400, ErrorCode.PART_OUT_OF_RANGE, 'The part number must be a positive integer.'), true);
  const lengthHeader = req.headers['content-length'];
  const declared = lengthHeader === undefined ? undefined : Number(lengthHeader);
  try {
    const receipt = await receivePart(db, sessionId, Number(rawPart), req, declared);
    sendJson(res, 200, receipt, { etag: `"${receipt.sha256}"` });
  } catch (error) {
    if (error instanceof AppError) {
      const code = String(error.extensions.code);
      const { code: _code, ...extra } = error.extensions;
      if (!res.headersSent && !res.destroyed) fail(STATUS[code] ?? 400, code, error.message, extra);
      return true;
    }
    // The client went away mid-body: nothing was kept, and nobody is listening for an answer.
    if (req.destroyed || (error as { code?: string }).code === 'ECONNRESET' || (error as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE') return true;
    log.error({ err: error }, 'part upload failed');
    if (!res.headersSent) fail(500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
  }
  return true;
}
