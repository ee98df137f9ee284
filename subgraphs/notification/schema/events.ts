// myEvents: everything that happens to the signed-in user, live. Render progress is render's
// entity (keyed by jobId): this subgraph emits the key and the router fetches the rest.
import { builder } from '../builder.ts';
import { NotificationType } from './notification.ts';
import { AppError, ErrorCode } from '../../kit/errors.ts';

const RenderProgressRef = builder.externalRef('RenderProgress', builder.selection<{ jobId: string }>('jobId'), (ref) => ref);
RenderProgressRef.implement({ externalFields: () => ({}), fields: (t) => ({ jobId: t.exposeID('jobId') }) });

const MyEvent = builder.unionType('MyEvent', {
  description: 'Something that happened to the signed-in user.',
  types: [NotificationType, RenderProgressRef],
  resolveType: (event) => ('jobId' in event ? 'RenderProgress' : 'Notification'),
});

builder.subscriptionFields((t) => ({
  myEvents: t.field({
    type: MyEvent,
    description: 'Live stream of your notifications and render progress.',
    subscribe: () => {
      // The router's subscription bridge and the event bus come with the render pipeline.
      throw new AppError(ErrorCode.NOT_IMPLEMENTED, 'Live events are not served yet.');
    },
    resolve: (event: never) => event,
  }),
}));
