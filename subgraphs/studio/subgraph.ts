// The studio subgraph: saved projects and their audio.
import type { SubgraphDefinition } from '../kit/server.ts';
import { createContext, type StudioContext } from './context.ts';
import { rules } from './rules.ts';
import { schema } from './schema/index.ts';

const studio: SubgraphDefinition<StudioContext> = { name: 'studio', schema, rules, context: createContext };
export default studio;
