// The wallet ledger: every change of a balance is an append-only entry with an idempotency key,
// written in the same transaction as the balance change, so a charge, refund or credit asked for
// twice happens once, and a balance never goes below zero (guarded update + a CHECK in SQL).
import type { Db } from '../../kit/prisma.ts';
import { AppError, ErrorCode, badInput, notFound } from '../../kit/errors.ts';
import type { Prisma, WalletTransaction } from '../../../prisma/generated/client/client.ts';
import type { WalletTxType } from '../../../prisma/generated/client/enums.ts';

export type Tx = Prisma.TransactionClient;

export interface LedgerEntry {
  userId: string;
  type: WalletTxType;
  /** Signed: negative debits, positive credits. */
  amountMinor: bigint;
  idempotencyKey: string;
  /** What the entry is for: render_job, export, payment, subscription ... */
  referenceType: string;
  referenceId?: string | null;
  paymentId?: string | null;
  description?: string | null;
}

export const entryByKey = (db: Db | Tx, idempotencyKey: string) => db.walletTransaction.findUnique({ where: { idempotencyKey } });

/** Inside a transaction: moves the balance and appends the entry. A debit beyond the balance: INSUFFICIENT_BALANCE. */
export async function postEntry(tx: Tx, entry: LedgerEntry): Promise<WalletTransaction> {
  const wallet = await tx.wallet.findFirst({ where: { userId: entry.userId } });
  if (!wallet) throw notFound('Wallet of user', entry.userId);
  // The guarded update is the lock: of two concurrent debits, one may find the money gone.
  const moved = await tx.wallet.updateMany({
    where: { id: wallet.id, ...(entry.amountMinor < 0n ? { balanceMinor: { gte: -entry.amountMinor } } : {}) },
    data: { balanceMinor: { increment: entry.amountMinor }, version: { increment: 1 } },
  });
  if (moved.count === 0) {
    throw new AppError(ErrorCode.INSUFFICIENT_BALANCE, 'The wallet balance is not enough for this.', { required: Number(-entry.amountMinor), balance: Number(wallet.balanceMinor) });
  }
  const after = await tx.wallet.findUniqueOrThrow({ where: { id: wallet.id }, select: { balanceMinor: true } });
  return tx.walletTransaction.create({
    data: {
      tenantId: wallet.tenantId, walletId: wallet.id, type: entry.type, amountMinor: entry.amountMinor, balanceAfterMinor: after.balanceMinor,
      referenceType: entry.referenceType, referenceId: entry.referenceId ?? null, paymentId: entry.paymentId ?? null,
      idempotencyKey: entry.idempotencyKey, description: entry.description?.slice(0, 500) ?? null,
    },
  });
}

/** A unique violation: another request wrote the same key (or the same payment's credit) first. */
export const isUniqueViolation = (error: unknown): boolean => (error as { code?: string })?.code === 'P2002';

/** Posts an entry in its own transaction once per idempotency key; a repeat returns the first entry. */
export async function postOnce(db: Db, entry: LedgerEntry): Promise<WalletTransaction> {
  const done = await entryByKey(db, entry.idempotencyKey);
  if (done) return done;
  try {
    return await db.$transaction((tx) => postEntry(tx, entry));
  } catch (error) {
    if (isUniqueViolation(error)) {
      const raced = await entryByKey(db, entry.idempotencyKey);
      if (raced) return raced;
    }
    throw error;
  }
}

export interface ChargeInput {
  userId: string;
  amountMinor: bigint;
  idempotencyKey: string;
  referenceType: string;
  referenceId?: string | null;
  description?: string | null;
}

/** Ledger type of a service charge, from what it pays for. */
const chargeType = (referenceType: string): WalletTxType => (referenceType === 'export' ? 'ExportExtension' : 'RenderCharge');

/** Debits a user's wallet for a service (render, export extension). Not enough money: INSUFFICIENT_BALANCE, nothing changes. */
export async function charge(db: Db, input: ChargeInput): Promise<WalletTransaction> {
  if (input.amountMinor < 0n) throw badInput('amountMinor cannot be negative.', 'amountMinor');
  return postOnce(db, { ...input, type: chargeType(input.referenceType), amountMinor: -input.amountMinor });
}

/** Gives back what an earlier charge took, once, however often it is asked; the refund keeps the charge's reference (the render job). */
export async function refund(db: Db, chargeKey: string, idempotencyKey: string, description?: string | null): Promise<WalletTransaction> {
  const done = await entryByKey(db, idempotencyKey);
  if (done) return done;
  const original = await entryByKey(db, chargeKey);
  if (!original) throw notFound('Charge', chargeKey);
  if (original.amountMinor >= 0n) throw badInput('Only charges can be refunded.', 'chargeKey');
  const wallet = await db.wallet.findUniqueOrThrow({ where: { id: original.walletId }, select: { userId: true } });
  if (!wallet.userId) throw badInput('Tenant wallets are not refunded here.', 'chargeKey');
  return postOnce(db, {
    userId: wallet.userId, type: 'RenderRefund', amountMinor: -original.amountMinor, idempotencyKey,
    referenceType: original.referenceType ?? 'render_job', referenceId: original.referenceId, description,
  });
}
