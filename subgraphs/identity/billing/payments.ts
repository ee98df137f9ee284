// Gateway payments: a wallet top-up or a plan purchase is recorded Pending with its discount
// redeemed, the gateway hands out an authority and the payer is sent to it; when the payer comes
// back, verifyPayment asks the gateway once (the payment row is locked meanwhile, so concurrent
// callbacks wait and then see the result), and only a verified payment credits the wallet (a
// TopUp entry keyed by the payment) or starts the subscription. Unpaid, cancelled or
// different-amount payments end Failed or Cancelled, and give their discount use back.
import type { Db } from '../../kit/prisma.ts';
import { AppError, ErrorCode, badInput, isBusyDbError, notFound, retryLater } from '../../kit/errors.ts';
import type { Payment, Prisma } from '../../../prisma/generated/client/client.ts';
import type { PaymentPurpose } from '../../../prisma/generated/client/enums.ts';
import { billingConfig, verifyLockTimeoutMs, type BillingConfig } from './providers/config.ts';
import { ProviderRefused, ProviderUnavailable } from './providers/provider.ts';
import { postEntry, type Tx } from './ledger.ts';
import { lockDiscount, redeem, releaseRedemption, type Redeemer } from './discounts.ts';
import { activate, assertNotSubscribed, planByCode } from './subscriptions.ts';

/** Smallest amount sent to a gateway (Zarinpal refuses less than 1,000 rials). */
export const MIN_PAYMENT_MINOR = 10_000n;
/** Largest single top-up. */
export const MAX_TOP_UP_MINOR = 10_000_000_000n;

export interface PaymentMetadata {
  /** What a verified top-up credits: the amount asked for, before the discount. */
  creditMinor?: string;
  redirectUrl?: string;
  failure?: { providerCode: number; message: string };
  cardPan?: string | null;
  /** A plan payment verified while another subscription had started: credited to the wallet instead. */
  creditedInstead?: boolean;
}

export const metadataOf = (payment: Payment): PaymentMetadata => (payment.metadata ?? {}) as PaymentMetadata;

function config(): BillingConfig {
  try {
    return billingConfig();
  } catch (error) {
    throw new AppError(ErrorCode.PAYMENT_PROVIDER_UNAVAILABLE, `Payments are not available: ${(error as Error).message}`);
  }
}

/** Verification's transaction: room for the wait on the payment row (see verifyLockTimeoutMs) and the gateway's answer. */
const VERIFY_TRANSACTION = { maxWait: 20_000, timeout: 30_000 };

function lockTimeoutMs(): number {
  try {
    return verifyLockTimeoutMs();
  } catch (error) {
    throw new AppError(ErrorCode.PAYMENT_PROVIDER_UNAVAILABLE, `Payments are not available: ${(error as Error).message}`);
  }
}

/** Row locks taken in `tx` from now on are waited for at most `ms` (SQLSTATE 55P03 after that). */
async function boundLockWaits(tx: Tx, ms: number): Promise<void> {
  await tx.$queryRaw`SELECT set_config('lock_timeout', ${`${ms}ms`}, true)`;
}

interface Start {
  purpose: PaymentPurpose;
  /** The price before any discount. */
  listMinor: bigint;
  planId: string | null;
  discountCode?: string | null;
  description: string;
}

/** Records the payment (discount redeemed in the same transaction), then asks the gateway for an authority. */
async function start(db: Db, who: Redeemer, input: Start): Promise<Payment> {
  const { provider, callbackUrl } = config();
  const payment = await db.$transaction(async (tx) => {
    if (input.purpose === 'Plan') await assertNotSubscribed(tx, who.userId);
    const priced = input.discountCode ? await lockDiscount(tx, who, input.discountCode, input.purpose === 'Plan' ? 'Plan' : 'TopUp', input.listMinor) : null;
    const amountMinor = input.listMinor - (priced?.discountMinor ?? 0n);
    if (amountMinor < MIN_PAYMENT_MINOR) {
      throw badInput(input.purpose === 'Plan' ? 'After the discount too little is left to pay by card: use subscribeToPlan to pay from the wallet.' : `A payment is at least ${MIN_PAYMENT_MINOR} after discounts.`, 'discountCode');
    }
    const metadata: PaymentMetadata = { creditMinor: String(input.listMinor) };
    const created = await tx.payment.create({
      data: {
        tenantId: who.tenantId, userId: who.userId, purpose: input.purpose, amountMinor, discountAmountMinor: priced?.discountMinor ?? 0n,
        provider: provider.name, planId: input.planId, discountCodeId: priced?.code.id ?? null, metadata: metadata as Prisma.InputJsonObject,
      },
    });
    if (priced) await redeem(tx, who, priced, { paymentId: created.id });
    return created;
  });
  const user = await db.user.findUnique({ where: { id: who.userId }, select: { email: true, phone: true } });
  try {
    const started = await provider.request({
      amountMinor: payment.amountMinor, currency: payment.currency, callbackUrl, description: input.description, orderId: payment.id, email: user?.email, mobile: user?.phone,
    });
    return await db.payment.update({
      where: { id: payment.id },
      data: { providerRef: started.authority, metadata: { ...metadataOf(payment), redirectUrl: started.redirectUrl } as Prisma.InputJsonObject },
    });
  } catch (error) {
    // The payer was never sent anywhere: the payment failed, its discount use is given back.
    const failure = error instanceof ProviderRefused ? { providerCode: error.providerCode, message: error.message } : { providerCode: 0, message: (error as Error).message };
    await db.$transaction((tx) => settleUnpaid(tx, payment.id, 'Failed', failure));
    if (error instanceof ProviderRefused) throw new AppError(ErrorCode.PAYMENT_FAILED, `The payment gateway refused the payment: ${error.message}`, { providerCode: error.providerCode, paymentId: payment.id });
    if (error instanceof ProviderUnavailable) throw new AppError(ErrorCode.PAYMENT_PROVIDER_UNAVAILABLE, error.message, { paymentId: payment.id });
    throw error;
  }
}

