// The identity subgraph: tenants, users, sessions, wallets.
import type { SubgraphDefinition } from '../kit/server.ts';
import { createContext, type IdentityContext } from './context.ts';
import { rules } from './rules.ts';
import { schema } from './schema/index.ts';
import { onRenderFinished } from './events/render-finished.ts';

const identity: SubgraphDefinition<IdentityContext> = {
  name: 'identity',
  schema,
  rules,
  context: createContext,
  jobs: {
    // This month and the next two always have a partition, however long the process runs.
    'identity-partitions': ({ db }) => db.$queryRaw`SELECT public.ensure_monthly_partitions('identity.tenant_api_request_logs'::regclass, 2) AS created`,
    'identity-render-usage': ({ db }, event) => onRenderFinished(db, event),
  },
};
export default identity;
