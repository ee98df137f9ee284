// The file subgraph: folders, files, quotas, uploads and cleanup (schema file_mgr).
import type { SubgraphDefinition } from '../kit/server.ts';
import { createContext, type FileContext } from './context.ts';
import { rules } from './rules.ts';
import { schema } from './schema/index.ts';

const file: SubgraphDefinition<FileContext> = { name: 'file', schema, rules, context: createContext };
export default file;
