// RenderJob: one video render, its frame jobs and logs, its live progress, and the fields render
// adds to User and SavedProject.
import { builder } from '../builder.ts';
import { JobStep, LogLevel, PriorityQueue, RenderQuality as Quality, RenderResolution as Resolution, FrameJobStatus, PriceType } from '../../../prisma/generated/client/enums.ts';
import { ProjectRef, SavedProjectRef, UserRef } from './external.ts';
import { ExportType } from './export.ts';
import { badInput, uuidArg } from '../../kit/errors.ts';
import { isAdmin } from '../../kit/auth.ts';
import { ownedBy, type RenderContext } from '../context.ts';
import type { Prisma, RenderJob } from '../../../prisma/generated/client/client.ts';

export const JobStepEnum = builder.enumType(JobStep, { name: 'JobStep', description: 'Where a render job is in its life.' });
export const QualityEnum = builder.enumType(Quality, { name: 'Quality', description: 'Render quality.' });
export const ResolutionEnum = builder.enumType(Resolution, { name: 'Resolution', description: 'Output resolution.' });
export const PriorityQueueEnum = builder.enumType(PriorityQueue, { name: 'PriorityQueue', description: 'Queue a job waits in.' });
export const PriceTypeEnum = builder.enumType(PriceType, { name: 'PriceType', description: 'How a render is paid for.' });
export const FrameJobStatusEnum = builder.enumType(FrameJobStatus, { name: 'FrameJobStatus', description: 'State of a frame range.' });

const TERMINAL: JobStep[] = ['Completed', 'Failed', 'Cancelled'];
export const TERMINAL_STEP_NAMES: string[] = TERMINAL;

const FrameJobType = builder.prismaObject('FrameJob', {
  description: 'A range of frames of a job, rendered by one node.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Frame job id.' }),
    startFrame: t.exposeInt('startFrame', { description: 'First frame.' }),
    endFrame: t.exposeInt('endFrame', { description: 'Last frame (inclusive).' }),
    order: t.exposeInt('orderValue', { description: 'Position in the job.' }),
    status: t.expose('status', { type: FrameJobStatusEnum, description: 'State of the range.' }),
    framesRendered: t.exposeInt('framesRendered', { description: 'Frames done so far.' }),
    attempt: t.exposeInt('attempt', { description: 'Attempt number (1 = first).' }),
    lastError: t.exposeString('lastError', { nullable: true, description: 'Why the last attempt failed.' }),
  }),
});

const RenderLogType = builder.prismaObject('RenderJobLog', {
  name: 'RenderLog',
  description: 'One line of a render job\'s execution log.',
  fields: (t) => ({
    timestamp: t.expose('loggedAt', { type: 'DateTime', description: 'When it was logged.' }),
    level: t.exposeString('level', { description: 'debug, info, warn or error.' }),
    nodeId: t.exposeID('nodeId', { nullable: true, description: 'Node that logged it.' }),
    message: t.exposeString('message', { description: 'The line.' }),
    meta: t.expose('meta', { type: 'JSON', description: 'Structured details.' }),
  }),
});

const LOG_LEVELS: LogLevel[] = ['debug', 'info', 'warn', 'error'];

export interface ProgressShape {
  jobId: string;
  job?: RenderJob;
  /** Step and progress as an event announced them (newer than any row read before it). */
  event?: { step: JobStep; progress: number };
}

export const RenderProgressType = builder.objectRef<ProgressShape>('RenderProgress');