/** A wallet top-up of `amountMinor` (credited in full; a TopUp code lowers what is paid). */
export function startTopUp(db: Db, who: Redeemer, amountMinor: bigint, discountCode?: string | null): Promise<Payment> {
  if (amountMinor < MIN_PAYMENT_MINOR || amountMinor > MAX_TOP_UP_MINOR) throw badInput(`amountMinor must be ${MIN_PAYMENT_MINOR} to ${MAX_TOP_UP_MINOR}.`, 'amountMinor');
  return start(db, who, { purpose: 'WalletTopUp', listMinor: amountMinor, planId: null, discountCode, description: 'FlatRender wallet top-up' });
}

/** A plan bought by card; the subscription starts when the payment is verified. */
export async function startPlanPurchase(db: Db, who: Redeemer, planCode: string, discountCode?: string | null): Promise<Payment> {
  const plan = await planByCode(db, planCode);
  if (plan.priceMinor < MIN_PAYMENT_MINOR) throw badInput('This plan costs too little to pay by card: use subscribeToPlan.', 'planCode');
  return start(db, who, { purpose: 'Plan', listMinor: plan.priceMinor, planId: plan.id, discountCode, description: `FlatRender plan: ${plan.name}` });
}

/**
 * Ends a pending payment unpaid and gives its discount use back, inside `tx`; a settled payment
 * stays as it is. (Always given the transaction explicitly: telling a client from a transaction
 * by its methods once opened a second transaction that waited for the first one's row lock.)
 */
async function settleUnpaid(tx: Tx, paymentId: string, status: 'Failed' | 'Cancelled', failure: PaymentMetadata['failure']): Promise<void> {
  const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId } });
  const moved = await tx.payment.updateMany({ where: { id: paymentId, status: 'Pending' }, data: { status, metadata: { ...metadataOf(payment), failure } as Prisma.InputJsonObject } });
  if (moved.count === 1) await releaseRedemption(tx, paymentId);
}

export type CallbackStatus = 'OK' | 'NOK';

/**
 * The payer came back from the gateway with `authority` and `status`. Verifies once with the
 * gateway and credits once; asking again returns the payment as it ended. A verification that
 * cannot get the payment row in time (another one holds it longer than the lock timeout), runs
 * past its transaction's timeout or meets a conflicting change is rolled back and answers
 * RETRY_LATER (`retryable`): the payment is still Pending and verifying again settles it.
 */
export async function verifyPayment(db: Db, who: Redeemer, authority: string, status: CallbackStatus): Promise<Payment> {
  const payment = /^[A-Za-z0-9_-]{1,100}$/.test(authority) ? await db.payment.findFirst({ where: { providerRef: authority, userId: who.userId } }) : null;
  if (!payment) throw notFound('Payment');
  if (payment.status !== 'Pending') return payment;
  const lockMs = lockTimeoutMs();
  try {
    if (status === 'NOK') {
      await db.$transaction(async (tx) => {
        await boundLockWaits(tx, lockMs);
        await settleUnpaid(tx, payment.id, 'Cancelled', { providerCode: 0, message: 'The payer cancelled at the gateway.' });
      }, VERIFY_TRANSACTION);
      return await db.payment.findUniqueOrThrow({ where: { id: payment.id } });
    }
    return await verifyPaid(db, who, payment, authority, lockMs);
  } catch (error) {
    if (isBusyDbError(error)) {
      throw retryLater('This payment is being verified by another request, or the database was busy: nothing changed and it is still pending. Verify it again in a moment.', { paymentId: payment.id });
    }
    throw error;
  }
}

