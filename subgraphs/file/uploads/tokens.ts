// The per-session upload token: parts are sent with `Authorization: Bearer <token>`, an HMAC of
// the session id, so a long upload needs no access-token refreshes, uploadStatus can hand the
// same token out again for a resume, and any replica can check it.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

let fallbackSecret: string | undefined;
/** FILE_SECRET_KEY, else SERVICE_SECRET (every replica has it), else one per process. */
function key(): Buffer {
  const secret = process.env.FILE_SECRET_KEY ?? process.env.SERVICE_SECRET ?? (fallbackSecret ??= randomBytes(32).toString('hex'));
  return createHash('sha256').update(`upload-tokens:${secret}`).digest();
}

export const uploadToken = (sessionId: string): string => `fru_${createHmac('sha256', key()).update(sessionId).digest('base64url')}`;

export function isUploadToken(sessionId: string, token: string): boolean {
  const expected = Buffer.from(uploadToken(sessionId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Where the part endpoints are reached: FILE_PUBLIC_URL, PUBLIC_URL, or the local router. */
export const uploadBaseUrl = (): string => (process.env.FILE_PUBLIC_URL ?? process.env.PUBLIC_URL ?? `http://127.0.0.1:${process.env.ROUTER_PORT ?? 4000}`).replace(/\/$/, '');

/** The session's URL; part n is PUT to `<url>/parts/<n>`. */
export const uploadUrl = (sessionId: string): string => `${uploadBaseUrl()}/v1/uploads/${sessionId}`;
