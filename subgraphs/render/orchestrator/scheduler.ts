// Who renders what. Work is pulled: a heartbeat from an idle node takes the best pending frame
// job for it, ranked by queue priority, the job's region preference, whether the node already
// caches the template's After Effects file, and age. A node holds one frame job at a time.
import type { Prisma } from '../../../prisma/generated/client/client.ts';
import type { Db } from '../../kit/prisma.ts';
import { announceFinished, publish } from './events.ts';
import { renderFiles } from './catalog-files.ts';
import type { CatalogLinks } from '../../kit/catalog-links.ts';
import { withTransaction } from '../../kit/events.ts';

type Tx = Prisma.TransactionClient;

/** Heartbeats missed for this long mark a node offline and put its frames back in the queue. */
export const OFFLINE_AFTER_SECONDS = Number(process.env.RENDER_OFFLINE_AFTER_SECONDS ?? 30);
/** Attempts a frame range gets before its job fails. */
export const MAX_FRAME_ATTEMPTS = 3;

interface Assignment {
  frame_job_id: string;
  render_job_id: string;
  user_id: string;
  start_frame: number;
  end_frame: number;
  attempt: number;
  aep_file_md5: string | null;
  render_config: unknown;
}

/**
 * Gives an idle node its next frame job, if any, as a RenderFrames command (delivered in the same
 * heartbeat's pending_commands). Nodes with higher priority that are idle get work first. The
 * command carries where to download the AE file and assets (`links` signs the catalog's copies);
 * those links are not stored with the command.
 *
 * One statement: it locks and checks the node, leaves the work to better nodes while enough of
 * them are idle, takes the best pending frame job (SKIP LOCKED, so nodes never wait on each
 * other), and records the assignment, the node's job, the template cache's use, the command and
 * the job's log line. As an interactive transaction this was ten round trips, each waiting on a
 * busy event loop while a thousand nodes heartbeat, with the node and frame rows locked.
 */
