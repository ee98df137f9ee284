// Scene preview stills (seed 002): an administrator queues one snapshot job per scene of a
// project; nodes claim them, render one frame and deliver the image (or report failure); the
// latest still shows on content's Scene as `snapshot` (render's field: no cross-schema write).
import type { Db } from '../../kit/prisma.ts';
import type { Peers } from '../../kit/peers.ts';
import { AppError, ErrorCode, badInput, notFound } from '../../kit/errors.ts';
import { storage } from '../../kit/storage.ts';
import type { SnapshotJob } from '../../../prisma/generated/client/client.ts';

/** Attempts a still gets before its job is marked error. */
export const MAX_SNAPSHOT_ATTEMPTS = 3;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface ContentProject {
  id: string;
  aepFileUrl: string | null;
  aepFileMd5: string | null;
  scenes: { id: string; sceneKey: string; durationSec: number }[];
}

/** Queues a job for every scene of the project that has none queued or running; returns them all. */
export async function generateSceneSnapshots(db: Db, peers: Peers, projectId: string, requestedBy: string | null): Promise<SnapshotJob[]> {
  const [project] = await peers.entities<ContentProject>('content', 'Project', [projectId], 'id aepFileUrl aepFileMd5 scenes { id sceneKey durationSec }', { asService: true });
  if (!project) throw notFound('Project', projectId);
  if (project.scenes.length === 0) throw new AppError(ErrorCode.CONFLICT, 'The project has no scenes.');
  const sceneIds = project.scenes.map((s) => s.id);
  const active = await db.snapshotJob.findMany({ where: { sceneId: { in: sceneIds }, status: { in: ['queued', 'running'] } } });
  const busy = new Set(active.map((job) => job.sceneId));
  for (const scene of project.scenes) {
    if (busy.has(scene.id)) continue;
    await db.snapshotJob.create({
      data: {
        projectId, sceneId: scene.id, sceneKey: scene.sceneKey, requestedBy,
        // The middle of the scene shows what it is about.
        renderConfig: { aep_file_url: project.aepFileUrl, aep_file_md5: project.aepFileMd5, comp_name: `SCENE_${scene.sceneKey.toUpperCase()}`, frame_number: Math.floor((scene.durationSec * 30) / 2) },
      },
    }).catch((error: { code?: string }) => {
      // Queued meanwhile by another request: the partial unique index keeps one.
      if (error.code !== 'P2002') throw error;
    });
  }
  return db.snapshotJob.findMany({ where: { sceneId: { in: sceneIds }, status: { in: ['queued', 'running'] } }, orderBy: { createdAt: 'asc' } });
}

/** Hands the oldest queued job to a node (one node per job, however many ask at once). */
export async function claimSnapshotJob(db: Db, nodeId: string) {
  const [job] = await db.$queryRaw<SnapshotJob[]>`
    UPDATE render.snapshot_jobs SET status = 'running', node_id = ${nodeId}::uuid, claimed_at = now(), attempts = attempts + 1
    WHERE id = (SELECT id FROM render.snapshot_jobs WHERE status = 'queued' ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING id, project_id AS "projectId", scene_id AS "sceneId", scene_key AS "sceneKey", render_config AS "renderConfig"`;
  if (!job) return null;
  const config = job.renderConfig as Record<string, unknown>;
  return {
    snapshot_job_id: job.id, project_id: job.projectId, scene_id: job.sceneId, scene_key: job.sceneKey,
    aep_file_url: (config.aep_file_url as string) ?? null, aep_file_md5: (config.aep_file_md5 as string) ?? null,
    comp_name: (config.comp_name as string) ?? null, frame_number: Number(config.frame_number ?? 0),
  };
}

async function runningJob(db: Db, nodeId: string, jobId: string): Promise<SnapshotJob> {
  const job = await db.snapshotJob.findUnique({ where: { id: jobId } });
  if (!job || job.status !== 'running' || job.nodeId !== nodeId) throw new AppError(ErrorCode.CONFLICT, 'That snapshot job is not this node\'s running job.');
  return job;
}

/** Where a still is served from: a permanent URL (previews are public catalog images). */
export const snapshotImageUrl = (jobId: string) => `${(process.env.PUBLIC_URL ?? 'http://127.0.0.1:4000').replace(/\/$/, '')}/v1/snapshots/${jobId}.png`;
export const snapshotKey = (job: { id: string; sceneId: string }) => `snapshots/${job.sceneId}/${job.id}.png`;

export async function deliverSnapshot(db: Db, nodeId: string, jobId: string, pngBase64: string): Promise<void> {
  const job = await runningJob(db, nodeId, jobId);
  const image = Buffer.from(pngBase64, 'base64');
  if (image.length < 16 || !image.subarray(0, 8).equals(PNG_SIGNATURE)) throw badInput('image_png_base64 must be a PNG image.');
  await storage().put(snapshotKey(job), image);
  await db.snapshotJob.update({ where: { id: job.id }, data: { status: 'done', imageUrl: snapshotImageUrl(job.id), completedAt: new Date(), error: null } });
}

export async function failSnapshot(db: Db, nodeId: string, jobId: string, error: string): Promise<void> {
  const job = await runningJob(db, nodeId, jobId);
  const again = job.attempts < MAX_SNAPSHOT_ATTEMPTS;
  await db.snapshotJob.update({
    where: { id: job.id },
    data: again ? { status: 'queued', nodeId: null, error: error.slice(0, 4000) } : { status: 'error', error: error.slice(0, 4000), completedAt: new Date() },
  });
}
