// The render subgraph: render jobs, frame jobs, nodes, snapshots, exports.
import type { SubgraphDefinition } from '../kit/server.ts';
import { createContext, type RenderContext } from './context.ts';
import { rules } from './rules.ts';
import { schema } from './schema/index.ts';
import { nodeAgentRoutes } from './http/node-agent.ts';
import { prepareContracts } from './http/contract.ts';
import { downloadRoutes } from './http/downloads.ts';
import { sweepExpiredExports } from './orchestrator/exports.ts';
import { sweepOfflineNodes } from './orchestrator/scheduler.ts';
import { settleFilledFrameJobs } from './orchestrator/jobs.ts';

const render: SubgraphDefinition<RenderContext> = {
  name: 'render',
  schema,
  rules,
  context: createContext,
  jobs: {
    // This month and the next two always have a partition, however long the process runs.
    'render-partitions': ({ db }) => db.$queryRaw`SELECT public.ensure_monthly_partitions('render.node_health_logs'::regclass, 2) AS created`,
    // Frame jobs counted full but never settled first (their nodes are then free), then silent nodes.
    'render-offline-sweep': async ({ db }) => ({ settled: await settleFilledFrameJobs(db), offline: await sweepOfflineNodes(db) }),
    'render-export-sweep': ({ db }) => sweepExpiredExports(db),
    'render-signature-sweep': ({ db }) => db.nodeRequestSignature.deleteMany({ where: { seenAt: { lt: new Date(Date.now() - 10 * 60_000) } } }),
  },
  routes: async (req, res, deps) => (await downloadRoutes(req, res, deps)) || nodeAgentRoutes(req, res, deps),
  prepare: prepareContracts,
};
export default render;
