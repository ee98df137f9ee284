// Scene preview stills (seed 002): an administrator queues one snapshot job per scene of a
// project; nodes claim them, render one frame and deliver the image (or report failure); the
// latest still shows on content's Scene as `snapshot` (render's field: no cross-schema write).
import type { Db } from '../../kit/prisma.ts';
import type { Peers } from '../../kit/peers.ts';
import { AppError, ErrorCode, badInput, notFound } from '../../kit/errors.ts';
import { storage } from '../../kit/storage.ts';
import type { Prisma, Snapshot, SnapshotJob } from '../../../prisma/generated/client/client.ts';
import { createHash } from 'node:crypto';

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

/**
 * Hands the oldest waiting still to a node (one node each, however many ask at once): users'
 * snapshots first, since someone waits for them, then scene previews.
 */
export async function claimSnapshotJob(db: Db, nodeId: string) {
  const [mine] = await db.$queryRaw<{ id: string; savedProjectId: string; sceneKey: string; frameNumber: number; renderConfig: Record<string, unknown> }[]>`
    UPDATE render.snapshots SET status = 'Rendering', node_id = ${nodeId}::uuid
    WHERE id = (SELECT id FROM render.snapshots WHERE status = 'Pending' ORDER BY requested_at LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING id, saved_project_id AS "savedProjectId", scene_key AS "sceneKey", frame_number AS "frameNumber", render_config AS "renderConfig"`;
  if (mine) {
    const config = mine.renderConfig;
    return {
      kind: 'saved_project', snapshot_job_id: mine.id, saved_project_id: mine.savedProjectId, project_id: String(config.project_id),
      scene_id: (config.scene_id as string) ?? null, scene_key: mine.sceneKey, frame_number: mine.frameNumber,
      aep_file_url: (config.aep_file_url as string) ?? null, aep_file_md5: (config.aep_file_md5 as string) ?? null,
      comp_name: (config.comp_name as string) ?? null, field_values: (config.field_values as object) ?? {},
    };
  }
  const [job] = await db.$queryRaw<SnapshotJob[]>`
    UPDATE render.snapshot_jobs SET status = 'running', node_id = ${nodeId}::uuid, claimed_at = now(), attempts = attempts + 1
    WHERE id = (SELECT id FROM render.snapshot_jobs WHERE status = 'queued' ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING id, project_id AS "projectId", scene_id AS "sceneId", scene_key AS "sceneKey", render_config AS "renderConfig"`;
  if (!job) return null;
  const config = job.renderConfig as Record<string, unknown>;
  return {
    kind: 'scene_preview', snapshot_job_id: job.id, project_id: job.projectId, scene_id: job.sceneId, scene_key: job.sceneKey,
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

function png(pngBase64: string): Buffer {
  const image = Buffer.from(pngBase64, 'base64');
  if (image.length < 16 || !image.subarray(0, 8).equals(PNG_SIGNATURE)) throw badInput('image_png_base64 must be a PNG image.');
  return image;
}

/** A user's snapshot the node is rendering, or null when the id is not one. */
async function renderingSnapshot(db: Db, nodeId: string, id: string): Promise<Snapshot | null> {
  const snapshot = await db.snapshot.findUnique({ where: { id } });
  if (!snapshot) return null;
  if (snapshot.status !== 'Rendering' || snapshot.nodeId !== nodeId) throw new AppError(ErrorCode.CONFLICT, 'That snapshot is not this node\'s running job.');
  return snapshot;
}

export const userSnapshotKey = (snapshot: { id: string; tenantId: string }) => `user-snapshots/${snapshot.tenantId}/${snapshot.id}.png`;

export async function deliverSnapshot(db: Db, nodeId: string, jobId: string, pngBase64: string): Promise<void> {
  const snapshot = await renderingSnapshot(db, nodeId, jobId);
  if (snapshot) {
    const image = png(pngBase64);
    await storage().put(userSnapshotKey(snapshot), image);
    await db.snapshot.update({
      where: { id: snapshot.id },
      data: { status: 'Cached', imageUrl: snapshotImageUrl(snapshot.id), thumbnailUrl: snapshotImageUrl(snapshot.id), completedAt: new Date(), expiresAt: new Date(Date.now() + SNAPSHOT_TTL_MS), errorMessage: null },
    });
    return;
  }
  const job = await runningJob(db, nodeId, jobId);
  const image = png(pngBase64);
  await storage().put(snapshotKey(job), image);
  await db.snapshotJob.update({ where: { id: job.id }, data: { status: 'done', imageUrl: snapshotImageUrl(job.id), completedAt: new Date(), error: null } });
}

export async function failSnapshot(db: Db, nodeId: string, jobId: string, error: string): Promise<void> {
  const snapshot = await renderingSnapshot(db, nodeId, jobId);
  if (snapshot) {
    // The user asks again to retry; a request resets a failed snapshot to Pending.
    await db.snapshot.update({ where: { id: snapshot.id }, data: { status: 'Failed', errorMessage: error.slice(0, 4000), completedAt: new Date() } });
    return;
  }
  const job = await runningJob(db, nodeId, jobId);
  const again = job.attempts < MAX_SNAPSHOT_ATTEMPTS;
  await db.snapshotJob.update({
    where: { id: job.id },
    data: again ? { status: 'queued', nodeId: null, error: error.slice(0, 4000) } : { status: 'error', error: error.slice(0, 4000), completedAt: new Date() },
  });
}

/** How long a cached snapshot is served before it is rendered again. */
export const SNAPSHOT_TTL_MS = 7 * 86_400_000;

interface SavedForSnapshot {
  id: string;
  fieldValues: Record<string, unknown>;
  project: { id: string };
  scenes: { sceneKey: string; fieldValues: Record<string, unknown>; scene: { id: string } | null }[];
}

/** The same AE file, scene, frame and field values always give the same key. */
export function snapshotCacheKey(aepFileMd5: string | null, sceneKey: string, frameNumber: number, fieldValues: unknown): string {
  return createHash('sha256').update(JSON.stringify([aepFileMd5, sceneKey, frameNumber, canonical(fieldValues)])).digest('hex');
}

/** JSON with object keys sorted, so equal values serialise equally. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  return value;
}

/**
 * One frame of a scene of the caller's saved project, as it is customised now. Cached (and not
 * expired): returned at once. Otherwise queued for the next idle node (Pending).
 */
export async function requestSnapshot(db: Db, peers: Peers, who: { userId: string; tenantId: string }, input: { savedProjectId: string; sceneKey: string; frameNumber: number }): Promise<Snapshot> {
  if (!Number.isInteger(input.frameNumber) || input.frameNumber < 0) throw badInput('frameNumber must be 0 or more.', 'frameNumber');
  const [saved] = await peers.entities<SavedForSnapshot>('studio', 'SavedProject', [input.savedProjectId], 'id fieldValues project { id } scenes { sceneKey fieldValues scene { id } }');
  if (!saved) throw notFound('Saved project', input.savedProjectId);
  const scene = saved.scenes.find((s) => s.sceneKey === input.sceneKey);
  if (!scene) throw badInput(`The saved project has no scene "${input.sceneKey}".`, 'sceneKey');
  const [project] = await peers.entities<{ id: string; aepFileUrl: string | null; aepFileMd5: string | null }>('content', 'Project', [saved.project.id], 'id aepFileUrl aepFileMd5', { asService: true });
  if (!project) throw notFound('Project', saved.project.id);
  const fieldValues = { ...saved.fieldValues, ...scene.fieldValues };
  const cacheKey = snapshotCacheKey(project.aepFileMd5, input.sceneKey, input.frameNumber, fieldValues);
  const found = await db.snapshot.findUnique({ where: { tenantId_cacheKey: { tenantId: who.tenantId, cacheKey } } });
  if (found && (found.status === 'Pending' || found.status === 'Rendering' || (found.status === 'Cached' && found.expiresAt > new Date()))) return found;
  const renderConfig: Prisma.InputJsonObject = {
    project_id: project.id, scene_id: scene.scene?.id ?? null, aep_file_url: project.aepFileUrl, aep_file_md5: project.aepFileMd5,
    comp_name: `SCENE_${input.sceneKey.toUpperCase()}`, field_values: fieldValues as Prisma.InputJsonObject,
  };
  return db.snapshot.upsert({
    where: { tenantId_cacheKey: { tenantId: who.tenantId, cacheKey } },
    create: { tenantId: who.tenantId, userId: who.userId, savedProjectId: saved.id, sceneKey: input.sceneKey, frameNumber: input.frameNumber, cacheKey, renderConfig },
    update: { status: 'Pending', nodeId: null, imageUrl: null, thumbnailUrl: null, errorMessage: null, requestedAt: new Date(), completedAt: null, renderConfig },
  });
}
