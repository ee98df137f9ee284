// The wallet ledger: every change of a balance is an append-only transaction with an idempotency
// key, so a charge or refund asked for twice happens once, and a balance never goes below zero.
import type { Db } from '../../kit/prisma.ts';
import { AppError, ErrorCode, badInput, notFound } from '../../kit/errors.ts';
import type { WalletTransaction } from '../../../prisma/generated/client/client.ts';

export interface ChargeInput {
  userId: string;
  amountMinor: bigint;
  idempotencyKey: string;
  referenceType: string;
  referenceId?: string | null;
  description?: string | null;
}

const existing = (db: Db, idempotencyKey: string) => db.walletTransaction.findUnique({ where: { idempotencyKey } });

/** Debits a user's wallet. Insufficient funds: INSUFFICIENT_BALANCE and nothing changes. */
export async function charge(db: Db, input: ChargeInput): Promise<WalletTransaction> {
  if (input.amountMinor < 0n) throw badInput('amountMinor cannot be negative.', 'amountMinor');
  const done = await existing(db, input.idempotencyKey);
  if (done) return done;
  try {
    return await db.$transaction(async (tx) => {
      const wallet = await tx.wallet.findFirst({ where: { userId: input.userId } });
      if (!wallet) throw notFound('Wallet of user', input.userId);
      // The guarded update is the lock: of two concurrent charges, one may find the money gone.
      const debited = await tx.wallet.updateMany({
        where: { id: wallet.id, balanceMinor: { gte: input.amountMinor } },
        data: { balanceMinor: { decrement: input.amountMinor }, version: { increment: 1 } },
      });
      if (debited.count === 0) {
        throw new AppError(ErrorCode.INSUFFICIENT_BALANCE, 'The wallet balance is not enough for this.', { required: Number(input.amountMinor), balance: Number(wallet.balanceMinor) });
      }
      const after = await tx.wallet.findUniqueOrThrow({ where: { id: wallet.id } });
      return tx.walletTransaction.create({
        data: {
          tenantId: wallet.tenantId, walletId: wallet.id, type: 'RenderCharge', amountMinor: -input.amountMinor, balanceAfterMinor: after.balanceMinor,
          referenceType: input.referenceType, referenceId: input.referenceId ?? null, idempotencyKey: input.idempotencyKey, description: input.description ?? null,
        },
      });
    });
  } catch (error) {
    // The same key raced in from another request: its transaction is the answer.
    if ((error as { code?: string }).code === 'P2002') return (await existing(db, input.idempotencyKey))!;
    throw error;
  }
}

/** Gives back what an earlier charge took, once, however often it is asked. */
export async function refund(db: Db, chargeKey: string, idempotencyKey: string, description?: string | null): Promise<WalletTransaction> {
  const done = await existing(db, idempotencyKey);
  if (done) return done;
  const original = await existing(db, chargeKey);
  if (!original) throw notFound('Charge', chargeKey);
  if (original.amountMinor >= 0n) throw badInput('Only charges can be refunded.', 'chargeKey');
  try {
    return await db.$transaction(async (tx) => {
      const wallet = await tx.wallet.update({
        where: { id: original.walletId },
        data: { balanceMinor: { increment: -original.amountMinor }, version: { increment: 1 } },
      });
      return tx.walletTransaction.create({
        data: {
          tenantId: original.tenantId, walletId: original.walletId, type: 'RenderRefund', amountMinor: -original.amountMinor, balanceAfterMinor: wallet.balanceMinor,
          referenceType: original.referenceType, referenceId: original.referenceId, idempotencyKey, description: description ?? null,
        },
      });
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002') return (await existing(db, idempotencyKey))!;
    throw error;
  }
}