export const RenderJobType = builder.prismaObject('RenderJob', {
  description: 'One video render of a saved project.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Render job id.' }),
    name: t.exposeString('name', { description: 'Name shown in the render list.' }),
    step: t.expose('step', { type: JobStepEnum, description: 'Where the job is.' }),
    renderProgress: t.exposeInt('renderProgress', { description: 'Percent done, 0-100.' }),
    priorityQueue: t.expose('priorityQueue', { type: PriorityQueueEnum, description: 'Queue it waits in.' }),
    priceType: t.expose('priceType', { type: PriceTypeEnum, description: 'How it is paid for.' }),
    paidPriceMinor: t.expose('paidPriceMinor', { type: 'BigInt', description: 'Amount charged, in minor units.' }),
    quality: t.expose('quality', { type: QualityEnum, description: 'Render quality.' }),
    resolution: t.expose('resolution', { type: ResolutionEnum, description: 'Output resolution.' }),
    frameRate: t.exposeInt('frameRate', { description: 'Frames per second.' }),
    durationSec: t.float({ description: 'Length in seconds.', resolve: (job) => Number(job.durationSec) }),
    totalFrames: t.exposeInt('totalFrames', { nullable: true, description: 'Frames to render.' }),
    hasVoiceover: t.exposeBoolean('hasVoiceover', { description: 'Mixes a voiceover.' }),
    preferredRegion: t.exposeString('preferredRegion', { nullable: true, description: 'Region asked for.' }),
    failedMessage: t.exposeString('failedMessage', { nullable: true, description: 'Why it failed.' }),
    retryCount: t.exposeInt('retryCount', { description: 'How many times it was retried.' }),
    repairAttempts: t.exposeInt('repairAttempts', { description: 'Frame repair jobs run.' }),
    queuedAt: t.expose('queuedAt', { type: 'DateTime', description: 'When it was submitted.' }),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true, description: 'When rendering started.' }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true, description: 'When it finished.' }),
    user: t.field({ type: UserRef, description: 'Who submitted it.', resolve: (job) => ({ id: job.userId }) }),
    savedProject: t.field({ type: SavedProjectRef, description: 'The saved project rendered.', resolve: (job) => ({ id: job.savedProjectId }) }),
    project: t.field({ type: ProjectRef, description: 'The template project rendered.', resolve: (job) => ({ id: job.projectId }) }),
    export: t.relation('export', { type: ExportType, nullable: true, description: 'The finished video, once completed.' }),
    frameJobs: t.relation('frameJobs', { description: 'Frame ranges in order.', query: { orderBy: { orderValue: 'asc' } } }),
    logs: t.relation('logs', {
      description: 'Execution log, oldest first; `level` keeps that level and above.',
      args: { level: t.arg.string({ required: false }) },
      query: ({ level }) => {
        if (level && !LOG_LEVELS.includes(level as LogLevel)) throw badInput(`level must be one of ${LOG_LEVELS.join(', ')}.`, 'level');
        const levels = level ? LOG_LEVELS.slice(LOG_LEVELS.indexOf(level as LogLevel)) : LOG_LEVELS;
        return { where: { level: { in: levels } }, orderBy: { loggedAt: 'asc' }, take: 1000 };
      },
    }),
    progress: t.field({ type: RenderProgressType, description: 'Live progress.', resolve: (job) => progressOf(job) }),
  }),
});

builder.asEntity(RenderJobType, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => ctx.loaders.renderJob.load(id),
});

export const progressOf = (job: RenderJob): ProgressShape => ({ jobId: job.id, job });

async function jobOf(progress: ProgressShape, ctx: RenderContext): Promise<RenderJob | null> {
  return progress.job ?? (await ctx.loaders.renderJob.load(progress.jobId));
}

