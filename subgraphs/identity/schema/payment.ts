// Payment: a wallet top-up or plan purchase through the payment gateway, and the mutations that
// start one and handle the gateway's callback. Logic: billing/payments.ts.
import { builder } from '../builder.ts';
import { PaymentPurpose, PaymentStatus } from '../../../prisma/generated/client/enums.ts';
import { unauthenticated } from '../../kit/errors.ts';
import type { IdentityContext } from '../context.ts';
import { metadataOf, startPlanPurchase, startTopUp, verifyPayment } from '../billing/payments.ts';
import { PlanType } from './plan.ts';
import { UserType, canSeePrivate } from './user.ts';

export const PaymentStatusEnum = builder.enumType(PaymentStatus, { name: 'PaymentStatus', description: 'Where a payment stands.' });
export const PaymentPurposeEnum = builder.enumType(PaymentPurpose, { name: 'PaymentPurpose', description: 'What a payment pays for.' });
const CallbackStatusEnum = builder.enumType('PaymentCallbackStatus', {
  description: "The Status the gateway put in the callback URL: OK (the payer paid) or NOK (cancelled or failed).",
  values: { OK: { value: 'OK' }, NOK: { value: 'NOK' } } as const,
});

/** The signed-in user as a redeemer (tenant and user), or UNAUTHENTICATED. */
export const payer = (ctx: IdentityContext) => {
  if (ctx.caller.kind !== 'user') throw unauthenticated();
  return { tenantId: ctx.caller.tenantId, userId: ctx.caller.userId };
};

export const PaymentType = builder.prismaObject('Payment', {
  description: 'A payment through the payment gateway (wallet top-up or plan purchase).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Payment id.' }),
    purpose: t.expose('purpose', { type: PaymentPurposeEnum, description: 'What it pays for.' }),
    status: t.expose('status', { type: PaymentStatusEnum, description: 'Pending until the gateway callback is verified; then Succeeded, Failed or Cancelled.' }),
    amountMinor: t.expose('amountMinor', { type: 'BigInt', description: 'Amount paid at the gateway (after the discount), in minor units.' }),
    discountAmountMinor: t.expose('discountAmountMinor', { type: 'BigInt', description: 'Discount taken off.' }),
    creditMinor: t.field({
      type: 'BigInt',
      nullable: true,
      description: 'What a top-up credits to the wallet once verified (the amount asked for, before the discount).',
      resolve: (payment) => (payment.purpose === 'WalletTopUp' ? BigInt(metadataOf(payment).creditMinor ?? payment.amountMinor) : null),
    }),
    currency: t.exposeString('currency', { description: 'ISO-4217 currency code.' }),
    provider: t.exposeString('provider', { description: 'Payment gateway: zarinpal, or local in development.' }),
    authority: t.exposeString('providerRef', { nullable: true, description: "The gateway's token for this payment (Zarinpal's Authority)." }),
    redirectUrl: t.string({
      nullable: true,
      description: 'Where to send the payer to pay; null once the payment is settled.',
      resolve: (payment) => (payment.status === 'Pending' ? (metadataOf(payment).redirectUrl ?? null) : null),
    }),
    trackingCode: t.exposeString('providerTrackingCode', { nullable: true, description: "The gateway's receipt number (ref id) of a verified payment." }),
    failureReason: t.string({
      nullable: true,
      description: 'Why a payment failed or was cancelled, as the gateway said.',
      resolve: (payment) => metadataOf(payment).failure?.message ?? null,
    }),
    plan: t.relation('plan', { type: PlanType, nullable: true, description: 'The plan a plan payment buys.' }),
    paidAt: t.expose('paidAt', { type: 'DateTime', nullable: true, description: 'When the payment was verified.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was started.' }),
  }),
});

builder.prismaObjectField(UserType, 'payments', (t) =>
  t.prismaConnection({
    type: PaymentType,
    cursor: 'id',
    description: "The user's gateway payments, newest first (only the user and administrators see them).",
    totalCount: (user, _args, ctx) => (canSeePrivate(user, ctx) ? ctx.db.payment.count({ where: { userId: user.id } }) : 0),
    resolve: (query, user, _args, ctx) =>
      canSeePrivate(user, ctx) ? ctx.db.payment.findMany({ ...query, where: { userId: user.id }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }) : [],
  }, { description: 'A page of payments.' }));

builder.mutationFields((t) => ({
  startTopUp: t.prismaField({
    type: PaymentType,
    description: 'Starts a wallet top-up: send the payer to redirectUrl; the gateway brings them back to the callback, which calls verifyPayment. A TopUp discount code lowers what is paid, not what is credited.',
    args: {
      amountMinor: t.arg({ type: 'BigInt', required: true, description: 'Amount to add to the wallet, in minor units.' }),
      discountCode: t.arg.string({ required: false, description: 'A discount code of your tenant.' }),
    },
    resolve: (_query, _root, { amountMinor, discountCode }, ctx) => startTopUp(ctx.db, payer(ctx), amountMinor, discountCode),
  }),
  startPlanPurchase: t.prismaField({
    type: PaymentType,
    description: 'Starts buying a plan by card; the subscription starts when verifyPayment confirms the payment. ALREADY_SUBSCRIBED while one is active.',
    args: {
      planCode: t.arg.string({ required: true, description: 'The plan, e.g. pro.' }),
      discountCode: t.arg.string({ required: false, description: 'A discount code of your tenant.' }),
    },
    resolve: (_query, _root, { planCode, discountCode }, ctx) => startPlanPurchase(ctx.db, payer(ctx), planCode, discountCode),
  }),
  verifyPayment: t.prismaField({
    type: PaymentType,
    description: 'The gateway callback: verifies the payment with the gateway once and credits the wallet or starts the plan. Calling it again returns the same result and never credits twice.',
    args: {
      authority: t.arg.string({ required: true, description: 'The Authority from the callback URL.' }),
      status: t.arg({ type: CallbackStatusEnum, required: true, description: 'The Status from the callback URL.' }),
    },
    resolve: (_query, _root, { authority, status }, ctx) => verifyPayment(ctx.db, payer(ctx), authority, status),
  }),
}));
