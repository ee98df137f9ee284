// The identity subgraph: tenants, users, sessions, wallets.
import type { SubgraphDefinition } from '../kit/server.ts';
import { createContext, type IdentityContext } from './context.ts';
import { rules } from './rules.ts';
import { schema } from './schema/index.ts';
import { onRenderFinished } from './events/render-finished.ts';
import { onNotificationDelivered } from './events/notification-delivered.ts';
import { settleAbandonedPayments } from './billing/payments.ts';
import { onRenderForAchievements } from './gamification/achievements.ts';
import { fanOutRenderFinished } from './tenants/webhook-events.ts';
import { deliverWebhook } from './tenants/webhook-delivery.ts';
import { serveLocalGateway } from './billing/providers/config.ts';

const identity: SubgraphDefinition<IdentityContext> = {
  name: 'identity',
  schema,
  rules,
  context: createContext,
  // The local payment gateway (PAYMENT_PROVIDER=local, development only) under /local-gateway.
  routes: (req, res) => serveLocalGateway(req, res),
  jobs: {
    // This month and the next two always have a partition, however long the process runs.
    'identity-partitions': ({ db }) => db.$queryRaw`SELECT public.ensure_monthly_partitions('identity.tenant_api_request_logs'::regclass, 2) AS created`,
    'identity-render-usage': ({ db }, event) => onRenderFinished(db, event),
    'identity-notification-usage': ({ db }, event) => onNotificationDelivered(db, event),
    'identity-payment-sweep': ({ db }) => settleAbandonedPayments(db),
    'identity-achievements': ({ db, peers, log }, event) => onRenderForAchievements(db, peers, log, event),
    'identity-webhooks': ({ db }, event) => fanOutRenderFinished(db, event),
    'identity-webhook-deliver': (context, data) => deliverWebhook(context, data),
  },
};
export default identity;
