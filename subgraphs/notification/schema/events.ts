// myEvents: everything that happens to the signed-in user, live: their render jobs' progress (at
// most every 100 ms per job, step changes at once) and new notifications. Render progress is
// render's entity (keyed by jobId): this subgraph emits the key and the router fetches the rest.
import { builder } from '../builder.ts';
import { NotificationType } from './notification.ts';
import { unauthenticated } from '../../kit/errors.ts';
import { CHANNELS, FINAL_STEPS, eventStream, throttled, type NotificationBusEvent, type RenderBusEvent } from '../../kit/events.ts';

const RenderProgressRef = builder.externalRef('RenderProgress', builder.selection<{ jobId: string }>('jobId'), (ref) => ref);
RenderProgressRef.implement({ externalFields: () => ({}), fields: (t) => ({ jobId: t.exposeID('jobId') }) });

type MyEventShape = { jobId: string } | { notificationId: string };
type Progress = Extract<RenderBusEvent, { kind: 'progress' }>;

const MyEvent = builder.unionType('MyEvent', {
  description: 'Something that happened to the signed-in user.',
  types: [NotificationType, RenderProgressRef],
  resolveType: (event) => ('jobId' in event ? 'RenderProgress' : 'Notification'),
});

builder.subscriptionFields((t) => ({
  myEvents: t.field({
    type: MyEvent,
    description: 'Live stream of your render progress and notifications.',
    subscribe: (_root, _args, ctx) => {
      if (ctx.caller.kind !== 'user') throw unauthenticated();
      const userId = ctx.caller.userId;
      return eventStream<MyEventShape>(async (push) => {
        const jobs = new Map<string, ReturnType<typeof throttled<Progress>>>();
        const stopRender = await ctx.events.listen(CHANNELS.render, (payload) => {
          const event = payload as RenderBusEvent;
          if (event.kind !== 'progress' || event.userId !== userId) return;
          let out = jobs.get(event.jobId);
          if (!out) {
            out = throttled<Progress>((e) => push({ jobId: e.jobId }), { urgent: (previous, next) => !previous || previous.step !== next.step, intervalMs: 100 });
            jobs.set(event.jobId, out);
          }
          out.push(event);
          if (FINAL_STEPS.includes(event.step)) jobs.delete(event.jobId);
        });
        const stopNotifications = await ctx.events.listen(CHANNELS.notification, (payload) => {
          const event = payload as NotificationBusEvent;
          if (event.userId === userId) push({ notificationId: event.id });
        });
        return () => {
          for (const out of jobs.values()) out.stop();
          stopRender();
          stopNotifications();
        };
      });
    },
    resolve: async (event: MyEventShape, _args, ctx) => {
      if ('jobId' in event) return event;
      ctx.loaders.notification.clear(event.notificationId);
      return (await ctx.loaders.notification.load(event.notificationId))!;
    },
  }),
}));
