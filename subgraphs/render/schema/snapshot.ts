// Scene snapshots: admin per-scene preview jobs (seed 002) shown on content's Scene, and
// single-frame snapshots of a saved project's scene (seed 003).
import { builder } from '../builder.ts';
import { SnapshotJobStatus, SnapshotStatus } from '../../../prisma/generated/client/enums.ts';
import { SceneRef } from './external.ts';
import { uuidArg } from '../../kit/errors.ts';
import { SavedProjectRef } from './external.ts';
import { ownedBy } from '../context.ts';

export const SnapshotJobStatusEnum = builder.enumType(SnapshotJobStatus, { name: 'SnapshotJobStatus', description: 'queued, running, done or error.' });

interface SceneSnapshotShape {
  imageUrl: string | null;
  completedAt: Date | null;
}

const SceneSnapshotType = builder.objectRef<SceneSnapshotShape>('SceneSnapshot').implement({
  description: 'The latest generated preview still of a template scene.',
  fields: (t) => ({
    imageUrl: t.exposeString('imageUrl', { nullable: true, description: 'Image URL.' }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true, description: 'When it was generated.' }),
  }),
});

SceneRef.implement({
  externalFields: () => ({}),
  fields: (t) => ({
    id: t.exposeID('id'),
    snapshot: t.field({
      type: SceneSnapshotType,
      nullable: true,
      description: 'Latest generated preview still of the scene (from render\'s snapshot jobs).',
      resolve: (scene, _args, ctx) => ctx.loaders.sceneSnapshot.load(scene.id),
    }),
  }),
});

export const SnapshotJobType = builder.prismaObject('SnapshotJob', {
  description: 'A job rendering one scene\'s preview still.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Job id.' }),
    sceneKey: t.exposeString('sceneKey', { description: 'Key of the scene.' }),
    status: t.expose('status', { type: SnapshotJobStatusEnum, description: 'queued, running, done or error.' }),
    imageUrl: t.exposeString('imageUrl', { nullable: true, description: 'The still, once done.' }),
    error: t.exposeString('error', { nullable: true, description: 'Why it failed.' }),
    attempts: t.exposeInt('attempts', { description: 'Attempts so far.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was queued.' }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true, description: 'When it finished.' }),
    scene: t.field({ type: SceneRef, description: 'The content scene.', resolve: (job) => ({ id: job.sceneId }) }),
  }),
});

builder.queryFields((t) => ({
  sceneSnapshotJobs: t.prismaField({
    type: [SnapshotJobType],
    description: 'Scene preview jobs of a project, newest first (administrators).',
    args: { projectId: t.arg.id({ required: true }) },
    resolve: (query, _root, { projectId }, ctx) =>
      ctx.db.snapshotJob.findMany({ ...query, where: { projectId: uuidArg(projectId, 'projectId') }, orderBy: { createdAt: 'desc' }, take: 500 }),
  }),
}));

export const SnapshotStatusEnum = builder.enumType(SnapshotStatus, { name: 'SnapshotStatus', description: 'Pending, Rendering, Cached (image ready) or Failed.' });

export const SnapshotType = builder.prismaObject('Snapshot', {
  description: 'One frame of a scene of a saved project, as customised when it was asked for.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Snapshot id.' }),
    status: t.expose('status', { type: SnapshotStatusEnum, description: 'Pending, Rendering, Cached or Failed.' }),
    sceneKey: t.exposeString('sceneKey', { description: 'The scene.' }),
    frameNumber: t.exposeInt('frameNumber', { description: 'The frame.' }),
    imageUrl: t.exposeString('imageUrl', { nullable: true, description: 'The image, once Cached.' }),
    thumbnailUrl: t.exposeString('thumbnailUrl', { nullable: true, description: 'A thumbnail, once Cached.' }),
    errorMessage: t.exposeString('errorMessage', { nullable: true, description: 'Why it failed.' }),
    requestedAt: t.expose('requestedAt', { type: 'DateTime', description: 'When it was asked for.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'When the cached image stops being served.' }),
    savedProject: t.field({ type: SavedProjectRef, description: 'The saved project.', resolve: (row) => ({ id: row.savedProjectId }) }),
  }),
});

builder.queryFields((t) => ({
  snapshot: t.prismaField({
    type: SnapshotType,
    nullable: true,
    description: 'One of your snapshots.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => ctx.db.snapshot.findFirst({ ...query, where: { id: uuidArg(id), ...ownedBy(ctx.caller) } }),
  }),
}));
