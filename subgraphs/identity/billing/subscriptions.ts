// Subscriptions: one active per user (a partial unique index in SQL), bought from the wallet or
// through a payment, running plan.duration_days from purchase; renders_used counts the plan
// renders render asked for, once per render job, given back when the render fails or is cancelled.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../kit/prisma.ts';
import { AppError, ErrorCode, notFound } from '../../kit/errors.ts';
import type { Plan, Subscription } from '../../../prisma/generated/client/client.ts';
import { isUniqueViolation, postEntry, type Tx } from './ledger.ts';
import { lockDiscount, redeem, type Redeemer } from './discounts.ts';

const DAY_MS = 86_400_000;
const alreadySubscribed = () => new AppError(ErrorCode.ALREADY_SUBSCRIBED, 'You already have an active subscription: cancel it first.');

/** The user's subscription in force now, if any. */
export const currentSubscription = (db: Db | Tx, userId: string) =>
  db.subscription.findFirst({ where: { userId, status: 'Active', currentPeriodEnd: { gt: new Date() } } });

/** An active plan by code, or NOT_FOUND. */
export async function planByCode(db: Db | Tx, code: string): Promise<Plan> {
  const plan = /^[a-z0-9_-]{1,40}$/i.test(code) ? await db.plan.findFirst({ where: { code: code.toLowerCase(), isActive: true } }) : null;
  if (!plan) throw notFound('Plan', code.slice(0, 40));
  return plan;
}

/** Marks periods that ran out as Expired, so the one-active index makes room for a new one. */
export const expireLapsed = (tx: Db | Tx, userId: string) =>
  tx.subscription.updateMany({ where: { userId, status: 'Active', currentPeriodEnd: { lte: new Date() } }, data: { status: 'Expired' } });

/** Refuses when the user has a subscription in force (after expiring lapsed ones). */
export async function assertNotSubscribed(tx: Db | Tx, userId: string): Promise<void> {
  await expireLapsed(tx, userId);
  if (await currentSubscription(tx, userId)) throw alreadySubscribed();
}

/** Inside a transaction: starts a period of `plan` now. */
export function activate(tx: Tx, who: Redeemer, plan: Plan, paymentId: string | null, id: string = randomUUID()): Promise<Subscription> {
  const now = new Date();
  return tx.subscription.create({
    data: { id, tenantId: who.tenantId, userId: who.userId, planId: plan.id, status: 'Active', currentPeriodStart: now, currentPeriodEnd: new Date(now.getTime() + plan.durationDays * DAY_MS), paymentId },
  });
}

/** Buys a plan from the wallet balance: the PlanPurchase ledger entry, the discount and the subscription in one transaction. */
export async function subscribeFromWallet(db: Db, who: Redeemer, planCode: string, discountCode?: string | null): Promise<Subscription> {
  const plan = await planByCode(db, planCode);
  const id = randomUUID();
  try {
    return await db.$transaction(async (tx) => {
      await assertNotSubscribed(tx, who.userId);
      const priced = discountCode ? await lockDiscount(tx, who, discountCode, 'Plan', plan.priceMinor) : null;
      const price = plan.priceMinor - (priced?.discountMinor ?? 0n);
      const subscription = await activate(tx, who, plan, null, id);
      if (price > 0n) {
        await postEntry(tx, {
          userId: who.userId, type: 'PlanPurchase', amountMinor: -price, idempotencyKey: `subscription:${id}:purchase`,
          referenceType: 'subscription', referenceId: id, description: `Plan: ${plan.name}`,
        });
      }
      if (priced) await redeem(tx, who, priced, {});
      return subscription;
    });
  } catch (error) {
    // Two purchases at once: the one-active index lets one through.
    if (isUniqueViolation(error)) throw alreadySubscribed();
    throw error;
  }
}

/** Ends the active subscription now (no refund: the period was paid for and used). */
export async function cancelSubscription(db: Db, userId: string): Promise<Subscription> {
  const current = await currentSubscription(db, userId);
  if (!current) throw notFound('Active subscription');
  const ended = await db.subscription.updateMany({ where: { id: current.id, status: 'Active' }, data: { status: 'Cancelled', cancelledAt: new Date(), autoRenew: false } });
  if (ended.count === 0) throw notFound('Active subscription');
  return db.subscription.findUniqueOrThrow({ where: { id: current.id } });
}

const RESOLUTIONS = ['HD', 'FullHD', 'TwoK', 'FourK'];
const QUALITIES = ['Low', 'Medium', 'High', 'Full', 'Lossless'];
const above = (order: string[], value: string | null | undefined, limit: string | null) => Boolean(value && limit && order.indexOf(value) > order.indexOf(limit));

/**
 * One plan render for a render job (service: render): checked against the plan's included renders
 * and its resolution/quality limits, counted once per job however often render asks.
 */
export async function usePlanRender(db: Db, userId: string, renderJobId: string, output: { resolution?: string | null; quality?: string | null }): Promise<Subscription> {
  const done = await db.subscriptionRender.findUnique({ where: { renderJobId }, include: { subscription: true } });
  if (done) return done.subscription;
  try {
    return await db.$transaction(async (tx) => {
      const current = await currentSubscription(tx, userId);
      if (!current) throw new AppError(ErrorCode.SUBSCRIPTION_REQUIRED, 'A plan render needs an active subscription.');
      const plan = await tx.plan.findUniqueOrThrow({ where: { id: current.planId } });
      if (above(RESOLUTIONS, output.resolution, plan.maxResolution)) throw new AppError(ErrorCode.PLAN_LIMIT_REACHED, `Your plan renders up to ${plan.maxResolution}.`, { limit: 'maxResolution' });
      if (above(QUALITIES, output.quality, plan.maxQuality)) throw new AppError(ErrorCode.PLAN_LIMIT_REACHED, `Your plan renders up to ${plan.maxQuality} quality.`, { limit: 'maxQuality' });
      // The guarded increment is the lock: parallel renders cannot pass the included count.
      const counted = await tx.subscription.updateMany({
        where: { id: current.id, status: 'Active', ...(plan.rendersIncluded === null ? {} : { rendersUsed: { lt: plan.rendersIncluded } }) },
        data: { rendersUsed: { increment: 1 } },
      });
      if (counted.count === 0) throw new AppError(ErrorCode.PLAN_LIMIT_REACHED, `Your plan's ${plan.rendersIncluded} renders this period are used up.`, { limit: 'rendersIncluded' });
      await tx.subscriptionRender.create({ data: { renderJobId, subscriptionId: current.id } });
      return tx.subscription.findUniqueOrThrow({ where: { id: current.id } });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return (await db.subscriptionRender.findUniqueOrThrow({ where: { renderJobId }, include: { subscription: true } })).subscription;
    throw error;
  }
}

/** Gives a failed or cancelled render's plan render back, once. False when the job used none. */
export async function releasePlanRender(db: Db, renderJobId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const released = await tx.subscriptionRender.updateManyAndReturn({ where: { renderJobId, releasedAt: null }, data: { releasedAt: new Date() } });
    if (released.length === 0) return false;
    await tx.subscription.updateMany({ where: { id: released[0].subscriptionId, rendersUsed: { gt: 0 } }, data: { rendersUsed: { decrement: 1 } } });
    return true;
  });
}

