// What billing needs from a payment gateway: start a payment (the user is sent to redirectUrl)
// and, after the gateway sends the user back, verify it. Implementations speak one protocol each.

export interface PaymentRequest {
  /** Amount to collect, in the currency's minor units (for IRR: rials). */
  amountMinor: bigint;
  currency: string;
  /** Where the gateway sends the user back (with the authority and a status in the query). */
  callbackUrl: string;
  description: string;
  /** Our payment id, shown in the gateway's panel. */
  orderId: string;
  email?: string | null;
  mobile?: string | null;
}

export interface StartedPayment {
  /** The gateway's token for this payment (Zarinpal's "authority"). */
  authority: string;
  /** The page the user pays on. */
  redirectUrl: string;
}

export type VerifyOutcome =
  /** Paid and now verified (or verified before: gateways answer a repeat with the same receipt). */
  | { paid: true; trackingCode: string; cardPan: string | null; alreadyVerified: boolean }
  /** Not paid, cancelled, expired, or paid a different amount: never credited. */
  | { paid: false; providerCode: number; message: string };

export interface PaymentProvider {
  /** Stored in payments.provider. */
  readonly name: string;
  request(payment: PaymentRequest): Promise<StartedPayment>;
  /** Asks the gateway whether `authority` was paid exactly `amountMinor`. */
  verify(authority: string, amountMinor: bigint, currency: string): Promise<VerifyOutcome>;
}

/** The gateway refused to start a payment (bad merchant, amount out of range ...). */
export class ProviderRefused extends Error {
  constructor(readonly providerCode: number, message: string) {
    super(message);
  }
}

/** The gateway could not be reached or answered something unreadable: nothing is known, try again. */
export class ProviderUnavailable extends Error {}
