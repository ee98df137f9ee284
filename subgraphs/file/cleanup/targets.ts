// What each cleanup schedule deletes. Every step is safe to run twice and on several replicas at
// once: rows are claimed with a conditional UPDATE/DELETE (or FOR UPDATE SKIP LOCKED) before their
// objects are deleted, and deleting an object that is already gone is fine.
import type { Db } from '../../kit/prisma.ts';
import { storage } from '../../kit/storage.ts';
import { release } from '../library/quota.ts';
import { endSession } from '../uploads/sessions.ts';

/** Which rows a schedule covers: one tenant's, or (global) every tenant without its own schedule. */
export interface Scope {
  target: 'DeletedFiles' | 'TempFiles' | 'StaleUploads' | 'OrphanObjects';
  tenantId: string | null;
  retentionDays: number;
  batchSize: number;
}

export interface Outcome {
  deletedCount: number;
  deletedBytes: bigint;
}

const DAY_MS = 86_400_000;

/**
 * Deletes an object whose row is already gone; a failure (a storage hiccup, a legacy key) is left
 * for the orphan sweep rather than stopping the batch.
 */
async function deleteObject(key: string): Promise<void> {
  try {
    await storage().delete(key);
  } catch {
    // OrphanObjects removes it later.
  }
}
/** A session stuck in Completing this long past its expiry was left by a crashed process. */
const COMPLETING_GRACE_MS = 60 * 60_000;

/** SQL for "this row is in the schedule's scope", given the row's tenant column. */
const inScope = (scope: Scope) => scope.tenantId
  ? { sql: 'tenant_id = $1::uuid', args: [scope.tenantId] }
  : { sql: `NOT EXISTS (SELECT 1 FROM file_mgr.cleanup_schedules o WHERE o.target = '${scope.target}' AND o.tenant_id = t.tenant_id)`, args: [] as string[] };

/** Files in the trash longer than the retention: row first, then the object (so no row points at nothing). */
export async function purgeDeletedFiles(db: Db, scope: Scope): Promise<Outcome> {
  const where = inScope(scope);
  const rows = await db.$queryRawUnsafe<{ storage_key: string; size_bytes: bigint }[]>(
    `DELETE FROM file_mgr.files WHERE id IN (
       SELECT id FROM file_mgr.files t WHERE deleted_at < now() - make_interval(days => ${Number(scope.retentionDays)}) AND ${where.sql}
       ORDER BY deleted_at LIMIT ${Number(scope.batchSize)} FOR UPDATE SKIP LOCKED)
     RETURNING storage_key, size_bytes`, ...where.args);
  for (const row of rows) await deleteObject(row.storage_key);
  return { deletedCount: rows.length, deletedBytes: rows.reduce((sum, row) => sum + row.size_bytes, 0n) };
}

/** Temporary files past their expires_at (plus the retention): deleted, and their quota given back. */
export async function purgeTempFiles(db: Db, scope: Scope): Promise<Outcome> {
  const where = inScope(scope);
  const outcome: Outcome = { deletedCount: 0, deletedBytes: 0n };
  const rows = await db.$transaction(async (tx) => {
    const deleted = await tx.$queryRawUnsafe<{ storage_key: string; size_bytes: bigint; user_id: string; tenant_id: string; trashed: boolean }[]>(
      `DELETE FROM file_mgr.files WHERE id IN (
         SELECT id FROM file_mgr.files t WHERE expires_at < now() - make_interval(days => ${Number(scope.retentionDays)}) AND ${where.sql}
         ORDER BY expires_at LIMIT ${Number(scope.batchSize)} FOR UPDATE SKIP LOCKED)
       RETURNING storage_key, size_bytes, user_id::text, tenant_id::text, deleted_at IS NOT NULL AS trashed`, ...where.args);
    // Trashed files gave their bytes back already.
    for (const row of deleted) if (!row.trashed) await release(tx, { userId: row.user_id, tenantId: row.tenant_id }, row.size_bytes);
    return deleted;
  });
  for (const row of rows) {
    await deleteObject(row.storage_key);
    outcome.deletedCount++;
    outcome.deletedBytes += row.size_bytes;
  }
  return outcome;
}

/**
 * Upload sessions: open ones past their expiry become Expired and lose their parts; ones stuck
 * Completing (a crash mid-assembly) likewise, with their half-assembled object; ended sessions
 * older than the retention are forgotten.
 */