/** Asks the gateway whether `payment` was paid and settles it, holding its row meanwhile. */
async function verifyPaid(db: Db, who: Redeemer, payment: Payment, authority: string, lockMs: number): Promise<Payment> {
  const { provider } = config();
  if (provider.name !== payment.provider) throw new AppError(ErrorCode.PAYMENT_PROVIDER_UNAVAILABLE, `This payment was started with ${payment.provider}, which is not configured now.`);
  try {
    return await db.$transaction(async (tx) => {
      await boundLockWaits(tx, lockMs);
      // The row lock makes verification once-only: a concurrent callback waits here (up to the
      // lock timeout), then finds it settled.
      const [locked] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM identity.payments WHERE id = ${payment.id}::uuid FOR UPDATE`;
      if (locked.status !== 'Pending') return tx.payment.findUniqueOrThrow({ where: { id: payment.id } });
      const outcome = await provider.verify(authority, payment.amountMinor, payment.currency);
      if (!outcome.paid) {
        await settleUnpaid(tx, payment.id, 'Failed', { providerCode: outcome.providerCode, message: outcome.message });
        return tx.payment.findUniqueOrThrow({ where: { id: payment.id } });
      }
      const meta = metadataOf(payment);
      const credited = payment.purpose === 'Plan' ? await startPaidPlan(tx, who, payment) : true;
      if (credited) {
        // A top-up credits what was asked for; a plan payment that cannot start a plan credits what was paid.
        const amount = payment.purpose === 'Plan' ? payment.amountMinor : BigInt(meta.creditMinor ?? payment.amountMinor);
        await postEntry(tx, {
          userId: who.userId, type: 'TopUp', amountMinor: amount, idempotencyKey: `payment:${payment.id}:topup`,
          referenceType: 'payment', referenceId: payment.id, paymentId: payment.id,
          description: payment.purpose === 'Plan' ? 'Plan payment credited: a subscription was already active' : 'Wallet top-up',
        });
      }
      return tx.payment.update({
        where: { id: payment.id },
        data: {
          status: 'Succeeded', paidAt: new Date(), providerTrackingCode: outcome.trackingCode,
          metadata: { ...meta, cardPan: outcome.cardPan, ...(payment.purpose === 'Plan' && credited ? { creditedInstead: true } : {}) } as Prisma.InputJsonObject,
        },
      });
    }, VERIFY_TRANSACTION);
  } catch (error) {
    if (error instanceof ProviderUnavailable) throw new AppError(ErrorCode.PAYMENT_PROVIDER_UNAVAILABLE, `${error.message} The payment is still pending: try verifying again.`, { paymentId: payment.id });
    throw error;
  }
}

/** Starts the paid plan; true when another subscription is already active and the money goes to the wallet instead. */
async function startPaidPlan(tx: Tx, who: Redeemer, payment: Payment): Promise<boolean> {
  const plan = await tx.plan.findUniqueOrThrow({ where: { id: payment.planId! } });
  try {
    await assertNotSubscribed(tx, who.userId);
  } catch (error) {
    if ((error as AppError).extensions?.code === ErrorCode.ALREADY_SUBSCRIBED) return true;
    throw error;
  }
  await activate(tx, who, plan, payment.id);
  return false;
}


/** A payment still pending this long after it started is settled by asking the gateway. */
export const ABANDONED_AFTER_MINUTES = 60;

/**
 * Payments whose payer never came back from the gateway: each is verified with the gateway as if
 * the callback had come, so money paid with a lost callback is still credited, and an unpaid one
 * ends Failed and gives its discount use back. Safe with several replicas (verification locks the
 * row and settles once); a gateway that does not answer leaves the payment for the next run.
 */
export async function settleAbandonedPayments(db: Db, olderThanMinutes = ABANDONED_AFTER_MINUTES): Promise<string> {
  const stale = await db.payment.findMany({
    where: { status: 'Pending', providerRef: { not: null }, createdAt: { lt: new Date(Date.now() - olderThanMinutes * 60_000) } },
    select: { providerRef: true, userId: true, tenantId: true },
    take: 200,
  });
  let settled = 0;
  for (const payment of stale) {
    try {
      await verifyPayment(db, { userId: payment.userId, tenantId: payment.tenantId }, payment.providerRef!, 'OK');
      settled++;
    } catch {
      // The gateway is down or the provider changed: tried again on the next run.
    }
  }
  return `${settled} of ${stale.length} abandoned payments settled`;
}
