// Discount codes applied to a price: looked up in the caller's tenant case-insensitively, checked
// (active, window, purpose, minimum, uses left, per-user limit) and redeemed atomically: the code's
// row is locked for the transaction, so parallel redemptions cannot exceed max_uses or the
// per-user limit (and a CHECK on used_count backs it up).
import type { Db } from '../../kit/prisma.ts';
import { AppError, ErrorCode } from '../../kit/errors.ts';
import type { DiscountCode } from '../../../prisma/generated/client/client.ts';
import type { Tx } from './ledger.ts';

export type DiscountPurpose = 'TopUp' | 'Plan' | 'Render';
export const APPLIES_TO = ['Any', 'Render', 'Plan', 'TopUp'] as const;
export type AppliesTo = (typeof APPLIES_TO)[number];

/** Codes are 3-40 letters, digits, - or _; anything else cannot be a code (and never reaches SQL). */
export const CODE_PATTERN = /^[A-Za-z0-9_-]{3,40}$/;

export type DiscountInvalidReason = 'NOT_FOUND' | 'INACTIVE' | 'NOT_STARTED' | 'EXPIRED' | 'NOT_APPLICABLE' | 'BELOW_MINIMUM' | 'EXHAUSTED' | 'USER_LIMIT';

const MESSAGES: Record<DiscountInvalidReason, string> = {
  NOT_FOUND: 'There is no such discount code.',
  INACTIVE: 'This discount code is no longer active.',
  NOT_STARTED: 'This discount code is not valid yet.',
  EXPIRED: 'This discount code has expired.',
  NOT_APPLICABLE: 'This discount code does not apply to this purchase.',
  BELOW_MINIMUM: 'The amount is below this discount code\'s minimum.',
  EXHAUSTED: 'This discount code has been used up.',
  USER_LIMIT: 'You have already used this discount code as often as allowed.',
};

export const discountInvalid = (reason: DiscountInvalidReason, extra: Record<string, unknown> = {}) =>
  new AppError(ErrorCode.DISCOUNT_INVALID, MESSAGES[reason], { reason, ...extra });

export interface Redeemer {
  tenantId: string;
  userId: string;
}

export interface PricedDiscount {
  code: DiscountCode;
  discountMinor: bigint;
}

/** The code's row in the tenant (case-insensitive), locked for this transaction when `lock`. */
async function findCode(db: Db | Tx, tenantId: string, code: string, lock: boolean): Promise<DiscountCode> {
  if (!CODE_PATTERN.test(code)) throw discountInvalid('NOT_FOUND');
  // upper(code) matches the unique index; the code is a bound parameter.
  const rows = lock
    ? await db.$queryRaw<{ id: string }[]>`SELECT id FROM identity.discount_codes WHERE tenant_id = ${tenantId}::uuid AND upper(code) = ${code.toUpperCase()} FOR UPDATE`
    : await db.$queryRaw<{ id: string }[]>`SELECT id FROM identity.discount_codes WHERE tenant_id = ${tenantId}::uuid AND upper(code) = ${code.toUpperCase()}`;
  if (rows.length === 0) throw discountInvalid('NOT_FOUND');
  return db.discountCode.findUniqueOrThrow({ where: { id: rows[0].id } });
}

/** What `code` takes off `amountMinor` for this user, or DISCOUNT_INVALID with the reason. */
export function discountFor(code: DiscountCode, purpose: DiscountPurpose, amountMinor: bigint, usedByUser: number, now = new Date()): bigint {
  if (!code.isActive) throw discountInvalid('INACTIVE');
  if (code.validFrom && code.validFrom > now) throw discountInvalid('NOT_STARTED');
  if (code.validUntil && code.validUntil <= now) throw discountInvalid('EXPIRED');
  if (code.appliesTo !== 'Any' && code.appliesTo !== purpose) throw discountInvalid('NOT_APPLICABLE', { appliesTo: code.appliesTo });
  if (code.minAmountMinor !== null && amountMinor < code.minAmountMinor) throw discountInvalid('BELOW_MINIMUM', { minAmountMinor: Number(code.minAmountMinor) });
  if (code.maxUses !== null && code.usedCount >= code.maxUses) throw discountInvalid('EXHAUSTED');
  if (usedByUser >= code.perUserLimit) throw discountInvalid('USER_LIMIT');
  const off = code.discountType === 'Percent' ? (amountMinor * BigInt(code.percentOff ?? 0)) / 100n : (code.amountOffMinor ?? 0n);
  return off > amountMinor ? amountMinor : off;
}

const usesBy = (db: Db | Tx, codeId: string, userId: string) => db.discountRedemption.count({ where: { discountCodeId: codeId, userId } });

/** Prices a code without using it (previewDiscount). */
export async function previewDiscount(db: Db, who: Redeemer, code: string, purpose: DiscountPurpose, amountMinor: bigint): Promise<PricedDiscount> {
  const found = await findCode(db, who.tenantId, code, false);
  return { code: found, discountMinor: discountFor(found, purpose, amountMinor, await usesBy(db, found.id, who.userId)) };
}

/** Inside a transaction: locks the code and prices it; the caller then records the redemption with redeem(). */
export async function lockDiscount(tx: Tx, who: Redeemer, code: string, purpose: DiscountPurpose, amountMinor: bigint): Promise<PricedDiscount> {
  const found = await findCode(tx, who.tenantId, code, true);
  return { code: found, discountMinor: discountFor(found, purpose, amountMinor, await usesBy(tx, found.id, who.userId)) };
}

/** Inside the transaction that locked the code: one use, counted. */
export async function redeem(tx: Tx, who: Redeemer, priced: PricedDiscount, link: { paymentId?: string | null; renderJobId?: string | null }): Promise<void> {
  await tx.discountRedemption.create({
    data: { tenantId: who.tenantId, discountCodeId: priced.code.id, userId: who.userId, amountMinor: priced.discountMinor, paymentId: link.paymentId ?? null, renderJobId: link.renderJobId ?? null },
  });
  await tx.discountCode.update({ where: { id: priced.code.id }, data: { usedCount: { increment: 1 } } });
}

/** Gives a failed or cancelled payment's code use back (once: the redemption row goes with it). */
export async function releaseRedemption(tx: Tx, paymentId: string): Promise<void> {
  const redemption = await tx.discountRedemption.findFirst({ where: { paymentId } });
  if (!redemption) return;
  await tx.$queryRaw`SELECT id FROM identity.discount_codes WHERE id = ${redemption.discountCodeId}::uuid FOR UPDATE`;
  const removed = await tx.discountRedemption.deleteMany({ where: { id: redemption.id } });
  if (removed.count === 1) await tx.discountCode.updateMany({ where: { id: redemption.discountCodeId, usedCount: { gt: 0 } }, data: { usedCount: { decrement: 1 } } });
}
