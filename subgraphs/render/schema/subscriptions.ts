// Live render progress and node status, fed by NOTIFY from whichever replica made the change.
// Progress for one job goes out at most every 100 ms (the latest wins), step changes at once,
// and progress never goes backwards; the stream ends after the job's final step.
import { builder } from '../builder.ts';
import { RenderProgressType, TERMINAL_STEP_NAMES, type ProgressShape } from './render-job.ts';
import { RenderNodeType } from './render-node.ts';
import { RENDER_EVENTS_CHANNEL, type RenderEvent } from '../orchestrator/events.ts';
import { eventStream, throttled } from '../../kit/events.ts';
import { forbidden, notFound, uuidArg } from '../../kit/errors.ts';
import { isAdmin } from '../../kit/auth.ts';
import type { JobStep } from '../../../prisma/generated/client/enums.ts';

/** Progress events of one job go out at most this often. */
export const PROGRESS_INTERVAL_MS = 100;

type ProgressEvent = Extract<RenderEvent, { kind: 'progress' }>;

builder.subscriptionFields((t) => ({
  renderProgress: t.field({
    type: RenderProgressType,
    description: 'Live progress of one of your render jobs (administrators: any), starting with where it is now.',
    args: { jobId: t.arg.id({ required: true }) },
    subscribe: async (_root, { jobId }, ctx) => {
      const id = uuidArg(jobId, 'jobId');
      const job = await ctx.loaders.renderJob.load(id);
      if (!job) throw notFound('Render job', id);
      return eventStream<ProgressShape>(async (push, end) => {
        const out = throttled<ProgressEvent>((event) => {
          push({ jobId: id, event: { step: event.step as JobStep, progress: event.progress } });
          if (TERMINAL_STEP_NAMES.includes(event.step)) end();
        }, { urgent: (previous, next) => !previous || previous.step !== next.step, intervalMs: PROGRESS_INTERVAL_MS });
        const stop = await ctx.events.listen(RENDER_EVENTS_CHANNEL, (payload) => {
          const event = payload as RenderEvent;
          if (event.kind !== 'progress' || event.jobId !== id) return;
          out.push({ ...event, progress: Math.max(event.progress, out.last?.progress ?? 0) });
        });
        // Where the job is now, read after listening so nothing falls in between.
        const now = await ctx.db.renderJob.findUniqueOrThrow({ where: { id } });
        out.push({ kind: 'progress', jobId: id, userId: now.userId, step: now.step, progress: now.renderProgress });
        return () => {
          out.stop();
          stop();
        };
      });
    },
    resolve: (shape: ProgressShape, _args, ctx) => {
      // One subscription keeps its context: read the job afresh for every event.
      ctx.loaders.renderJob.clear(shape.jobId);
      ctx.loaders.frameStats.clear(shape.jobId);
      return shape;
    },
  }),

  nodeStatusChanged: t.prismaField({
    type: RenderNodeType,
    description: 'Render nodes as their status changes (administrators).',
    subscribe: async (_root, _args, ctx) => {
      if (!isAdmin(ctx.caller)) throw forbidden('Only administrators may watch nodes.');
      return eventStream<{ nodeId: string }>(async (push) =>
        ctx.events.listen(RENDER_EVENTS_CHANNEL, (payload) => {
          const event = payload as RenderEvent;
          if (event.kind === 'node') push({ nodeId: event.nodeId });
        }));
    },
    resolve: async (query, event: { nodeId: string }, _args, ctx) => ctx.db.renderNode.findUniqueOrThrow({ ...query, where: { id: event.nodeId } }),
  }),
}));

