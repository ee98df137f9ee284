// Render jobs from submission to export: pricing and charging, splitting into frame jobs,
// counting frames once, completion, cancellation with one refund, and retries.
import type { Db } from '../../kit/prisma.ts';
import type { Peers } from '../../kit/peers.ts';
import { AppError, ErrorCode, badInput, isUuid, notFound } from '../../kit/errors.ts';
import type { JobStep, PriceType, RenderQuality, RenderResolution } from '../../../prisma/generated/client/enums.ts';
import type { Prisma, RenderJob } from '../../../prisma/generated/client/client.ts';
import { priceOf, RESOLUTION_LONG_SIDE } from './pricing.ts';
import { announceFinished, publish, RENDER_EVENTS_CHANNEL } from './events.ts';
import { announceIfAlreadyHeld, assertRenderable } from './ae-files.ts';
import { notifiesInSql, withTransaction } from '../../kit/events.ts';
import { ForeignFrameJob, ReplayedRequest } from '../http/hmac.ts';
import { randomUUID } from 'node:crypto';
import { storage } from '../../kit/storage.ts';
import { EXPORT_EXTENSION, encodePoster } from './encoder.ts';

export const TERMINAL_STEPS: JobStep[] = ['Completed', 'Failed', 'Cancelled'];
/** Frames per frame job: small enough to spread a job over nodes, large enough to be worth it. */
export const FRAMES_PER_CHUNK = Number(process.env.RENDER_FRAMES_PER_CHUNK ?? 90);
/** Days an export is kept before it is deleted, unless extended, for users without a plan. */
const DEFAULT_RETENTION_DAYS = 7;

type Tx = Prisma.TransactionClient;

export interface Submitter {
  userId: string;
  tenantId: string;
  apiKeyId?: string | null;
}

export interface SubmitInput {
  savedProjectId: string;
  quality: RenderQuality;
  resolution: RenderResolution;
  frameRate?: number | null;
  is60Fps?: boolean | null;
  priceType?: PriceType | null;
  discountCode?: string | null;
  supportFlatrender?: boolean | null;
  tellMeWhenDone?: boolean | null;
  preferredRegion?: string | null;
}

interface StudioSavedProject {
  id: string;
  name: string;
  fieldValues: unknown;
  musicVolume: number;
  sfxVolume: number;
  voiceoverVolume: number;
  project: { id: string };
  musicTrack: { id: string; url: string } | null;
  voiceoverTrack: { id: string; url: string } | null;
  scenes: { sceneKey: string; order: number; fieldValues: unknown }[];
}

interface ContentProject {
  id: string;
  durationSec: number | null;
  frameRate: number;
  aeStatus: string;
  aepFileUrl: string | null;
  aepFileMd5: string | null;
  aeVersion: string | null;
  mainComp: string | null;
  width: number;
  height: number;
  template: { id: string; priceMinor: number };
  /** Named assets the AE file references (frozen with the job; nodes get links to them). */
  assets: { name: string; kind: string; url: string; md5: string | null; sizeBytes: number }[];
}

const chargeKey = (jobId: string) => `render:${jobId}:charge`;
const refundKey = (jobId: string) => `render:${jobId}:refund`;

/**
 * Prices a render, charges the user's wallet through identity, and queues the job split into
 * frame jobs. Nothing is queued when the charge fails (INSUFFICIENT_BALANCE).
 */
