// Claiming an earned gift: a wallet credit becomes a Gift ledger entry, once (the entry's
// idempotency key is the gift's), in the same transaction as the gift's new status.
import type { Db } from '../../kit/prisma.ts';
import { AppError, ErrorCode, notFound } from '../../kit/errors.ts';
import { entryByKey, postEntry } from '../billing/ledger.ts';

export async function claimGift(db: Db, userId: string, giftId: string) {
  return db.$transaction(async (tx) => {
    // Locks the gift: of two claims at once, the second sees it claimed.
    const [gift] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM identity.earned_gifts WHERE id = ${giftId}::uuid AND user_id = ${userId}::uuid FOR UPDATE`;
    if (!gift) throw notFound('Gift', giftId);
    const row = await tx.earnedGift.findUniqueOrThrow({ where: { id: giftId } });
    if (row.status === 'Claimed') return row;
    if (row.status === 'Expired' || (row.expiresAt && row.expiresAt <= new Date())) throw new AppError(ErrorCode.CONFLICT, 'This gift has expired.');
    if (row.giftType !== 'WalletCredit' || !row.amountMinor) throw new AppError(ErrorCode.CONFLICT, 'This gift cannot be claimed here.');
    const key = `gift:${row.id}`;
    const entry = (await entryByKey(tx, key)) ?? (await postEntry(tx, {
      userId, type: 'Gift', amountMinor: row.amountMinor, idempotencyKey: key, referenceType: 'earned_gift', referenceId: row.id, description: 'Achievement gift',
    }));
    return tx.earnedGift.update({ where: { id: row.id }, data: { status: 'Claimed', claimedAt: new Date(), walletTransactionId: entry.id } });
  });
}
