// The content subgraph: templates, projects, scenes, presets, assets, CMS.
import type { SubgraphDefinition } from '../kit/server.ts';
import { createContext, type ContentContext } from './context.ts';
import { rules } from './rules.ts';
import { schema } from './schema/index.ts';

const content: SubgraphDefinition<ContentContext> = { name: 'content', schema, rules, context: createContext };
export default content;