export async function sweepStaleUploads(db: Db, scope: Scope): Promise<Outcome> {
  const where = inScope(scope);
  const stale = await db.$queryRawUnsafe<{ id: string; status: string; storage_key: string; total_size_bytes: bigint }[]>(
    `SELECT id::text, status::text, storage_key, total_size_bytes FROM file_mgr.upload_sessions t
     WHERE ((status IN ('Pending', 'Uploading') AND expires_at < now())
         OR (status = 'Completing' AND expires_at < now() - make_interval(secs => ${COMPLETING_GRACE_MS / 1000})))
       AND ${where.sql}
     ORDER BY expires_at LIMIT ${Number(scope.batchSize)}`, ...where.args);
  const outcome: Outcome = { deletedCount: 0, deletedBytes: 0n };
  for (const session of stale) {
    // The conditional update is the claim: a replica (or the user) that got there first wins.
    if (!(await endSession(db, session.id, 'Expired', [session.status]))) continue;
    if (session.status === 'Completing' && !(await db.file.count({ where: { storageKey: session.storage_key } }))) await deleteObject(session.storage_key);
    outcome.deletedCount++;
    outcome.deletedBytes += session.total_size_bytes;
  }
  const forgotten = await db.$executeRawUnsafe(
    `DELETE FROM file_mgr.upload_sessions WHERE id IN (
       SELECT id FROM file_mgr.upload_sessions t WHERE status IN ('Completed', 'Aborted', 'Expired')
         AND updated_at < now() - make_interval(days => ${Number(scope.retentionDays)}) AND ${where.sql}
       LIMIT ${Number(scope.batchSize)} FOR UPDATE SKIP LOCKED)`, ...where.args);
  outcome.deletedCount += forgotten;
  return outcome;
}

/**
 * Objects no row knows, older than the retention (a crash between deleting a row and its object,
 * or mid-upload). Global only: storage has no tenants.
 */
export async function sweepOrphanObjects(db: Db, scope: Scope): Promise<Outcome> {
  const outcome: Outcome = { deletedCount: 0, deletedBytes: 0n };
  if (scope.tenantId) return outcome;
  const cutoff = Date.now() - scope.retentionDays * DAY_MS;
  const candidates: { key: string; size: number }[] = [];
  for await (const object of storage().list('files')) {
    if (object.modifiedAt.getTime() < cutoff) candidates.push(object);
    if (candidates.length >= scope.batchSize) break;
  }
  if (candidates.length) {
    const keys = candidates.map((c) => c.key);
    const known = new Set([
      ...(await db.file.findMany({ where: { storageKey: { in: keys } }, select: { storageKey: true } })).map((r) => r.storageKey),
      ...(await db.uploadSession.findMany({ where: { storageKey: { in: keys }, status: { in: ['Pending', 'Uploading', 'Completing'] } }, select: { storageKey: true } })).map((r) => r.storageKey),
    ]);
    for (const object of candidates) {
      if (known.has(object.key)) continue;
      await storage().delete(object.key);
      outcome.deletedCount++;
      outcome.deletedBytes += BigInt(object.size);
    }
  }
  // Part folders of sessions that are no longer open (or no longer exist).
  const sessions = new Map<string, number>();
  for await (const object of storage().list('uploads')) {
    const id = object.key.split('/')[1];
    if (object.modifiedAt.getTime() < cutoff) sessions.set(id, (sessions.get(id) ?? 0) + object.size);
    if (sessions.size >= scope.batchSize) break;
  }
  if (sessions.size) {
    const ids = [...sessions.keys()].filter((id) => /^[0-9a-f-]{36}$/.test(id));
    const open = new Set((await db.uploadSession.findMany({ where: { id: { in: ids }, status: { in: ['Pending', 'Uploading', 'Completing'] } }, select: { id: true } })).map((r) => r.id));
    for (const [id, bytes] of sessions) {
      if (open.has(id)) continue;
      await storage().deletePrefix(`uploads/${id}`);
      outcome.deletedCount++;
      outcome.deletedBytes += BigInt(bytes);
    }
  }
  return outcome;
}

export const TARGETS: Record<Scope['target'], (db: Db, scope: Scope) => Promise<Outcome>> = {
  DeletedFiles: purgeDeletedFiles,
  TempFiles: purgeTempFiles,
  StaleUploads: sweepStaleUploads,
  OrphanObjects: sweepOrphanObjects,
};