export async function submit(db: Db, peers: Peers, who: Submitter, input: SubmitInput, retryOf?: RenderJob): Promise<RenderJob> {
  const frameRate = input.is60Fps ? 60 : (input.frameRate ?? null);
  if (frameRate !== null && ![24, 25, 30, 60].includes(frameRate)) throw badInput('frameRate must be 24, 25, 30 or 60.', 'frameRate');
  if (input.is60Fps === false && frameRate === 60) throw badInput('frameRate 60 needs is60Fps.', 'is60Fps');
  if (input.preferredRegion && !/^[a-z0-9-]{1,40}$/.test(input.preferredRegion)) throw badInput('preferredRegion is a region name like "teh".', 'preferredRegion');

  let config: Prisma.InputJsonObject;
  let project: ContentProject;
  let name: string;
  if (retryOf) {
    config = retryOf.renderConfig as Prisma.InputJsonObject;
    project = (config.project as unknown) as ContentProject;
    name = retryOf.name;
  } else {
    // The saved project is read as the caller (studio shows owners their own); the project's
    // After Effects internals as the render service.
    const [saved] = await peers.entities<StudioSavedProject>('studio', 'SavedProject', [input.savedProjectId],
      'id name fieldValues musicVolume sfxVolume voiceoverVolume project { id } musicTrack { id url } voiceoverTrack { id url } scenes { sceneKey order fieldValues }');
    if (!saved) throw notFound('Saved project', input.savedProjectId);
    const [found] = await peers.entities<ContentProject>('content', 'Project', [saved.project.id],
      'id durationSec frameRate aeStatus aepFileUrl aepFileMd5 aeVersion mainComp width height template { id priceMinor } assets { name kind url md5 sizeBytes }', { asService: true });
    if (!found) throw notFound('Project', saved.project.id);
    assertRenderable(found.aeStatus);
    project = found;
    name = saved.name;
    config = {
      project: { ...found } as unknown as Prisma.InputJsonObject,
      fieldValues: saved.fieldValues as Prisma.InputJsonValue,
      scenes: saved.scenes as unknown as Prisma.InputJsonArray,
      audio: {
        music: saved.musicTrack ? { url: saved.musicTrack.url, volume: saved.musicVolume } : null,
        voiceover: saved.voiceoverTrack ? { url: saved.voiceoverTrack.url, volume: saved.voiceoverVolume } : null,
        sfxVolume: saved.sfxVolume,
      },
    };
  }
  const fps = frameRate ?? project.frameRate;
  const durationSec = project.durationSec ?? 0;
  if (durationSec <= 0) throw new AppError(ErrorCode.CONFLICT, 'This project has no duration to render.');
  const totalFrames = Math.ceil(durationSec * fps);
  const priceType = input.priceType ?? 'Cash';
  const price = priceOf({ basePriceMinor: BigInt(project.template.priceMinor), quality: input.quality, resolution: input.resolution, frameRate: fps, durationSec, priceType });

  // How long the export is kept comes from the user's plan (7 days without one).
  const { activePlanOf } = await peers.asService<{ activePlanOf: { exportRetentionDays: number } | null }>('identity',
    'query($u: ID!) { activePlanOf(userId: $u) { exportRetentionDays } }', { u: who.userId });
  config = { ...config, exportRetentionDays: activePlanOf?.exportRetentionDays ?? DEFAULT_RETENTION_DAYS };

  const jobId = randomUUID();
  let walletTransactionId: string | null = null;
  if (priceType === 'Plan') {
    // One of the subscription's included renders (SUBSCRIPTION_REQUIRED / PLAN_LIMIT_REACHED: nothing is queued).
    await peers.asService('identity', 'mutation($u: ID!, $j: ID!, $r: String, $q: String) { usePlanRender(userId: $u, renderJobId: $j, resolution: $r, quality: $q) { id } }',
      { u: who.userId, j: jobId, r: input.resolution, q: input.quality });
  }
  if (price > 0n) {
    const charged = await peers.asService<{ chargeWallet: { id: string } }>('identity',
      'mutation($input: ChargeWalletInput!) { chargeWallet(input: $input) { id } }',
      { input: { userId: who.userId, amountMinor: Number(price), idempotencyKey: chargeKey(jobId), referenceType: 'render_job', referenceId: jobId, description: `Render: ${name}` } });
    walletTransactionId = charged.chargeWallet.id;
  }
  try {
    return await withTransaction(db, async (tx) => {
      const job = await tx.renderJob.create({
        data: {
          id: jobId, tenantId: who.tenantId, userId: who.userId, apiKeyId: who.apiKeyId ?? null,
          savedProjectId: input.savedProjectId, projectId: project.id, aepFileMd5: project.aepFileMd5, name,
          priceType, paidPriceMinor: price, discountCode: input.discountCode ?? null, walletTransactionId,
          quality: input.quality, resolution: input.resolution, frameRate: fps, is60Fps: fps === 60, durationSec, totalFrames,
          hasVoiceover: Boolean((config.audio as { voiceover?: unknown } | undefined)?.voiceover),
          supportFlatrender: input.supportFlatrender ?? false, tellMeWhenDone: input.tellMeWhenDone ?? false,
          preferredRegion: input.preferredRegion ?? null, renderConfig: config,
          retryOfJobId: retryOf?.id ?? null, retryCount: retryOf ? retryOf.retryCount + 1 : 0,
          frameJobs: { create: chunks(totalFrames).map(([startFrame, endFrame], orderValue) => ({ startFrame, endFrame, orderValue })) },
          logs: { create: [{ level: 'info', message: `queued: ${totalFrames} frames at ${fps} fps, ${input.quality} ${input.resolution}, ${price} charged` }] },
        },
      });
      await publish(tx, { kind: 'progress', jobId, userId: job.userId, step: job.step, progress: 0 });
      if (!retryOf) await announceIfAlreadyHeld(tx, project);
      return job;
    });
  } catch (error) {
    // Charged but not queued: give the money back before reporting the failure.
    if (walletTransactionId) await refundJob(peers, jobId, 'render could not be queued');
    if (priceType === 'Plan') await peers.asService('identity', 'mutation($j: ID!) { releasePlanRender(renderJobId: $j) }', { j: jobId });
    throw error;
  }
}

