// The render subgraph: render jobs, frame jobs, nodes, snapshots, exports.
import type { SubgraphDefinition } from '../kit/server.ts';
import { createContext, type RenderContext } from './context.ts';
import { rules } from './rules.ts';
import { schema } from './schema/index.ts';

const render: SubgraphDefinition<RenderContext> = { name: 'render', schema, rules, context: createContext };
export default render;
