// A user's storage quota: one row per user (created on first use with the default size), locked
// or conditionally updated inside the transaction that changes files, so used bytes stay exact
// and two uploads at once can never together pass the limit.
import type { Prisma } from '../../../prisma/generated/client/client.ts';
import { AppError, ErrorCode } from '../../kit/errors.ts';

type Tx = Prisma.TransactionClient;

/** Storage a user gets before any plan sets more (FILE_DEFAULT_QUOTA_BYTES, default 5 GiB). */
export const defaultQuotaBytes = (): bigint => BigInt(process.env.FILE_DEFAULT_QUOTA_BYTES ?? 5n * 1024n ** 3n);

export interface Owner {
  userId: string;
  tenantId: string;
}

export interface QuotaRow {
  quota_bytes: bigint;
  used_bytes: bigint;
  file_count: number;
  max_file_size_bytes: bigint | null;
}

/** The user's quota row, created if missing and locked until the transaction ends. */
export async function lockQuota(tx: Tx, owner: Owner): Promise<QuotaRow> {
  await tx.$executeRaw`INSERT INTO file_mgr.quotas (tenant_id, user_id, quota_bytes)
    VALUES (${owner.tenantId}::uuid, ${owner.userId}::uuid, ${defaultQuotaBytes()})
    ON CONFLICT ON CONSTRAINT quotas_tenant_id_user_id_key DO NOTHING`;
  const [row] = await tx.$queryRaw<QuotaRow[]>`SELECT quota_bytes, used_bytes, file_count, max_file_size_bytes FROM file_mgr.quotas
    WHERE tenant_id = ${owner.tenantId}::uuid AND user_id = ${owner.userId}::uuid FOR UPDATE`;
  return row;
}

export const quotaExceeded = (needBytes: bigint, freeBytes: bigint) =>
  new AppError(ErrorCode.QUOTA_EXCEEDED, `This needs ${needBytes} bytes and only ${freeBytes < 0n ? 0n : freeBytes} are free in your storage quota.`, { needBytes: String(needBytes), freeBytes: String(freeBytes < 0n ? 0n : freeBytes) });

/**
 * Charges `bytes` (and `files`) to the quota only if it stays within the limit: one conditional
 * UPDATE, so concurrent charges are serialized by the row lock and checked against each other.
 */
export async function charge(tx: Tx, owner: Owner, bytes: bigint, files = 1): Promise<void> {
  const quota = await lockQuota(tx, owner);
  const changed = await tx.$executeRaw`UPDATE file_mgr.quotas SET used_bytes = used_bytes + ${bytes}, file_count = file_count + ${files}
    WHERE tenant_id = ${owner.tenantId}::uuid AND user_id = ${owner.userId}::uuid AND used_bytes + ${bytes} <= quota_bytes`;
  if (changed !== 1) throw quotaExceeded(bytes, quota.quota_bytes - quota.used_bytes);
}

/** Gives `bytes` (and `files`) back, never below zero. */
export async function release(tx: Tx, owner: Owner, bytes: bigint, files = 1): Promise<void> {
  if (bytes === 0n && files === 0) return;
  await tx.$executeRaw`UPDATE file_mgr.quotas SET used_bytes = GREATEST(used_bytes - ${bytes}, 0), file_count = GREATEST(file_count - ${files}, 0)
    WHERE tenant_id = ${owner.tenantId}::uuid AND user_id = ${owner.userId}::uuid`;
}
