// The notification subgraph: in-app notifications, deliveries and preferences.
import type { SubgraphDefinition } from '../kit/server.ts';
import { createContext, type NotificationContext } from './context.ts';
import { rules } from './rules.ts';
import { schema } from './schema/index.ts';
import { onRenderFinished } from './events/render-finished.ts';

const notification: SubgraphDefinition<NotificationContext> = {
  name: 'notification',
  schema,
  rules,
  context: createContext,
  jobs: {
    'notification-render-finished': ({ db }, event) => onRenderFinished(db, event),
  },
};
export default notification;
