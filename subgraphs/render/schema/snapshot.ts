// Scene snapshots: admin per-scene preview jobs (seed 002) shown on content's Scene, and
// single-frame snapshots of a saved project's scene (seed 003).
import { builder } from '../builder.ts';
import { SnapshotJobStatus } from '../../../prisma/generated/client/enums.ts';
import { SceneRef } from './external.ts';
import { uuidArg } from '../../kit/errors.ts';

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
