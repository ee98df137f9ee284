// The partner API request log: the router sends batches of finished requests; each batch is one
// multi-row INSERT into the monthly-partitioned table, and the tenants' daily `api_requests` grow
// by what was inserted, in the same transaction. A batch sent again (the router retrying after a
// timeout) inserts nothing new for entries with a request id, and so counts nothing twice.
import { isIP } from 'node:net';
import type { Db } from '../../kit/prisma.ts';
import type { TenantApiRequestLog } from '../../../prisma/generated/client/client.ts';
import { badInput, isUuid } from '../../kit/errors.ts';

export const MAX_BATCH = 500;
/** Entries older than this are refused: their month may have been dropped already. */
const MAX_AGE_MS = 7 * 86_400_000;
/** Clocks differ a little between router and database. */
const MAX_AHEAD_MS = 5 * 60_000;
/** Longer paths (operation names) and user agents are cut, not refused: a log line is not worth a lost batch. */
const MAX_TEXT = 512;

export interface ApiRequestEntry {
  tenantId: string;
  apiKeyId?: string | null;
  requestedAt: Date;
  method: string;
  path: string;
  statusCode: number;
  durationMs: number;
  requestId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
}

/** `now` is the clock the entries' ages are measured against (tests move it). */
export async function recordApiRequests(db: Db, entries: readonly ApiRequestEntry[], now = new Date()): Promise<number> {
  if (entries.length > MAX_BATCH) throw badInput(`Send at most ${MAX_BATCH} entries at once.`, 'entries');
  if (entries.length === 0) return 0;
  const rows = entries.map((entry, index) => checkEntry(entry, index, now));
  const tenantIds = [...new Set(rows.map((row) => row.tenantId))];
  const known = await db.tenant.findMany({ where: { id: { in: tenantIds } }, select: { id: true } });
  const unknown = tenantIds.find((id) => !known.some((tenant) => tenant.id === id));
  if (unknown) throw badInput(`entries[${rows.findIndex((row) => row.tenantId === unknown)}].tenantId: no tenant ${unknown}.`, 'tenantId');
  await ensureMonths(db, rows, now);

  return db.$transaction(async (tx) => {
    const inserted = await tx.tenantApiRequestLog.createManyAndReturn({ data: rows, skipDuplicates: true, select: { tenantId: true, requestedAt: true } });
    const perDay = new Map<string, number>();
    for (const row of inserted) {
      const key = `${row.tenantId}|${row.requestedAt.toISOString().slice(0, 10)}`;
      perDay.set(key, (perDay.get(key) ?? 0) + 1);
    }
    // Sorted, so that two batches lock the same usage rows in the same order (no deadlock).
    const days = [...perDay.entries()].sort(([a], [b]) => a.localeCompare(b));
    if (days.length > 0) {
      const tenants = days.map(([key]) => key.split('|')[0]);
      const dates = days.map(([key]) => key.split('|')[1]);
      const counts = days.map(([, count]) => count);
      await tx.$executeRaw`
        INSERT INTO identity.tenant_usage_daily (tenant_id, usage_date, api_requests)
        SELECT * FROM unnest(${tenants}::uuid[], ${dates}::date[], ${counts}::bigint[])
        ON CONFLICT (tenant_id, usage_date) DO UPDATE SET api_requests = tenant_usage_daily.api_requests + EXCLUDED.api_requests`;
    }
    return inserted.length;
  });
}

