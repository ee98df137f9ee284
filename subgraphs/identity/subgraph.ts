// The identity subgraph: tenants, users, sessions, wallets.
import type { SubgraphDefinition } from '../kit/server.ts';
import { createContext, type IdentityContext } from './context.ts';
import { rules } from './rules.ts';
import { schema } from './schema/index.ts';

const identity: SubgraphDefinition<IdentityContext> = { name: 'identity', schema, rules, context: createContext };
export default identity;
