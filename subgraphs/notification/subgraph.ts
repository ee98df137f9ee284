// The notification subgraph: in-app notifications, their deliveries over push, email, SMS and
// Telegram, and users' preferences.
import type { SubgraphDefinition } from '../kit/server.ts';
import { createContext, type NotificationContext } from './context.ts';
import { rules } from './rules.ts';
import { schema } from './schema/index.ts';
import { onRenderFinished } from './events/render-finished.ts';
import { fanOut } from './delivery/fanout.ts';
import { deliver } from './delivery/deliver.ts';

const notification: SubgraphDefinition<NotificationContext> = {
  name: 'notification',
  schema,
  rules,
  context: createContext,
  jobs: {
    'notification-render-finished': ({ db }, event) => onRenderFinished(db, event),
    'notification-fanout': fanOut,
    'notification-deliver': deliver,
  },
};
export default notification;