/** Frame ranges of FRAMES_PER_CHUNK frames covering 0 .. totalFrames - 1. */
export function chunks(totalFrames: number, size = FRAMES_PER_CHUNK): [number, number][] {
  const ranges: [number, number][] = [];
  for (let start = 0; start < totalFrames; start += size) ranges.push([start, Math.min(start + size, totalFrames) - 1]);
  return ranges;
}

async function refundJob(peers: Peers, jobId: string, reason: string): Promise<bigint> {
  const refunded = await peers.asService<{ refundWallet: { amountMinor: number } }>('identity',
    'mutation($c: String!, $k: String!, $d: String) { refundWallet(chargeKey: $c, idempotencyKey: $k, description: $d) { amountMinor } }',
    { c: chargeKey(jobId), k: refundKey(jobId), d: reason });
  return BigInt(refunded.refundWallet.amountMinor);
}

/** Cancels a job that has not finished; the charge is refunded exactly once. */
export async function cancel(db: Db, peers: Peers, job: RenderJob, reason: string | null, issuedBy: string | null): Promise<{ cancelled: boolean; refundAmountMinor: bigint }> {
  const cancelled = await withTransaction(db, async (tx) => {
    // Only the first cancel moves the job; the guard makes concurrent cancels harmless.
    const moved = await tx.renderJob.updateMany({
      where: { id: job.id, step: { notIn: TERMINAL_STEPS } },
      data: { step: 'Cancelled', cancelledAt: new Date(), cancelReason: reason?.slice(0, 500) ?? null, completedAt: new Date() },
    });
    if (moved.count === 0) return false;
    const holding = await tx.frameJob.findMany({ where: { renderJobId: job.id, status: { in: ['Assigned', 'Rendering'] }, nodeId: { not: null } }, select: { nodeId: true } });
    await tx.frameJob.updateMany({ where: { renderJobId: job.id, status: { not: 'Done' } }, data: { status: 'Failed', lastError: 'cancelled' } });
    for (const nodeId of new Set(holding.map((f) => f.nodeId!))) {
      await tx.nodeCommand.create({ data: { nodeId, command: 'CancelJob', payload: { job_id: job.id }, renderJobId: job.id, issuedBy, expiresAt: new Date(Date.now() + 15 * 60_000) } });
    }
    await tx.renderNode.updateMany({ where: { currentJobId: job.id }, data: { currentJobId: null } });
    await tx.renderJobLog.create({ data: { renderJobId: job.id, level: 'info', message: `cancelled${reason ? `: ${reason}` : ''}` } });
    await publish(tx, { kind: 'progress', jobId: job.id, userId: job.userId, step: 'Cancelled', progress: job.renderProgress });
    await announceFinished(tx, job, 'Cancelled');
    return true;
  });
  if (!cancelled) {
    const current = await db.renderJob.findUniqueOrThrow({ where: { id: job.id } });
    return { cancelled: false, refundAmountMinor: current.refundAmountMinor ?? 0n };
  }
  const refundAmountMinor = job.paidPriceMinor > 0n ? await refundJob(peers, job.id, reason ?? 'cancelled') : 0n;
  await db.renderJob.update({ where: { id: job.id }, data: { refundAmountMinor } });
  return { cancelled: true, refundAmountMinor };
}