function checkEntry(entry: ApiRequestEntry, index: number, now: Date) {
  const fail = (field: string, what: string) => badInput(`entries[${index}].${field} ${what}`, field);
  const uuidOrNull = (value: string | null | undefined, field: string) => {
    if (value == null) return null;
    if (!isUuid(value)) throw fail(field, 'must be a uuid.');
    return value.toLowerCase();
  };
  if (!isUuid(entry.tenantId)) throw fail('tenantId', 'must be a uuid.');
  const age = now.getTime() - entry.requestedAt.getTime();
  if (age > MAX_AGE_MS || age < -MAX_AHEAD_MS) throw fail('requestedAt', 'must be within the last 7 days.');
  if (!/^[A-Z]{3,10}$/.test(entry.method)) throw fail('method', 'must be an HTTP method such as POST.');
  if (!entry.path || /[\u0000-\u001f]/.test(entry.path)) throw fail('path', 'must be a non-empty line of text.');
  if (!Number.isInteger(entry.statusCode) || entry.statusCode < 100 || entry.statusCode > 599) throw fail('statusCode', 'must be an HTTP status (100-599).');
  if (!Number.isInteger(entry.durationMs) || entry.durationMs < 0 || entry.durationMs > 86_400_000) throw fail('durationMs', 'must be 0 to 86400000.');
  if (entry.ip != null && !isIP(entry.ip)) throw fail('ip', 'must be an IPv4 or IPv6 address.');
  return {
    tenantId: entry.tenantId.toLowerCase(),
    apiKeyId: uuidOrNull(entry.apiKeyId, 'apiKeyId'),
    requestedAt: entry.requestedAt,
    method: entry.method,
    path: entry.path.slice(0, MAX_TEXT),
    statusCode: entry.statusCode,
    durationMs: entry.durationMs,
    requestId: uuidOrNull(entry.requestId, 'requestId'),
    ip: entry.ip ?? null,
    userAgent: entry.userAgent?.slice(0, MAX_TEXT) ?? null,
  };
}

/**
 * Partitions exist from this month on (the daily job keeps two months ahead); an entry from last
 * month, early in a month, may need its month created. The function is idempotent and ours to call.
 */
async function ensureMonths(db: Db, rows: { requestedAt: Date }[], now: Date): Promise<void> {
  const oldest = new Date(Math.min(...rows.map((row) => row.requestedAt.getTime())));
  const months = (now.getUTCFullYear() - oldest.getUTCFullYear()) * 12 + now.getUTCMonth() - oldest.getUTCMonth();
  if (months <= 0) return;
  const from = oldest.toISOString().slice(0, 10);
  await db.$queryRaw`SELECT public.ensure_monthly_partitions('identity.tenant_api_request_logs'::regclass, ${months}::int, ${from}::date)`;
}

/** A page of the tenant's log, newest first, after a cursor of `<requestedAt ISO>|<id>`. */
export function encodeCursor(row: { requestedAt: Date; id: bigint }): string {
  return Buffer.from(`${row.requestedAt.toISOString()}|${row.id}`).toString('base64url');
}

export function decodeCursor(cursor: string): { requestedAt: Date; id: bigint } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const requestedAt = new Date(at ?? '');
  if (Number.isNaN(requestedAt.getTime()) || !/^\d{1,19}$/.test(id ?? '')) throw badInput('The cursor is not one this list gave.', 'after');
  return { requestedAt, id: BigInt(id) };
}

export function apiRequestLogPage(db: Db, tenantId: string, { before, after, limit, inverted }: { before?: string; after?: string; limit: number; inverted: boolean }): Promise<TenantApiRequestLog[]> {
  // Newest first: "after" a cursor means older than it, "before" newer.
  const older = after ? decodeCursor(after) : null;
  const newer = before ? decodeCursor(before) : null;
  const direction = inverted ? 'asc' : 'desc';
  return db.tenantApiRequestLog.findMany({
    where: {
      tenantId,
      AND: [
        ...(older ? [{ OR: [{ requestedAt: { lt: older.requestedAt } }, { requestedAt: older.requestedAt, id: { lt: older.id } }] }] : []),
        ...(newer ? [{ OR: [{ requestedAt: { gt: newer.requestedAt } }, { requestedAt: newer.requestedAt, id: { gt: newer.id } }] }] : []),
      ],
    },
    orderBy: [{ requestedAt: direction }, { id: direction }],
    take: limit,
  });
}
