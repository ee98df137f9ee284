// Achievements: each finished render counts towards the achievements whose criteria name its
// event; reaching the count gives the achievement's gift once (a unique index holds that), and
// the gift is announced by a notification whose id the gift keeps (the seed's one hard foreign
// key across schemas). Applied once per event, however often it is delivered.
import type { Db } from '../../kit/prisma.ts';
import type { Peers } from '../../kit/peers.ts';
import type { RenderFinishedEvent } from '../../../prisma/jobs.ts';
import type { Logger } from 'pino';

interface Criteria {
  event: string;
  count: number;
}

const criteriaOf = (value: unknown): Criteria | null => {
  const c = value as Partial<Criteria> | null;
  return c && typeof c.event === 'string' && typeof c.count === 'number' ? { event: c.event, count: c.count } : null;
};

const ANNOUNCE = `mutation($input: ServiceNotificationInput!) { createServiceNotification(input: $input) }`;

/** Counts a finished render towards the user's achievements; gifts for the ones reached. */
export async function onRenderForAchievements(db: Db, peers: Peers, log: Logger, event: RenderFinishedEvent): Promise<string> {
  if (event.step !== 'Completed') return 'not a completed render';
  const outcome = await db.$transaction(async (tx) => {
    const fresh = await tx.identityConsumedEvent.createMany({ data: [{ eventId: `achievements:${event.eventId}` }], skipDuplicates: true });
    if (fresh.count === 0) return 'already counted';
    const achievements = await tx.achievement.findMany({ where: { isActive: true } });
    let reached = 0;
    for (const achievement of achievements) {
      const criteria = criteriaOf(achievement.criteria);
      if (!criteria || criteria.event !== 'render.completed') continue;
      const row = await tx.userAchievement.upsert({
        where: { userId_achievementId: { userId: event.userId, achievementId: achievement.id } },
        create: { tenantId: event.tenantId, userId: event.userId, achievementId: achievement.id, progress: 1 },
        update: { progress: { increment: 1 } },
      });
      if (row.achievedAt || row.progress < criteria.count) continue;
      await tx.userAchievement.update({ where: { userId_achievementId: { userId: event.userId, achievementId: achievement.id } }, data: { achievedAt: new Date() } });
      if (achievement.giftType === 'WalletCredit' && achievement.giftValue && achievement.giftValue > 0n) {
        await tx.earnedGift.createMany({
          data: [{ tenantId: event.tenantId, userId: event.userId, achievementId: achievement.id, giftType: 'WalletCredit', amountMinor: achievement.giftValue }],
          skipDuplicates: true,
        });
      }
      reached++;
    }
    return `${reached} reached`;
  });
  await announceGifts(db, peers, log, event.userId);
  return outcome;
}

/**
 * Announces the user's gifts that have no notification yet. Run after every count, so a gift
 * whose announcement failed is announced on a later try (notification answers the same id twice).
 */
export async function announceGifts(db: Db, peers: Peers, log: Logger, userId: string): Promise<void> {
  const silent = await db.earnedGift.findMany({ where: { userId, notificationId: null }, include: { achievement: { select: { title: true } } } });
  for (const gift of silent) {
    const title = gift.achievement ? `Achievement: ${gift.achievement.title}` : 'You earned a gift';
    const body = gift.giftType === 'WalletCredit' ? `Claim ${gift.amountMinor} (minor units) for your wallet.` : 'Claim it in your account.';
    try {
      const { createServiceNotification: notificationId } = await peers.asService<{ createServiceNotification: string }>('notification', ANNOUNCE, {
        input: { userId, tenantId: gift.tenantId, type: 'gift.earned', title, body, actionUrl: '/account/gifts', sourceType: 'earned_gift', sourceId: gift.id },
      });
      await db.earnedGift.update({ where: { id: gift.id }, data: { notificationId } });
    } catch (error) {
      // The render is counted either way; the announcement waits for the next try.
      log.warn({ err: error, giftId: gift.id }, 'gift not announced yet');
      throw error;
    }
  }
}