/** A failed or cancelled job rendered again with the same configuration (charged again). */
export async function retry(db: Db, peers: Peers, job: RenderJob): Promise<RenderJob> {
  if (job.step !== 'Failed' && job.step !== 'Cancelled') throw new AppError(ErrorCode.CONFLICT, 'Only a failed or cancelled render can be retried.');
  return submit(db, peers, { userId: job.userId, tenantId: job.tenantId, apiKeyId: job.apiKeyId }, {
    savedProjectId: job.savedProjectId, quality: job.quality, resolution: job.resolution, frameRate: job.frameRate, is60Fps: job.is60Fps,
    priceType: job.priceType, supportFlatrender: job.supportFlatrender, tellMeWhenDone: job.tellMeWhenDone, preferredRegion: job.preferredRegion,
  }, job);
}

/** Queues the bad frames again: one repair job and one new frame job per contiguous range. */
async function repair(tx: Tx, job: RenderJob, bad: { frame: number; missing: boolean }[]): Promise<void> {
  const ranges: { start: number; end: number; missing: boolean }[] = [];
  for (const { frame, missing } of bad) {
    const last = ranges.at(-1);
    if (last && last.end === frame - 1 && last.missing === missing) last.end = frame;
    else ranges.push({ start: frame, end: frame, missing });
  }
  // Empty reports go, so the frames can be reported again.
  await tx.$executeRaw`DELETE FROM render.frame_reports r USING render.frame_jobs f
    WHERE f.id = r.frame_job_id AND f.render_job_id = ${job.id}::uuid AND r.file_size_bytes = 0`;
  const [{ next }] = await tx.$queryRaw<{ next: number }[]>`SELECT COALESCE(MAX(order_value), -1)::int + 1 AS next FROM render.frame_jobs WHERE render_job_id = ${job.id}::uuid`;
  for (const [index, range] of ranges.entries()) {
    const frameJob = await tx.frameJob.create({ data: { renderJobId: job.id, startFrame: range.start, endFrame: range.end, orderValue: next + index, attempt: job.repairAttempts + 2 } });
    await tx.frameRepairJob.create({
      data: { renderJobId: job.id, frameJobId: frameJob.id, startFrame: range.start, endFrame: range.end, reason: range.missing ? 'Missing' : 'Corrupt', attempt: job.repairAttempts + 1 },
    });
  }
  await tx.renderJob.update({ where: { id: job.id }, data: { step: 'Repairing', repairAttempts: { increment: 1 } } });
  await tx.renderJobLog.create({ data: { renderJobId: job.id, level: 'warn', message: `repairing ${bad.length} frames in ${ranges.length} ranges` } });
  await publish(tx, { kind: 'progress', jobId: job.id, userId: job.userId, step: 'Repairing', progress: job.renderProgress });
}

export interface FrameReport {
  frameJobId: string;
  frameNumber: number;
  fileSizeBytes: number;
}

interface FrameReportRow {
  claimed: number;
  notified: number;
  render_job_id: string | null;
  node_id: string | null;
  start_frame: number;
  end_frame: number;
  frame_status: string;
  frames_rendered: number;
  job_step: JobStep;
  counted: number | null;
  progress: number | null;
  step: JobStep | null;
  user_id: string | null;
}

/**
 * Records one rendered frame. A frame reported again changes nothing; progress only grows; the
 * last frame of the last frame job completes the job and creates its export.
 *
 * Every report but a frame job's last is one statement: it claims the request's signature (when
 * given; see http/node-agent.ts), records the frame, counts it on its frame job and moves the
 * job's progress (and, on the PostgreSQL bus, sends its live event), so the job's row is locked
 * for that one statement, and a report is one round trip instead of a transaction of seven. The last frame of a frame
 * job (and any report while the job repairs) goes on to settleFrameJob. A signed report counts only
 * for a frame job of the node that signed it (ForeignFrameJob otherwise).
 */
