// Zarinpal's REST protocol (v4): POST request.json -> authority; the user pays at StartPay/<authority>
// and comes back to the callback with ?Authority=&Status=OK|NOK; POST verify.json with the amount we
// expect -> code 100 (verified now) or 101 (verified before), anything else is not paid.
import { z } from 'zod';
import { ProviderRefused, ProviderUnavailable, type PaymentProvider, type PaymentRequest, type StartedPayment, type VerifyOutcome } from './provider.ts';

export interface ZarinpalOptions {
  /** Name stored with each payment: "zarinpal", or "local" for the local gateway. */
  name: string;
  /** Origin of the gateway: https://payment.zarinpal.com, https://sandbox.zarinpal.com, or the local gateway. */
  baseUrl: string;
  /** The merchant's 36-character id. */
  merchantId: string;
  /** How long one call may take. */
  timeoutMs?: number;
}

/** Zarinpal's success codes: 100 verified now, 101 verified before. */
export const VERIFIED = 100;
export const ALREADY_VERIFIED = 101;

const failure = z.object({ code: z.number(), message: z.string().optional().default('') });
const answer = <T extends z.ZodTypeAny>(data: T) =>
  z.object({ data: z.union([data, z.array(z.unknown()), z.object({}).strict()]), errors: z.union([failure, z.array(z.unknown()), z.object({}).strict()]) });
const requested = answer(z.object({ code: z.number(), message: z.string().optional(), authority: z.string().min(1).max(100) }));
const verified = answer(z.object({ code: z.number(), message: z.string().optional(), ref_id: z.union([z.number(), z.string()]).optional(), card_pan: z.string().nullish() }));

export class ZarinpalProvider implements PaymentProvider {
  readonly name: string;

  constructor(private readonly options: ZarinpalOptions) {
    this.name = options.name;
  }

  async request(payment: PaymentRequest): Promise<StartedPayment> {
    const body = await this.post('/pg/v4/payment/request.json', {
      merchant_id: this.options.merchantId,
      amount: Number(payment.amountMinor),
      currency: 'IRR',
      callback_url: payment.callbackUrl,
      description: payment.description,
      metadata: { order_id: payment.orderId, ...(payment.email ? { email: payment.email } : {}), ...(payment.mobile ? { mobile: payment.mobile } : {}) },
    });
    const parsed = requested.safeParse(body);
    if (!parsed.success) throw new ProviderUnavailable('The payment gateway answered something unreadable.');
    const { data, errors } = parsed.data;
    if ('authority' in data && data.code === VERIFIED) {
      return { authority: data.authority, redirectUrl: this.url(`/pg/StartPay/${encodeURIComponent(data.authority)}`) };
    }
    const refused = failure.safeParse(errors);
    throw new ProviderRefused(refused.success ? refused.data.code : 'code' in data ? (data as { code: number }).code : -1, refused.success ? refused.data.message : 'The payment gateway refused the payment.');
  }

  async verify(authority: string, amountMinor: bigint): Promise<VerifyOutcome> {
    const body = await this.post('/pg/v4/payment/verify.json', { merchant_id: this.options.merchantId, amount: Number(amountMinor), authority });
    const parsed = verified.safeParse(body);
    if (!parsed.success) throw new ProviderUnavailable('The payment gateway answered something unreadable.');
    const { data, errors } = parsed.data;
    if ('code' in data && typeof data.code === 'number' && (data.code === VERIFIED || data.code === ALREADY_VERIFIED)) {
      const ref = (data as { ref_id?: number | string }).ref_id;
      if (ref === undefined) throw new ProviderUnavailable('The payment gateway verified without a reference id.');
      return { paid: true, trackingCode: String(ref), cardPan: (data as { card_pan?: string | null }).card_pan ?? null, alreadyVerified: data.code === ALREADY_VERIFIED };
    }
    const refused = failure.safeParse(errors);
    if (refused.success) return { paid: false, providerCode: refused.data.code, message: refused.data.message };
    if ('code' in data && typeof data.code === 'number') return { paid: false, providerCode: data.code, message: String((data as { message?: string }).message ?? '') };
    throw new ProviderUnavailable('The payment gateway answered without a result.');
  }

  /** A gateway address: the base URL may carry a path (the local gateway's /local-gateway). */
  private url(path: string): string {
    return `${this.options.baseUrl.replace(/\/+$/, '')}${path}`;
  }

  /** One JSON call; network trouble, timeouts and server errors are ProviderUnavailable. */
  private async post(path: string, payload: unknown): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(this.url(path), {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
      });
    } catch (error) {
      throw new ProviderUnavailable(`The payment gateway could not be reached: ${(error as Error).message}`);
    }
    // Zarinpal answers refusals with 4xx and a JSON body; 5xx means it does not know.
    if (response.status >= 500) throw new ProviderUnavailable(`The payment gateway answered ${response.status}.`);
    try {
      return await response.json();
    } catch {
      throw new ProviderUnavailable('The payment gateway answered something that is not JSON.');
    }
  }
}
