// How a delivery proves it came from FlatRender: `X-FlatRender-Signature: t=<unix seconds>,v1=<hex>`
// where hex is the HMAC-SHA256, keyed with the webhook's signing secret, of `<t>.<raw body>`.
// Receivers recompute it, compare in constant time and refuse old timestamps (replays).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { secretBox } from '../../kit/secret-box.ts';

/** Signing secrets at rest: AES-256-GCM under IDENTITY_SECRET_KEY (they must stay recoverable to sign). */
export const webhookSecrets = secretBox('IDENTITY_SECRET_KEY', 'webhook signing secrets');

export const SIGNATURE_HEADER = 'X-FlatRender-Signature';
export const EVENT_HEADER = 'X-FlatRender-Event';
export const DELIVERY_HEADER = 'X-FlatRender-Delivery';

export function signatureHeader(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): string {
  return `t=${timestamp},v1=${hmac(secret, timestamp, body)}`;
}

const hmac = (secret: string, timestamp: number, body: string) => createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');

/** What a receiver does (tests use it as a partner would): true when the header is genuine and fresh. */
export function verifySignature(secret: string, body: string, header: string, toleranceSeconds = 300, now = Date.now() / 1000): boolean {
  const parts = Object.fromEntries(header.split(',').map((part) => part.trim().split('=', 2) as [string, string]));
  const timestamp = Number(parts.t);
  if (!Number.isSafeInteger(timestamp) || Math.abs(now - timestamp) > toleranceSeconds || !/^[0-9a-f]{64}$/.test(parts.v1 ?? '')) return false;
  return timingSafeEqual(Buffer.from(parts.v1, 'hex'), Buffer.from(hmac(secret, timestamp, body), 'hex'));
}