export async function assignWork(db: Db | Tx, nodeId: string, links: CatalogLinks | null = null): Promise<{ id: string; command: string; payload: unknown; job: { id: string; userId: string } } | null> {
  const [work] = await db.$queryRaw<(Assignment & { command_id: string })[]>`
    WITH node AS (
      SELECT n.id, n.region, n.priority FROM render.render_nodes n
      WHERE n.id = ${nodeId}::uuid AND n.is_active AND n.accepts_new_jobs AND n.status IN ('Online', 'Busy') AND n.current_job_id IS NULL
        AND NOT EXISTS (SELECT 1 FROM render.frame_jobs f WHERE f.node_id = n.id AND f.status IN ('Assigned', 'Rendering'))
      FOR UPDATE
    ), counts AS (
      SELECT (SELECT COUNT(*) FROM render.frame_jobs f JOIN render.render_jobs j ON j.id = f.render_job_id
              WHERE f.status = 'Pending' AND j.step NOT IN ('Completed', 'Failed', 'Cancelled')) AS pending,
             (SELECT COUNT(*) FROM render.render_nodes o, node
              WHERE o.id <> node.id AND o.priority > node.priority AND o.is_active AND o.accepts_new_jobs
                AND o.status IN ('Online', 'Busy') AND o.current_job_id IS NULL
                AND o.last_heartbeat_at > now() - make_interval(secs => ${OFFLINE_AFTER_SECONDS})) AS better
    ), work AS (
      SELECT f.id AS frame_job_id, f.render_job_id, j.user_id, f.start_frame, f.end_frame, f.attempt, j.aep_file_md5, j.render_config
      FROM render.frame_jobs f JOIN render.render_jobs j ON j.id = f.render_job_id, node, counts
      WHERE f.status = 'Pending' AND j.step NOT IN ('Completed', 'Failed', 'Cancelled') AND counts.pending > counts.better
      ORDER BY CASE j.priority_queue WHEN 'High' THEN 0 WHEN 'Normal' THEN 1 ELSE 2 END,
        (j.preferred_region IS NOT NULL AND j.preferred_region = node.region) DESC,
        EXISTS (SELECT 1 FROM render.node_template_cache c WHERE c.node_id = node.id AND c.aep_file_md5 = j.aep_file_md5
                AND c.last_action IN ('Downloaded', 'Verified')) DESC,
        j.queued_at, f.order_value
      LIMIT 1 FOR UPDATE OF f SKIP LOCKED
    ), taken AS (
      UPDATE render.frame_jobs f SET status = 'Assigned', node_id = ${nodeId}::uuid, assigned_at = now(), updated_at = now()
      FROM work w WHERE f.id = w.frame_job_id RETURNING f.id
    ), busy AS (
      UPDATE render.render_nodes n SET current_job_id = w.render_job_id, status = 'Busy', updated_at = now()
      FROM work w WHERE n.id = ${nodeId}::uuid RETURNING n.id
    ), cached AS (
      -- Least recently used is evicted first by the node; using it now keeps it.
      UPDATE render.node_template_cache c SET last_used_at = now(), hit_count = c.hit_count + 1, updated_at = now()
      FROM work w WHERE c.node_id = ${nodeId}::uuid AND c.aep_file_md5 = w.aep_file_md5 RETURNING c.node_id
    ), command AS (
      INSERT INTO render.node_commands (node_id, command, payload, render_job_id, status, delivered_at)
      SELECT ${nodeId}::uuid, 'RenderFrames', jsonb_build_object('job_id', w.render_job_id, 'frame_job_id', w.frame_job_id,
        'start_frame', w.start_frame, 'end_frame', w.end_frame, 'attempt', w.attempt, 'aep_file_md5', w.aep_file_md5, 'config', w.render_config),
        w.render_job_id, 'Delivered', now()
      FROM work w RETURNING id
    ), logged AS (
      INSERT INTO render.render_job_logs (render_job_id, node_id, level, message)
      SELECT w.render_job_id, ${nodeId}::uuid, 'info', format('frames %s-%s assigned (attempt %s)', w.start_frame, w.end_frame, w.attempt)
      FROM work w RETURNING id
    )
    SELECT w.*, (SELECT id FROM command) AS command_id FROM work w`;
  if (!work) return null;
  const payload = {
    job_id: work.render_job_id, frame_job_id: work.frame_job_id, start_frame: work.start_frame, end_frame: work.end_frame,
    attempt: work.attempt, aep_file_md5: work.aep_file_md5, config: work.render_config,
  };
  return { id: work.command_id, command: 'RenderFrames', payload: { ...payload, ...renderFiles(links, work.render_config) }, job: { id: work.render_job_id, userId: work.user_id } };
}

/**
 * A queued job whose first frames were handed out is Preparing. Done after the assignment's
 * transaction, in a statement of its own: the job's row is what every assignment and frame report
 * of the job updates, and holding its lock for a whole assignment made a thousand heartbeating
 * nodes wait on one another (bench/results/tuning.md).
 */
export async function markPreparing(db: Db, job: { id: string; userId: string }): Promise<void> {
  const moved = await db.renderJob.updateMany({ where: { id: job.id, step: 'Queued' }, data: { step: 'Preparing', startedAt: new Date() } });
  if (moved.count) await publish(db as never, { kind: 'progress', jobId: job.id, userId: job.userId, step: 'Preparing', progress: 0 });
}

/**
 * Puts a frame job back in the queue (attempt + 1), or fails its render job when it has used its
 * attempts. Frames already reported stay counted.
 */
export async function requeue(tx: Tx, frameJobId: string, reason: string): Promise<void> {
  const frameJob = await tx.frameJob.findUniqueOrThrow({ where: { id: frameJobId } });
  if (frameJob.status === 'Done' || frameJob.status === 'Failed') return;
  if (frameJob.attempt >= MAX_FRAME_ATTEMPTS) {
    await tx.frameJob.update({ where: { id: frameJobId }, data: { status: 'Failed', lastError: reason } });
    const failed = await tx.renderJob.updateMany({
      where: { id: frameJob.renderJobId, step: { notIn: ['Completed', 'Failed', 'Cancelled'] } },
      data: { step: 'Failed', failedMessage: `frames ${frameJob.startFrame}-${frameJob.endFrame} failed ${MAX_FRAME_ATTEMPTS} times: ${reason}`, completedAt: new Date() },
    });
    if (failed.count) {
      const job = await tx.renderJob.findUniqueOrThrow({ where: { id: frameJob.renderJobId } });
      await publish(tx, { kind: 'progress', jobId: job.id, userId: job.userId, step: 'Failed', progress: job.renderProgress });
      await announceFinished(tx, job, 'Failed', { failedMessage: job.failedMessage });
    }
    return;
  }
  await tx.frameJob.update({ where: { id: frameJobId }, data: { status: 'Pending', nodeId: null, attempt: { increment: 1 }, lastError: reason, assignedAt: null } });
  await tx.renderJobLog.create({ data: { renderJobId: frameJob.renderJobId, nodeId: frameJob.nodeId, level: 'warn', message: `frames ${frameJob.startFrame}-${frameJob.endFrame} back in the queue: ${reason}` } });
}

