// Runs the cleanup schedules of file_mgr.cleanup_schedules. A pg-boss cron job ('file-cleanup',
// every minute, one at a time across replicas) calls runDueSchedules; each due row is claimed with
// FOR UPDATE SKIP LOCKED and its next_run_at moved to its cron expression's next time before the
// work starts, so a schedule runs once per due time however many replicas ask. The outcome is
// written back (last_run_*).
import cronParser from 'cron-parser';
import type { Logger } from 'pino';
import type { Db } from '../../kit/prisma.ts';
import { TARGETS, type Scope } from './targets.ts';

interface DueRow {
  id: string;
  tenant_id: string | null;
  target: Scope['target'];
  cron_expr: string;
  retention_days: number;
  batch_size: number;
}

export interface ScheduleRun {
  id: string;
  target: Scope['target'];
  tenantId: string | null;
  status: 'Succeeded' | 'Failed';
  deletedCount: number;
  deletedBytes: string;
  error?: string;
}

/** The next time a cron expression (UTC) fires after `after`; an hour on when it does not parse. */
export function nextRun(cronExpr: string, after: Date): Date {
  try {
    return cronParser.parseExpression(cronExpr, { currentDate: after, tz: 'UTC' }).next().toDate();
  } catch {
    return new Date(after.getTime() + 3_600_000);
  }
}

/** Claims the schedules that are due and moves each to its next time, in one short transaction. */
async function claimDue(db: Db, now: Date): Promise<DueRow[]> {
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<DueRow[]>`SELECT id::text, tenant_id::text, target::text, cron_expr, retention_days, batch_size
      FROM file_mgr.cleanup_schedules WHERE is_enabled AND (next_run_at IS NULL OR next_run_at <= ${now})
      ORDER BY next_run_at NULLS FIRST FOR UPDATE SKIP LOCKED`;
    for (const row of due) {
      await tx.$executeRaw`UPDATE file_mgr.cleanup_schedules SET next_run_at = ${nextRun(row.cron_expr, now)}, last_run_at = ${now}, last_run_status = 'Running'
        WHERE id = ${row.id}::uuid`;
    }
    return due;
  });
}

/** Runs every due schedule; what each did (also recorded on its row). */
export async function runDueSchedules(db: Db, log?: Logger, now = new Date()): Promise<ScheduleRun[]> {
  const runs: ScheduleRun[] = [];
  for (const row of await claimDue(db, now)) {
    const scope: Scope = { target: row.target, tenantId: row.tenant_id, retentionDays: Math.max(0, row.retention_days), batchSize: Math.max(1, Math.min(row.batch_size, 10_000)) };
    try {
      const outcome = await TARGETS[row.target](db, scope);
      await db.cleanupSchedule.update({
        where: { id: row.id },
        data: { lastRunStatus: 'Succeeded', lastError: null, lastDeletedCount: outcome.deletedCount, lastDeletedBytes: outcome.deletedBytes },
      });
      runs.push({ id: row.id, target: row.target, tenantId: row.tenant_id, status: 'Succeeded', deletedCount: outcome.deletedCount, deletedBytes: String(outcome.deletedBytes) });
    } catch (error) {
      const message = (error as Error).message?.slice(0, 1000) ?? String(error);
      log?.error({ err: error, schedule: row.id, target: row.target }, 'cleanup failed');
      await db.cleanupSchedule.update({ where: { id: row.id }, data: { lastRunStatus: 'Failed', lastError: message } });
      runs.push({ id: row.id, target: row.target, tenantId: row.tenant_id, status: 'Failed', deletedCount: 0, deletedBytes: '0', error: message });
    }
  }
  return runs;
}