export async function recordFrame(db: Db, givenJobId: string, report: FrameReport, signature: { signature: string; nodeId: string } | null = null): Promise<void> {
  // Compared with ids as PostgreSQL prints them (lowercase).
  if (!isUuid(givenJobId)) throw badInput('job_id must be a UUID.');
  const jobId = givenJobId.toLowerCase();
  const inline = notifiesInSql(db);
  const [row] = await db.$queryRaw<FrameReportRow[]>`
    WITH claimed AS (
      INSERT INTO render.node_request_signatures (signature, node_id)
      SELECT ${signature?.signature ?? null}::text, ${signature?.nodeId ?? null}::uuid WHERE ${signature?.signature ?? null}::text IS NOT NULL
      ON CONFLICT (signature) DO NOTHING RETURNING 1
    ), target AS (
      SELECT f.id, f.render_job_id, f.node_id, f.start_frame, f.end_frame, f.status, f.frames_rendered, j.step
      FROM render.frame_jobs f JOIN render.render_jobs j ON j.id = f.render_job_id
      WHERE f.id = ${report.frameJobId}::uuid AND (${signature?.signature ?? null}::text IS NULL OR EXISTS (SELECT 1 FROM claimed))
    ), reported AS (
      -- Late news of abandoned work, of another job or out of range is not recorded.
      INSERT INTO render.frame_reports (frame_job_id, frame_number, file_size_bytes)
      SELECT id, ${report.frameNumber}, ${report.fileSizeBytes} FROM target
      WHERE render_job_id = ${jobId}::uuid AND ${report.frameNumber} BETWEEN start_frame AND end_frame
        AND (${signature?.nodeId ?? null}::uuid IS NULL OR node_id = ${signature?.nodeId ?? null}::uuid)
        AND step NOT IN ('Completed', 'Failed', 'Cancelled') AND status NOT IN ('Failed', 'Reassigned')
      ON CONFLICT DO NOTHING RETURNING frame_job_id
    ), counted AS (
      UPDATE render.frame_jobs f SET frames_rendered = f.frames_rendered + 1, last_frame = GREATEST(COALESCE(f.last_frame, -1), ${report.frameNumber}),
        output_bytes = f.output_bytes + ${report.fileSizeBytes}, status = 'Rendering', started_at = COALESCE(f.started_at, now())
      FROM reported r WHERE f.id = r.frame_job_id
      RETURNING f.frames_rendered, f.end_frame - f.start_frame + 1 AS frames
    ), progressed AS (
      -- Progress from every frame job's count (this report's included), never backwards and never
      -- 100 before the export exists; only while the frame job has frames to come.
      UPDATE render.render_jobs j SET
        render_progress = GREATEST(j.render_progress, LEAST(99, ((s.rendered + 1) * 100) / GREATEST(1, COALESCE(j.total_frames, s.rendered + 1)))),
        step = CASE WHEN j.step IN ('Queued', 'Preparing', 'Replicating') THEN 'Rendering'::render.job_step ELSE j.step END,
        started_at = COALESCE(j.started_at, now())
      FROM counted c, (SELECT COALESCE(SUM(frames_rendered), 0)::int AS rendered FROM render.frame_jobs WHERE render_job_id = ${jobId}::uuid) s
      WHERE j.id = ${jobId}::uuid AND c.frames_rendered < c.frames AND j.step <> 'Repairing'
      RETURNING j.render_progress, j.step, j.user_id
    ), notified AS (
      -- On the PostgreSQL bus the progress event goes out with this statement's commit.
      SELECT pg_notify(${RENDER_EVENTS_CHANNEL}, json_build_object('kind', 'progress', 'jobId', ${jobId}::text, 'userId', p.user_id, 'step', p.step, 'progress', p.render_progress)::text)
      FROM progressed p WHERE ${inline}
    )
    SELECT (SELECT COUNT(*) FROM claimed)::int AS claimed, (SELECT COUNT(*) FROM notified)::int AS notified, t.render_job_id, t.node_id::text, t.start_frame, t.end_frame, t.status::text AS frame_status,
      t.frames_rendered, t.step AS job_step, c.frames_rendered AS counted, p.render_progress AS progress, p.step, p.user_id
    FROM (SELECT 1) AS one LEFT JOIN target t ON true LEFT JOIN counted c ON true LEFT JOIN progressed p ON true`;
  if (signature && row.claimed === 0) throw new ReplayedRequest();
  // The node that signed may have been chosen from a kept frame job (http/node-agent.ts).
  if (signature && row.render_job_id && row.node_id !== signature.nodeId) throw new ForeignFrameJob();
  if (!row.render_job_id || row.render_job_id !== jobId) throw new AppError(ErrorCode.CONFLICT, 'That frame job does not belong to this render job.');
  if (report.frameNumber < row.start_frame || report.frameNumber > row.end_frame) throw badInput(`frame_number must be within ${row.start_frame}-${row.end_frame}.`);
  if (TERMINAL_STEPS.includes(row.job_step) || row.frame_status === 'Failed' || row.frame_status === 'Reassigned') return;
  if (row.progress !== null && row.step && row.user_id) {
    if (!row.notified) await publish(db as never, { kind: 'progress', jobId, userId: row.user_id, step: row.step, progress: row.progress });
    return;
  }
  const frames = row.end_frame - row.start_frame + 1;
  // Counted but not settled (its frame job's last frame, or a repair), or a report sent again
  // after its frame job filled up without being settled (a crash in between): settle it now.
  if (row.counted !== null || (row.frames_rendered >= frames && row.frame_status !== 'Done')) await settleFrameJob(db, jobId, report.frameJobId);
}

