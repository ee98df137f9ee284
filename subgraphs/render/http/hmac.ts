// NodeHmac: node agents sign each request with their secret. X-Node-Timestamp is unix seconds;
// X-Node-Signature is lowercase hex HMAC-SHA256 over "{timestamp}.{METHOD}.{path}.{hex sha256 of
// the raw body}", where path is the URL path as sent (e.g. /v1/internal/nodes/<id>/heartbeat).
// Secrets are stored encrypted (AES-256-GCM): verifying needs the secret itself.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { secretBox } from '../../kit/secret-box.ts';

/** Signatures older (or further in the future) than this are refused. */
export const MAX_SKEW_SECONDS = 5 * 60;

export { sha256Hex } from '../../kit/digest.ts';
import { sha256Hex } from '../../kit/digest.ts';

export function signRequest(secret: string, timestamp: number, method: string, pathname: string, rawBody: Buffer | string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${method.toUpperCase()}.${pathname}.${sha256Hex(rawBody)}`).digest('hex');
}

export type SignatureProblem = 'missing' | 'stale' | 'forged';

/** Why a request's signature is not acceptable, or null when it is. */
export function checkSignature(
  secret: string,
  headers: { timestamp?: string; signature?: string },
  method: string,
  pathname: string,
  rawBody: Buffer,
  now = Date.now(),
): SignatureProblem | null {
  if (!headers.timestamp || !headers.signature) return 'missing';
  if (!/^\d{1,12}$/.test(headers.timestamp) || !/^[0-9a-f]{64}$/.test(headers.signature)) return 'forged';
  const timestamp = Number(headers.timestamp);
  if (Math.abs(now / 1000 - timestamp) > MAX_SKEW_SECONDS) return 'stale';
  const expected = Buffer.from(signRequest(secret, timestamp, method, pathname, rawBody), 'hex');
  return timingSafeEqual(expected, Buffer.from(headers.signature, 'hex')) ? null : 'forged';
}

/** A new node secret, shown once to the administrator who registers the node. */
export const newNodeSecret = () => `frn_${randomBytes(32).toString('base64url')}`;

const nodeSecrets = secretBox('RENDER_SECRET_KEY', 'render node secrets');
export const encryptSecret = (secret: string) => nodeSecrets.seal(secret);
export const decryptSecret = (stored: Uint8Array) => nodeSecrets.open(stored);

/** A signed node request that was already received (a replay): nothing was recorded again. */
export class ReplayedRequest extends Error {}

/** A signed frame report for a frame job that is not (or no longer) the signing node's. */
export class ForeignFrameJob extends Error {}
