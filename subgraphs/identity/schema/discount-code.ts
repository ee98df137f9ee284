// DiscountCode: a tenant's promo codes, managed by its administrators, and previewDiscount for
// anyone signed in. Logic: billing/discount-codes.ts (management), billing/discounts.ts (use).
import { builder } from '../builder.ts';
import { DiscountType } from '../../../prisma/generated/client/enums.ts';
import { badInput, unauthenticated, uuidArg } from '../../kit/errors.ts';
import type { IdentityContext } from '../context.ts';
import { createDiscountCode, deactivateDiscountCode, updateDiscountCode, type DiscountCodeFields } from '../billing/discount-codes.ts';
import { APPLIES_TO, previewDiscount, type AppliesTo } from '../billing/discounts.ts';
import { payer } from './payment.ts';

export const DiscountTypeEnum = builder.enumType(DiscountType, { name: 'DiscountType', description: 'Percent off or a fixed amount off.' });
const AppliesToEnum = builder.enumType('DiscountAppliesTo', {
  description: 'What a discount code can be used for.',
  values: Object.fromEntries(APPLIES_TO.map((v) => [v, { value: v }])) as Record<AppliesTo, { value: AppliesTo }>,
});
const PurposeEnum = builder.enumType('DiscountPurpose', {
  description: 'What a discount is being used for.',
  values: { TopUp: { value: 'TopUp' }, Plan: { value: 'Plan' }, Render: { value: 'Render' } } as const,
});

/** The signed-in administrator's tenant (tenant and platform administrators manage their own tenant's codes). */
const admin = (ctx: IdentityContext) => {
  if (ctx.caller.kind !== 'user') throw unauthenticated();
  return { tenantId: ctx.caller.tenantId, userId: ctx.caller.userId };
};

export const DiscountCodeType = builder.prismaObject('DiscountCode', {
  description: "A promo code of one tenant, case-insensitive.",
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Discount code id.' }),
    code: t.exposeString('code', { description: 'The code users type (stored upper-case; matched case-insensitively).' }),
    discountType: t.expose('discountType', { type: DiscountTypeEnum, description: 'Percent or Fixed.' }),
    percentOff: t.exposeInt('percentOff', { nullable: true, description: 'Percent off (Percent codes).' }),
    amountOffMinor: t.expose('amountOffMinor', { type: 'BigInt', nullable: true, description: 'Amount off in minor units (Fixed codes).' }),
    appliesTo: t.field({ type: AppliesToEnum, description: 'What it can be used for.', resolve: (c) => c.appliesTo as AppliesTo }),
    minAmountMinor: t.expose('minAmountMinor', { type: 'BigInt', nullable: true, description: 'Smallest amount it applies to.' }),
    maxUses: t.exposeInt('maxUses', { nullable: true, description: 'Uses in all (null: unlimited).' }),
    perUserLimit: t.exposeInt('perUserLimit', { description: 'Uses per user.' }),
    usedCount: t.exposeInt('usedCount', { description: 'Uses so far.' }),
    validFrom: t.expose('validFrom', { type: 'DateTime', nullable: true, description: 'Valid from (null: now).' }),
    validUntil: t.expose('validUntil', { type: 'DateTime', nullable: true, description: 'Valid until (null: no end).' }),
    isActive: t.exposeBoolean('isActive', { description: 'False once deactivated.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
  }),
});

// Create and update share their fields (update: all optional); the domain checks them as a whole.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const fieldsOf = (t: any, required: boolean) => ({
  code: t.string({ required, description: '3-40 letters, digits, - or _ (case-insensitive).' }),
  discountType: t.field({ type: DiscountTypeEnum, required, description: 'Percent or Fixed.' }),
  percentOff: t.int({ required: false, description: 'Percent off, 1-100 (Percent codes).' }),
  amountOffMinor: t.field({ type: 'BigInt', required: false, description: 'Amount off in minor units (Fixed codes).' }),
  appliesTo: t.field({ type: AppliesToEnum, required: false, description: 'What it can be used for (default Any).' }),
  minAmountMinor: t.field({ type: 'BigInt', required: false, description: 'Smallest amount it applies to.' }),
  maxUses: t.int({ required: false, description: 'Uses in all (null: unlimited).' }),
  perUserLimit: t.int({ required: false, description: 'Uses per user (default 1).' }),
  validFrom: t.field({ type: 'DateTime', required: false, description: 'Valid from.' }),
  validUntil: t.field({ type: 'DateTime', required: false, description: 'Valid until.' }),
  isActive: t.boolean({ required: false, description: 'Whether it can be used (default true).' }),
});