RenderProgressType.implement({
  description: 'Progress of a render job (polled, or pushed by the renderProgress subscription).',
  fields: (t) => ({
    jobId: t.exposeID('jobId', { description: 'The job.' }),
    step: t.field({ type: JobStepEnum, nullable: true, description: 'Current step.', resolve: async (p, _a, ctx) => p.event?.step ?? (await jobOf(p, ctx))?.step ?? null }),
    progress: t.int({ description: 'Percent done, 0-100.', resolve: async (p, _a, ctx) => p.event?.progress ?? (await jobOf(p, ctx))?.renderProgress ?? 0 }),
    currentFrame: t.int({ nullable: true, description: 'Last frame reported.', resolve: async (p, _a, ctx) => (await ctx.loaders.frameStats.load(p.jobId))?.lastFrame ?? null }),
    totalFrames: t.int({ nullable: true, description: 'Frames to render.', resolve: async (p, _a, ctx) => (await jobOf(p, ctx))?.totalFrames ?? null }),
    etaSeconds: t.int({
      nullable: true,
      description: 'Estimated seconds left, from the rate so far.',
      resolve: async (p, _a, ctx) => {
        const job = await jobOf(p, ctx);
        const stats = await ctx.loaders.frameStats.load(p.jobId);
        if (!job?.startedAt || !job.totalFrames || !stats?.framesRendered || TERMINAL.includes(job.step)) return null;
        const elapsed = (Date.now() - job.startedAt.getTime()) / 1000;
        return Math.max(0, Math.round((elapsed / stats.framesRendered) * (job.totalFrames - stats.framesRendered)));
      },
    }),
    activeNodes: t.int({ description: 'Nodes rendering it now.', resolve: async (p, _a, ctx) => (await ctx.loaders.frameStats.load(p.jobId))?.activeNodes ?? 0 }),
    message: t.string({ nullable: true, description: 'Failure reason, or the step in words.', resolve: async (p, _a, ctx) => {
      const job = await jobOf(p, ctx);
      return job ? (job.failedMessage ?? job.step) : null;
    } }),
    previewB64: t.string({ nullable: true, description: 'Small preview image (base64).', resolve: async (p, _a, ctx) => (await jobOf(p, ctx))?.imagePreviewB64 ?? null }),
    job: t.field({ type: RenderJobType, nullable: true, description: 'The job.', resolve: (p, _a, ctx) => jobOf(p, ctx) }),
  }),
});

builder.asEntity(RenderProgressType, {
  key: builder.selection<{ jobId: string }>('jobId'),
  resolveReference: async ({ jobId }, ctx) => {
    const job = await ctx.loaders.renderJob.load(jobId);
    return job ? progressOf(job) : null;
  },
});

function jobsWhere(ctx: RenderContext, status?: string | null): Prisma.RenderJobWhereInput {
  if (status && !(status in JobStep)) throw badInput(`status must be one of ${Object.keys(JobStep).join(', ')}.`, 'status');
  return { ...ownedBy(ctx.caller), ...(status ? { step: status as JobStep } : {}) };
}

builder.queryFields((t) => ({
  renderJobs: t.prismaConnection({
    type: RenderJobType,
    cursor: 'id',
    description: 'Your render jobs, newest first (administrators: everyone\'s).',
    args: { status: t.arg.string({ required: false, description: 'Only jobs at this step.' }) },
    totalCount: (_root, { status }, ctx) => ctx.db.renderJob.count({ where: jobsWhere(ctx, status) }),
    resolve: (query, _root, { status }, ctx) =>
      ctx.db.renderJob.findMany({ ...query, where: jobsWhere(ctx, status), orderBy: [{ queuedAt: 'desc' }, { id: 'desc' }] }),
  }, { description: 'A page of render jobs.' }),
  renderJob: t.prismaField({
    type: RenderJobType,
    nullable: true,
    description: 'One of your render jobs (administrators: any).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => ctx.db.renderJob.findFirst({ ...query, where: { id: uuidArg(id), ...ownedBy(ctx.caller) } }),
  }),
  renderProgress: t.field({
    type: RenderProgressType,
    nullable: true,
    description: 'Progress of one of your render jobs (the polling fallback of the subscription).',
    args: { jobId: t.arg.id({ required: true }) },
    resolve: async (_root, { jobId }, ctx) => {
      const job = await ctx.loaders.renderJob.load(uuidArg(jobId, 'jobId'));
      return job ? progressOf(job) : null;
    },
  }),
}));

UserRef.implement({
  externalFields: () => ({}),
  fields: (t) => ({
    id: t.exposeID('id'),
    renderJobs: t.field({
      type: [RenderJobType],
      description: "The user's render jobs, newest first (the user and administrators only; at most 500).",
      resolve: (user, _args, ctx) =>
        ctx.caller.kind === 'user' && (ctx.caller.userId === user.id || isAdmin(ctx.caller)) ? ctx.loaders.jobsByUser.load(user.id) : [],
    }),
  }),
});

SavedProjectRef.implement({
  externalFields: () => ({}),
  fields: (t) => ({
    id: t.exposeID('id'),
    renderJobs: t.field({
      type: [RenderJobType],
      description: 'Render jobs of this saved project, newest first.',
      resolve: (savedProject, _args, ctx) => ctx.loaders.jobsBySavedProject.load(savedProject.id),
    }),
  }),
});

