// Plans: what a subscription gives (render limits, storage, how long exports are kept).
import { builder } from '../builder.ts';
import { uuidArg } from '../../kit/errors.ts';

export const PlanType = builder.prismaObject('Plan', {
  description: 'A subscription plan.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Plan id.' }),
    code: t.exposeString('code', { description: 'Short name, e.g. pro.' }),
    name: t.exposeString('name', { description: 'Display name.' }),
    description: t.exposeString('description', { nullable: true, description: 'What it offers.' }),
    priceMinor: t.expose('priceMinor', { type: 'BigInt', description: 'Price per period, in minor units.' }),
    currency: t.exposeString('currency', { description: 'ISO-4217 currency code.' }),
    durationDays: t.exposeInt('durationDays', { description: 'Length of one period.' }),
    rendersIncluded: t.exposeInt('rendersIncluded', { nullable: true, description: 'Renders per period (null: unlimited).' }),
    maxResolution: t.exposeString('maxResolution', { nullable: true, description: 'Highest resolution allowed.' }),
    maxQuality: t.exposeString('maxQuality', { nullable: true, description: 'Highest quality allowed.' }),
    watermark: t.exposeBoolean('watermark', { description: 'Renders carry a watermark.' }),
    storageQuotaBytes: t.expose('storageQuotaBytes', { type: 'BigInt', nullable: true, description: 'Storage included.' }),
    exportRetentionDays: t.exposeInt('exportRetentionDays', { description: 'Days exports are kept.' }),
  }),
});

builder.asEntity(PlanType, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => ctx.db.plan.findUnique({ where: { id } }),
});

builder.queryFields((t) => ({
  plans: t.prismaField({
    type: [PlanType],
    description: 'Plans on offer, in display order.',
    resolve: (query, _root, _args, ctx) => ctx.db.plan.findMany({ ...query, where: { isActive: true }, orderBy: { sortOrder: 'asc' } }),
  }),
  activePlanOf: t.prismaField({
    type: PlanType,
    nullable: true,
    inaccessible: true,
    description: "The plan of a user's active subscription, if any (FlatRender services only).",
    args: { userId: t.arg.id({ required: true }) },
    resolve: async (query, _root, { userId }, ctx) => {
      const subscription = await ctx.db.subscription.findFirst({
        where: { userId: uuidArg(userId, 'userId'), status: 'Active', currentPeriodEnd: { gt: new Date() } },
        select: { planId: true },
      });
      return subscription ? ctx.db.plan.findUnique({ ...query, where: { id: subscription.planId } }) : null;
    },
  }),
}));
