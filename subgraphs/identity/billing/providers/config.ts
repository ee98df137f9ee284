// Which payment gateway billing talks to, from the environment (read per use, validated with zod):
// Zarinpal itself, or the local gateway that speaks the same protocol (development and tests).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { ZarinpalProvider } from './zarinpal.ts';
import { LocalGateway } from './local-gateway.ts';
import type { PaymentProvider } from './provider.ts';

/** The merchant id the local gateway expects (Zarinpal's are 36 characters). */
export const LOCAL_MERCHANT_ID = 'flatrender-local-merchant-0000000000';
/** Where the identity process mounts its own local gateway (PAYMENT_PROVIDER=local only). */
export const LOCAL_GATEWAY_PATH = '/local-gateway';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** zarinpal (default in production) or local (default otherwise; refused in production). */
  PAYMENT_PROVIDER: z.enum(['zarinpal', 'local']).optional(),
  /** Zarinpal's origin; https://sandbox.zarinpal.com for its sandbox. */
  ZARINPAL_BASE_URL: z.string().url().default('https://payment.zarinpal.com'),
  ZARINPAL_MERCHANT_ID: z.string().length(36).optional(),
  /** The local gateway's address (default: the one this identity process serves). */
  PAYMENT_GATEWAY_URL: z.string().url().optional(),
  /** The studio page the gateway sends the payer back to; it calls verifyPayment. */
  PAYMENT_CALLBACK_URL: z.string().url().optional(),
  PUBLIC_URL: z.string().url().default('http://127.0.0.1:4000'),
  IDENTITY_PORT: z.string().optional(),
  PORT: z.string().optional(),
});

export interface BillingConfig {
  provider: PaymentProvider;
  callbackUrl: string;
}

/** Reads the payment settings; throws a readable Error when they are wrong (reported as PAYMENT_PROVIDER_UNAVAILABLE). */
export function billingConfig(env: NodeJS.ProcessEnv = process.env): BillingConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw new Error(`Payment settings are invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const e = parsed.data;
  const kind = e.PAYMENT_PROVIDER ?? (e.NODE_ENV === 'production' ? 'zarinpal' : 'local');
  const callbackUrl = e.PAYMENT_CALLBACK_URL ?? `${e.PUBLIC_URL.replace(/\/+$/, '')}/payments/callback`;
  if (kind === 'local') {
    if (e.NODE_ENV === 'production') throw new Error('PAYMENT_PROVIDER=local is for development only.');
    const baseUrl = e.PAYMENT_GATEWAY_URL ?? `http://127.0.0.1:${e.IDENTITY_PORT ?? e.PORT ?? 4001}${LOCAL_GATEWAY_PATH}`;
    return { provider: new ZarinpalProvider({ name: 'local', baseUrl, merchantId: LOCAL_MERCHANT_ID }), callbackUrl };
  }
  if (!e.ZARINPAL_MERCHANT_ID) throw new Error('ZARINPAL_MERCHANT_ID is not set.');
  return { provider: new ZarinpalProvider({ name: 'zarinpal', baseUrl: e.ZARINPAL_BASE_URL, merchantId: e.ZARINPAL_MERCHANT_ID }), callbackUrl };
}

const lockTimeout = z.coerce.number().int().min(50).max(14_000).default(10_000);

/**
 * How long verifying a payment waits for the payment row while another verification of it holds
 * the row (PAYMENT_VERIFY_LOCK_TIMEOUT_MS, default 10 s). It stays well inside the verification's
 * 30-second transaction, which must also fit the gateway's answer (at most 15 s), so a verification
 * that waits too long fails cleanly (RETRY_LATER) instead of running out of transaction.
 */
export function verifyLockTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const parsed = lockTimeout.safeParse(env.PAYMENT_VERIFY_LOCK_TIMEOUT_MS);
  if (!parsed.success) throw new Error('PAYMENT_VERIFY_LOCK_TIMEOUT_MS must be a whole number of milliseconds from 50 to 14000.');
  return parsed.data;
}

let ownGateway: LocalGateway | undefined;

/** The identity process's own local gateway, served only while PAYMENT_PROVIDER is local (development). */
export async function serveLocalGateway(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (!(req.url ?? '').startsWith(`${LOCAL_GATEWAY_PATH}/`)) return false;
  const env = process.env;
  const local = (env.PAYMENT_PROVIDER ?? (env.NODE_ENV === 'production' ? 'zarinpal' : 'local')) === 'local' && env.NODE_ENV !== 'production';
  if (!local) return false;
  ownGateway ??= new LocalGateway(LOCAL_GATEWAY_PATH, LOCAL_MERCHANT_ID);
  return ownGateway.handle(req, res);
}