/** Marks nodes that stopped heartbeating offline and returns their frames to the queue. */
export async function sweepOfflineNodes(db: Db): Promise<number> {
  return withTransaction(db, async (tx) => {
    const gone = await tx.$queryRaw<{ id: string }[]>`
      UPDATE render.render_nodes SET status = 'Offline', current_job_id = NULL
      WHERE status NOT IN ('Offline', 'Maintenance') AND (last_heartbeat_at IS NULL OR last_heartbeat_at < now() - make_interval(secs => ${OFFLINE_AFTER_SECONDS}))
      RETURNING id`;
    for (const { id } of gone) {
      const held = await tx.frameJob.findMany({ where: { nodeId: id, status: { in: ['Assigned', 'Rendering'] } }, select: { id: true } });
      for (const frameJob of held) await requeue(tx, frameJob.id, 'node stopped heartbeating');
      await publish(tx, { kind: 'node', nodeId: id, status: 'Offline' });
    }
    return gone.length;
  });
}

export interface CrashReport {
  nodeId: string;
  frameJobId?: string;
  lastKnownFrame?: number;
  crashSignal?: string;
  aeVersion?: string;
  errorLogTail?: string;
  logFileUrl?: string;
}

/**
 * Records an After Effects crash and decides what the node should do: retry in place once
 * (ResetAndRestart), hand the frames to another node (ReassignWork), or reboot (RestartNode)
 * when it keeps crashing.
 */
export async function recordCrash(db: Db, jobId: string, report: CrashReport) {
  return withTransaction(db, async (tx) => {
    const node = await tx.renderNode.update({
      where: { id: report.nodeId },
      data: { lifetimeCrashCount: { increment: 1 }, consecutiveFailures: { increment: 1 }, aeRunning: false },
    });
    const action = node.consecutiveFailures >= 3 ? 'RestartNode' : node.consecutiveFailures === 1 ? 'ResetAndRestart' : 'ReassignWork';
    const frameJob = report.frameJobId ? await tx.frameJob.findUnique({ where: { id: report.frameJobId } }) : null;
    if (frameJob && frameJob.renderJobId !== jobId) return null;
    if (frameJob && frameJob.nodeId === report.nodeId && action !== 'ResetAndRestart') {
      await requeue(tx, frameJob.id, `After Effects crashed (${report.crashSignal ?? 'unknown signal'})`);
      await tx.renderNode.update({ where: { id: report.nodeId }, data: { currentJobId: null } });
    }
    await tx.nodeCrash.create({
      data: {
        nodeId: report.nodeId, renderJobId: jobId, frameJobId: frameJob?.id ?? null, lastKnownFrame: report.lastKnownFrame ?? null,
        crashSignal: report.crashSignal ?? 'unknown', aeVersion: report.aeVersion ?? null, errorLog: report.errorLogTail?.slice(-8000) ?? null,
        logFileUrl: report.logFileUrl ?? null, autoRecovered: action !== 'RestartNode', recoveryAction: action,
      },
    });
    if (action === 'RestartNode') await tx.nodeCommand.create({ data: { nodeId: report.nodeId, command: 'RestartNode', payload: { reason: 'repeated After Effects crashes' }, renderJobId: jobId } });
    await tx.renderJobLog.create({ data: { renderJobId: jobId, nodeId: report.nodeId, level: 'error', message: `After Effects crashed (${report.crashSignal ?? 'unknown'}): ${action}` } });
    // The frames go to whichever node asks next; which one is not known yet.
    return { action_recommended: action, reassigned_to_node_id: null };
  });
}
