// The file subgraph: folders, files, quotas, resumable uploads and cleanup (schema file_mgr).
import type { SubgraphDefinition } from '../kit/server.ts';
import { createContext, type FileContext } from './context.ts';
import { rules } from './rules.ts';
import { schema } from './schema/index.ts';
import { uploadRoutes } from './http/uploads.ts';
import { downloadRoutes } from './http/downloads.ts';
import { runDueSchedules } from './cleanup/schedules.ts';

const file: SubgraphDefinition<FileContext> = {
  name: 'file',
  schema,
  rules,
  context: createContext,
  jobs: {
    'file-cleanup': ({ db, log }) => runDueSchedules(db, log),
  },
  routes: async (req, res, deps) => (await uploadRoutes(req, res, deps)) || downloadRoutes(req, res, deps),
};
export default file;