/**
 * A frame job's count is in: a full one is Done and frees its node, the job's progress moves,
 * and the last frame job of the job completes it. Safe to run again and at once: the frame job's
 * row is locked first, so a second settle of it waits and then finds it Done; the job's step is
 * worked out in SQL on the row as it is when updated, and a finished job is never touched, so a
 * settle of another frame job cannot take it back from Completed; and the job's row, locked by
 * the progress update, orders two frame jobs ending at once (the later one completes the job).
 */
async function settleFrameJob(db: Db, jobId: string, frameJobId: string): Promise<void> {
  await withTransaction(db, async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM render.frame_jobs WHERE id = ${frameJobId}::uuid FOR UPDATE`;
    const frameJob = await tx.frameJob.findUnique({ where: { id: frameJobId }, include: { renderJob: true } });
    if (!frameJob || frameJob.renderJobId !== jobId || frameJob.status === 'Done' || frameJob.status === 'Failed' || frameJob.status === 'Reassigned') return;
    const job = frameJob.renderJob;
    if (TERMINAL_STEPS.includes(job.step)) return;
    const frames = frameJob.endFrame - frameJob.startFrame + 1;
    const frameJobDone = frameJob.framesRendered >= frames;
    if (frameJobDone) {
      await tx.frameJob.update({ where: { id: frameJob.id }, data: { status: 'Done', completedAt: new Date(), framesValidated: frames } });
      if (frameJob.nodeId) {
        await tx.renderNode.updateMany({ where: { id: frameJob.nodeId, currentJobId: jobId }, data: { currentJobId: null, lifetimeTaskCount: { increment: 1 }, consecutiveFailures: 0 } });
      }
    }
    if (job.step === 'Repairing') await tx.frameRepairJob.updateMany({ where: { frameJobId: frameJob.id, status: 'Pending' }, data: { status: 'Running', startedAt: new Date(), nodeId: frameJob.nodeId } });
    const [moved] = await tx.$queryRaw<{ progress: number; step: JobStep }[]>`
      UPDATE render.render_jobs j SET
        render_progress = GREATEST(j.render_progress, LEAST(99, (s.rendered * 100) / GREATEST(1, COALESCE(j.total_frames, s.rendered)))),
        step = CASE WHEN j.step IN ('Queued', 'Preparing', 'Replicating') THEN 'Rendering'::render.job_step ELSE j.step END,
        started_at = COALESCE(j.started_at, now())
      FROM (SELECT COALESCE(SUM(frames_rendered), 0)::int AS rendered FROM render.frame_jobs WHERE render_job_id = ${jobId}::uuid) s
      WHERE j.id = ${jobId}::uuid AND j.step NOT IN ('Completed', 'Failed', 'Cancelled')
      RETURNING j.render_progress AS progress, j.step`;
    if (!moved) return; // finished meanwhile
    if (frameJobDone && (await tx.frameJob.count({ where: { renderJobId: jobId, status: { not: 'Done' } } })) === 0) {
      await complete(tx, { ...job, step: moved.step, renderProgress: moved.progress });
      return;
    }
    await publish(tx, { kind: 'progress', jobId, userId: job.userId, step: moved.step, progress: moved.progress });
  });
}

/**
 * Frame jobs whose every frame was counted but that were never settled (the process stopped, or
 * the settle failed, between the two): settled now. The offline sweep runs it every minute; a
 * node that sends its last frame again settles its own at once.
 */
export async function settleFilledFrameJobs(db: Db): Promise<number> {
  const filled = await db.$queryRaw<{ id: string; render_job_id: string }[]>`
    SELECT f.id, f.render_job_id FROM render.frame_jobs f JOIN render.render_jobs j ON j.id = f.render_job_id
    WHERE f.frames_rendered >= f.end_frame - f.start_frame + 1 AND f.status NOT IN ('Done', 'Failed', 'Reassigned')
      AND j.step NOT IN ('Completed', 'Failed', 'Cancelled')`;
  for (const frameJob of filled) await settleFrameJob(db, frameJob.render_job_id, frameJob.id);
  return filled.length;
}

/** Times a job's bad frames are rendered again before it fails. */
export const MAX_REPAIR_ATTEMPTS = 2;

/**
 * Every frame job is done: validate the frames (none missing, none empty). Bad frames are
 * rendered again as repair jobs (each a new frame job for the scheduler); good ones are encoded
 * into the export.
 */
async function complete(tx: Tx, job: RenderJob): Promise<void> {
  const frames = await tx.$queryRaw<{ frame: number; size: bigint | null }[]>`
    SELECT g.frame, r.file_size_bytes AS size
    FROM generate_series(0, ${(job.totalFrames ?? 1) - 1}) AS g(frame)
    LEFT JOIN (SELECT DISTINCT ON (r.frame_number) r.frame_number, r.file_size_bytes FROM render.frame_reports r
               JOIN render.frame_jobs f ON f.id = r.frame_job_id WHERE f.render_job_id = ${job.id}::uuid
               ORDER BY r.frame_number, r.file_size_bytes DESC) r ON r.frame_number = g.frame
    ORDER BY g.frame`;
  const bad = frames.filter((f) => f.size === null || f.size === 0n);
  await tx.renderJob.update({ where: { id: job.id }, data: { step: 'Validating' } });
  await tx.frameRepairJob.updateMany({ where: { renderJobId: job.id, status: { in: ['Pending', 'Running'] } }, data: { status: bad.length ? 'Failed' : 'Done', completedAt: new Date() } });
  if (bad.length) {
    if (job.repairAttempts >= MAX_REPAIR_ATTEMPTS) {
      const failedMessage = `${bad.length} frames still missing or empty after ${MAX_REPAIR_ATTEMPTS} repairs`;
      await tx.renderJob.update({ where: { id: job.id }, data: { step: 'Failed', failedMessage, completedAt: new Date() } });
      await publish(tx, { kind: 'progress', jobId: job.id, userId: job.userId, step: 'Failed', progress: job.renderProgress });
      await announceFinished(tx, job, 'Failed', { failedMessage });
      return;
    }
    await repair(tx, job, bad.map((f) => ({ frame: f.frame, missing: f.size === null })));
    return;
  }
  await tx.renderJob.update({ where: { id: job.id }, data: { step: 'Encoding' } });
  await publish(tx, { kind: 'progress', jobId: job.id, userId: job.userId, step: 'Encoding', progress: job.renderProgress });
  const config = job.renderConfig as { project?: { width?: number; height?: number }; exportRetentionDays?: number };
  const longSide = RESOLUTION_LONG_SIDE[job.resolution];
  const nativeW = config.project?.width ?? 1920;
  const nativeH = config.project?.height ?? 1080;
  const scale = longSide / Math.max(nativeW, nativeH);
  const produced = new Date();
  const width = Math.round(nativeW * scale);
  const height = Math.round(nativeH * scale);
  // Encoding: the file is written before the export row commits, so a row never lacks its file.
  const key = `exports/${job.tenantId}/${job.id}.${EXPORT_EXTENSION}`;
  const file = encodePoster(job.id, await tx.frameJob.count({ where: { renderJobId: job.id } }), width, height);
  await storage().put(key, file);
  const exported = await tx.export.create({
    data: {
      tenantId: job.tenantId, userId: job.userId, savedProjectId: job.savedProjectId, path: key,
      fileExtension: EXPORT_EXTENSION, fileType: 'Image',
      sizeBytes: BigInt(file.length), durationSec: job.durationSec, width, height,
      renderQuality: job.quality, produceDate: produced, autoDeleteDate: new Date(produced.getTime() + (config.exportRetentionDays ?? DEFAULT_RETENTION_DAYS) * 86_400_000),
    },
  });
  await tx.renderJob.update({ where: { id: job.id }, data: { step: 'Completed', renderProgress: 100, exportId: exported.id, completedAt: produced } });
  const bytes = frames.reduce((sum, f) => sum + (f.size ?? 0n), 0n);
  await tx.renderJobLog.create({ data: { renderJobId: job.id, level: 'info', message: `completed: export ${exported.id}; ${bytes} bytes of frames encoded into ${file.length}` } });
  await publish(tx, { kind: 'progress', jobId: job.id, userId: job.userId, step: 'Completed', progress: 100 });
  await announceFinished(tx, job, 'Completed', { exportId: exported.id });
}
