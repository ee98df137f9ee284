// Achievements and the gifts they give: the catalog, each user's progress, and claiming a gift.
import { builder } from '../builder.ts';
import { UserType, canSeePrivate } from './user.ts';
import { unauthenticated, uuidArg } from '../../kit/errors.ts';
import { claimGift } from '../gamification/gifts.ts';

const AchievementType = builder.prismaObject('Achievement', {
  description: 'Something users can achieve, and the gift it gives.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Achievement id.' }),
    code: t.exposeString('code', { description: 'Stable code, e.g. first-render.' }),
    title: t.exposeString('title', { description: 'Its name.' }),
    description: t.exposeString('description', { nullable: true, description: 'What it takes.' }),
    iconUrl: t.exposeString('iconUrl', { nullable: true, description: 'Its badge.' }),
    goal: t.int({ description: 'How many of its event it takes.', resolve: (a) => Number((a.criteria as { count?: number }).count ?? 0) }),
    giftType: t.exposeString('giftType', { nullable: true, description: 'WalletCredit, DiscountCode or FreeRender.' }),
    giftValue: t.field({ type: 'BigInt', nullable: true, description: 'Minor units for WalletCredit.', resolve: (a) => a.giftValue }),
  }),
});

const UserAchievementType = builder.prismaObject('UserAchievement', {
  description: "A user's progress towards an achievement.",
  fields: (t) => ({
    achievement: t.relation('achievement', { description: 'The achievement.' }),
    progress: t.exposeInt('progress', { description: 'Events counted so far.' }),
    achievedAt: t.expose('achievedAt', { type: 'DateTime', nullable: true, description: 'When it was reached.' }),
  }),
});

const EarnedGiftType = builder.prismaObject('EarnedGift', {
  description: 'A gift an achievement gave; claim it to receive it.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Gift id.' }),
    achievement: t.relation('achievement', { nullable: true, description: 'What earned it.' }),
    giftType: t.exposeString('giftType', { description: 'WalletCredit, DiscountCode or FreeRender.' }),
    amountMinor: t.field({ type: 'BigInt', nullable: true, description: 'For a wallet credit, in minor units.', resolve: (g) => g.amountMinor }),
    status: t.exposeString('status', { description: 'Pending, Claimed or Expired.' }),
    notificationId: t.exposeID('notificationId', { nullable: true, description: 'The notification that announced it.' }),
    claimedAt: t.expose('claimedAt', { type: 'DateTime', nullable: true, description: 'When it was claimed.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true, description: 'When it can no longer be claimed.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was earned.' }),
  }),
});

builder.queryFields((t) => ({
  achievements: t.prismaField({
    type: [AchievementType],
    description: 'Every active achievement, in display order.',
    resolve: (query, _root, _args, ctx) => ctx.db.achievement.findMany({ ...query, where: { isActive: true }, orderBy: { sortOrder: 'asc' } }),
  }),
}));

builder.objectFields(UserType, (t) => ({
  achievements: t.prismaField({
    type: [UserAchievementType],
    description: 'Progress towards achievements (empty unless the caller is this user or an administrator).',
    resolve: (query, user, _args, ctx) =>
      canSeePrivate(user, ctx) ? ctx.db.userAchievement.findMany({ ...query, where: { userId: user.id }, orderBy: { createdAt: 'asc' } }) : [],
  }),
  gifts: t.prismaField({
    type: [EarnedGiftType],
    description: 'Gifts earned, newest first (empty unless the caller is this user or an administrator).',
    resolve: (query, user, _args, ctx) =>
      canSeePrivate(user, ctx) ? ctx.db.earnedGift.findMany({ ...query, where: { userId: user.id }, orderBy: { createdAt: 'desc' } }) : [],
  }),
}));

builder.mutationFields((t) => ({
  claimGift: t.prismaField({
    type: EarnedGiftType,
    description: 'Claims one of your gifts: a wallet credit goes into your wallet (once; claiming again answers the claimed gift).',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_query, _root, { id }, ctx) => {
      if (ctx.caller.kind !== 'user') throw unauthenticated();
      return claimGift(ctx.db, ctx.caller.userId, uuidArg(id));
    },
  }),
}));
