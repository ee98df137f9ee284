// Tenant administrators' discount codes: create, change, deactivate. Every combination the
// database would refuse is refused here first with a field-specific BAD_USER_INPUT.
import type { Db } from '../../kit/prisma.ts';
import { AppError, ErrorCode, badInput, notFound } from '../../kit/errors.ts';
import type { DiscountCode, Prisma } from '../../../prisma/generated/client/client.ts';
import type { DiscountType } from '../../../prisma/generated/client/enums.ts';
import { APPLIES_TO, CODE_PATTERN, type AppliesTo } from './discounts.ts';
import { isUniqueViolation } from './ledger.ts';

export interface DiscountCodeFields {
  code?: string | null;
  discountType?: DiscountType | null;
  percentOff?: number | null;
  amountOffMinor?: bigint | null;
  appliesTo?: AppliesTo | null;
  minAmountMinor?: bigint | null;
  maxUses?: number | null;
  perUserLimit?: number | null;
  validFrom?: Date | null;
  validUntil?: Date | null;
  isActive?: boolean | null;
}

export interface TenantAdmin {
  tenantId: string;
  userId: string;
}

/** Largest fixed discount or minimum: far beyond any price, far below 2^53. */
const MAX_MINOR = 1_000_000_000_000n;

/** The merged result of `current` and the changes, checked as a whole. */
function checked(current: Partial<DiscountCode>, changes: DiscountCodeFields): Prisma.DiscountCodeUncheckedUpdateInput {
  const next = { ...current };
  for (const [key, value] of Object.entries(changes)) if (value !== undefined) (next as Record<string, unknown>)[key] = value;
  if (typeof next.code !== 'string' || !CODE_PATTERN.test(next.code)) throw badInput('code must be 3-40 letters, digits, - or _.', 'code');
  if (next.discountType === 'Percent') {
    if (!Number.isInteger(next.percentOff) || next.percentOff! < 1 || next.percentOff! > 100) throw badInput('A Percent code needs percentOff from 1 to 100.', 'percentOff');
    next.amountOffMinor = null;
  } else if (next.discountType === 'Fixed') {
    if (typeof next.amountOffMinor !== 'bigint' || next.amountOffMinor < 1n || next.amountOffMinor > MAX_MINOR) throw badInput(`A Fixed code needs amountOffMinor from 1 to ${MAX_MINOR}.`, 'amountOffMinor');
    next.percentOff = null;
  } else {
    throw badInput('discountType must be Percent or Fixed.', 'discountType');
  }
  if (next.appliesTo === null || next.appliesTo === undefined) next.appliesTo = 'Any';
  if (!APPLIES_TO.includes(next.appliesTo as AppliesTo)) throw badInput(`appliesTo must be one of ${APPLIES_TO.join(', ')}.`, 'appliesTo');
  if (next.minAmountMinor !== null && next.minAmountMinor !== undefined && (next.minAmountMinor < 0n || next.minAmountMinor > MAX_MINOR)) throw badInput('minAmountMinor must be 0 or more.', 'minAmountMinor');
  if (next.maxUses !== null && next.maxUses !== undefined) {
    if (!Number.isInteger(next.maxUses) || next.maxUses < 1 || next.maxUses > 10_000_000) throw badInput('maxUses must be 1 or more (or null: unlimited).', 'maxUses');
    if (next.maxUses < (next.usedCount ?? 0)) throw badInput(`maxUses cannot be below the ${next.usedCount} uses already made.`, 'maxUses');
  }
  if (next.perUserLimit === null || next.perUserLimit === undefined) next.perUserLimit = 1;
  if (!Number.isInteger(next.perUserLimit) || next.perUserLimit < 1 || next.perUserLimit > 1000) throw badInput('perUserLimit must be 1 to 1000.', 'perUserLimit');
  if (next.validFrom && next.validUntil && next.validUntil <= next.validFrom) throw badInput('validUntil must be after validFrom.', 'validUntil');
  return {
    code: next.code.toUpperCase(), discountType: next.discountType, percentOff: next.percentOff ?? null, amountOffMinor: next.amountOffMinor ?? null,
    appliesTo: next.appliesTo, minAmountMinor: next.minAmountMinor ?? null, maxUses: next.maxUses ?? null, perUserLimit: next.perUserLimit,
    validFrom: next.validFrom ?? null, validUntil: next.validUntil ?? null, isActive: next.isActive ?? true,
  };
}

const taken = (code: string) => new AppError(ErrorCode.CONFLICT, `The code ${code.toUpperCase()} already exists in this tenant.`, { field: 'code' });

export async function createDiscountCode(db: Db, admin: TenantAdmin, fields: DiscountCodeFields): Promise<DiscountCode> {
  const data = checked({}, fields);
  try {
    return await db.discountCode.create({ data: { ...(data as Prisma.DiscountCodeUncheckedCreateInput), tenantId: admin.tenantId, createdBy: admin.userId } });
  } catch (error) {
    if (isUniqueViolation(error)) throw taken(String(data.code));
    throw error;
  }
}

/** A code of the admin's tenant; another tenant's is NOT_FOUND. */
export async function tenantCode(db: Db, admin: TenantAdmin, id: string): Promise<DiscountCode> {
  const found = await db.discountCode.findFirst({ where: { id, tenantId: admin.tenantId } });
  if (!found) throw notFound('Discount code', id);
  return found;
}

export async function updateDiscountCode(db: Db, admin: TenantAdmin, id: string, changes: DiscountCodeFields): Promise<DiscountCode> {
  const current = await tenantCode(db, admin, id);
  const data = checked(current, changes);
  try {
    // usedCount is not written: redemptions running now keep counting.
    return await db.discountCode.update({ where: { id: current.id }, data });
  } catch (error) {
    if (isUniqueViolation(error)) throw taken(String(data.code));
    if ((error as { code?: string }).code === 'P2004' || /discount_codes_used_count_check/.test(String((error as Error).message))) throw badInput('maxUses cannot be below the uses already made.', 'maxUses');
    throw error;
  }
}

export async function deactivateDiscountCode(db: Db, admin: TenantAdmin, id: string): Promise<DiscountCode> {
  const current = await tenantCode(db, admin, id);
  return db.discountCode.update({ where: { id: current.id }, data: { isActive: false } });
}