const CreateDiscountCodeInput = builder.inputType('CreateDiscountCodeInput', {
  description: 'A new discount code of your tenant.',
  fields: (t) => fieldsOf(t, true),
});
const UpdateDiscountCodeInput = builder.inputType('UpdateDiscountCodeInput', {
  description: 'Changes to a discount code: a field left out stays as it is; null clears it.',
  fields: (t) => fieldsOf(t, false),
});

const DiscountPreviewType = builder.objectRef<{ code: string; discountMinor: bigint; amountMinor: bigint }>('DiscountPreview').implement({
  description: 'What a discount code would take off an amount now.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'The code, as stored.' }),
    discountMinor: t.field({ type: 'BigInt', description: 'Amount taken off.', resolve: (p) => p.discountMinor }),
    amountAfterMinor: t.field({ type: 'BigInt', description: 'What is left to pay.', resolve: (p) => p.amountMinor - p.discountMinor }),
  }),
});

builder.queryFields((t) => ({
  discountCodes: t.prismaConnection({
    type: DiscountCodeType,
    cursor: 'id',
    description: "Your tenant's discount codes, newest first (tenant administrators).",
    args: { activeOnly: t.arg.boolean({ required: false, description: 'Only active ones.' }) },
    totalCount: (_root, { activeOnly }, ctx) => ctx.db.discountCode.count({ where: { tenantId: admin(ctx).tenantId, ...(activeOnly ? { isActive: true } : {}) } }),
    resolve: (query, _root, { activeOnly }, ctx) =>
      ctx.db.discountCode.findMany({ ...query, where: { tenantId: admin(ctx).tenantId, ...(activeOnly ? { isActive: true } : {}) }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
  }, { description: 'A page of discount codes.' }),
  previewDiscount: t.field({
    type: DiscountPreviewType,
    description: 'What a code of your tenant takes off `amountMinor` for `purpose` now, without using it. DISCOUNT_INVALID (with extensions.reason) when it cannot be used.',
    args: {
      code: t.arg.string({ required: true }),
      purpose: t.arg({ type: PurposeEnum, required: true }),
      amountMinor: t.arg({ type: 'BigInt', required: true }),
    },
    resolve: async (_root, { code, purpose, amountMinor }, ctx) => {
      if (amountMinor <= 0n || amountMinor > 1_000_000_000_000n) throw badInput('amountMinor must be 1 to 1000000000000.', 'amountMinor');
      const priced = await previewDiscount(ctx.db, payer(ctx), code, purpose, amountMinor);
      return { code: priced.code.code, discountMinor: priced.discountMinor, amountMinor };
    },
  }),
}));

builder.mutationFields((t) => ({
  createDiscountCode: t.prismaField({
    type: DiscountCodeType,
    description: 'Creates a discount code in your tenant (tenant administrators). CONFLICT when the code exists (case-insensitively).',
    args: { input: t.arg({ type: CreateDiscountCodeInput, required: true }) },
    resolve: (_query, _root, { input }, ctx) => createDiscountCode(ctx.db, admin(ctx), input as DiscountCodeFields),
  }),
  updateDiscountCode: t.prismaField({
    type: DiscountCodeType,
    description: "Changes one of your tenant's discount codes (tenant administrators).",
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateDiscountCodeInput, required: true }) },
    resolve: (_query, _root, { id, input }, ctx) => updateDiscountCode(ctx.db, admin(ctx), uuidArg(id), input as DiscountCodeFields),
  }),
  deactivateDiscountCode: t.prismaField({
    type: DiscountCodeType,
    description: "Stops one of your tenant's discount codes from being used (tenant administrators).",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_query, _root, { id }, ctx) => deactivateDiscountCode(ctx.db, admin(ctx), uuidArg(id)),
  }),
}));
