// Subscription: a user's plan and its current period, bought from the wallet or by card
// (startPlanPurchase), and the plan renders render counts against it. Logic: billing/subscriptions.ts.
import { builder } from '../builder.ts';
import { SubscriptionStatus } from '../../../prisma/generated/client/enums.ts';
import { uuidArg } from '../../kit/errors.ts';
import { cancelSubscription, currentSubscription, releasePlanRender, subscribeFromWallet, usePlanRender } from '../billing/subscriptions.ts';
import { PlanType } from './plan.ts';
import { UserType, canSeePrivate } from './user.ts';
import { payer } from './payment.ts';
import type { IdentityContext } from '../context.ts';

export const SubscriptionStatusEnum = builder.enumType(SubscriptionStatus, { name: 'PlanSubscriptionStatus', description: 'Where a plan subscription stands.' });

// Named PlanSubscription in GraphQL: a type called Subscription would be the supergraph's root
// subscription type (federation's default root names).
export const SubscriptionType = builder.prismaObject('Subscription', {
  name: 'PlanSubscription',
  description: "A user's plan for one period.",
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Subscription id.' }),
    plan: t.relation('plan', { type: PlanType, description: 'The plan.' }),
    status: t.expose('status', { type: SubscriptionStatusEnum, description: 'Active, Cancelled or Expired.' }),
    currentPeriodStart: t.expose('currentPeriodStart', { type: 'DateTime', description: 'When the period began.' }),
    currentPeriodEnd: t.expose('currentPeriodEnd', { type: 'DateTime', description: 'When the period ends (start + the plan\'s durationDays).' }),
    rendersUsed: t.exposeInt('rendersUsed', { description: 'Plan renders used this period.' }),
    rendersRemaining: t.int({
      nullable: true,
      description: 'Plan renders left this period (null: unlimited).',
      select: { rendersUsed: true, plan: { select: { rendersIncluded: true } } },
      resolve: (s) => (s.plan.rendersIncluded === null ? null : Math.max(0, s.plan.rendersIncluded - s.rendersUsed)),
    }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true, description: 'When it was cancelled.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was bought.' }),
  }),
});

builder.prismaObjectField(UserType, 'subscription', (t) =>
  t.prismaField({
    type: SubscriptionType,
    nullable: true,
    description: "The user's subscription in force now; null without one, or unless the caller is this user or an administrator.",
    resolve: async (query, user, _args, ctx) => {
      if (!canSeePrivate(user, ctx)) return null;
      const current = await currentSubscription(ctx.db, user.id);
      return current ? ctx.db.subscription.findUnique({ ...query, where: { id: current.id } }) : null;
    },
  }));

/** The row the domain returned, read again with the selection the operation asks for (its plan ...). */
const reload = (ctx: IdentityContext, query: object, row: { id: string }) => ctx.db.subscription.findUniqueOrThrow({ ...query, where: { id: row.id } });

builder.mutationFields((t) => ({
  subscribeToPlan: t.prismaField({
    type: SubscriptionType,
    description: 'Buys a plan from the wallet balance (a PlanPurchase ledger entry). INSUFFICIENT_BALANCE, ALREADY_SUBSCRIBED, DISCOUNT_INVALID.',
    args: {
      planCode: t.arg.string({ required: true, description: 'The plan, e.g. pro.' }),
      discountCode: t.arg.string({ required: false, description: 'A discount code of your tenant.' }),
    },
    resolve: async (query, _root, { planCode, discountCode }, ctx) => reload(ctx, query, await subscribeFromWallet(ctx.db, payer(ctx), planCode, discountCode)),
  }),
  cancelSubscription: t.prismaField({
    type: SubscriptionType,
    description: 'Ends your active subscription now (no refund). NOT_FOUND without one.',
    resolve: async (query, _root, _args, ctx) => reload(ctx, query, await cancelSubscription(ctx.db, payer(ctx).userId)),
  }),
  usePlanRender: t.prismaField({
    type: SubscriptionType,
    inaccessible: true,
    description: "Counts one of the active subscription's renders for a render job, once per job (render only). SUBSCRIPTION_REQUIRED, PLAN_LIMIT_REACHED.",
    args: {
      userId: t.arg.id({ required: true }),
      renderJobId: t.arg.id({ required: true }),
      resolution: t.arg.string({ required: false }),
      quality: t.arg.string({ required: false }),
    },
    resolve: async (query, _root, args, ctx) =>
      reload(ctx, query, await usePlanRender(ctx.db, uuidArg(args.userId, 'userId'), uuidArg(args.renderJobId, 'renderJobId'), { resolution: args.resolution, quality: args.quality })),
  }),
  releasePlanRender: t.boolean({
    inaccessible: true,
    description: 'Gives back the plan render a failed or cancelled render job used, once (render only). False when it used none.',
    args: { renderJobId: t.arg.id({ required: true }) },
    resolve: (_root, { renderJobId }, ctx) => releasePlanRender(ctx.db, uuidArg(renderJobId, 'renderJobId')),
  }),
}));
