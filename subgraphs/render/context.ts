// Per-request context of the render subgraph: the shared parts plus this owner's DataLoaders.
import type { BaseContext } from '../kit/context.ts';
import { isAdmin, type Caller, NOBODY } from '../kit/auth.ts';
import { loaderById, loaderByGroup } from '../kit/loaders.ts';

/** Jobs and exports a caller may see: their own; administrators see all. */
export function ownedBy(caller: Caller): { tenantId?: string; userId?: string } {
  if (isAdmin(caller)) return {};
  return caller.kind === 'user' ? { tenantId: caller.tenantId, userId: caller.userId } : { tenantId: NOBODY, userId: NOBODY };
}

export function createContext(base: BaseContext) {
  const { db, caller } = base;
  const own = ownedBy(caller);
  return {
    ...base,
    loaders: {
      renderJob: loaderById((ids) => db.renderJob.findMany({ where: { id: { in: ids }, ...own } })),
      export: loaderById((ids) => db.export.findMany({ where: { id: { in: ids }, ...own } })),
      node: loaderById((ids) => (isAdmin(caller) ? db.renderNode.findMany({ where: { id: { in: ids } } }) : Promise.resolve([]))),
      /** Frame progress per job: one grouped statement for every job in the request. */
      frameStats: loaderById(async (jobIds) => {
        const rows = await db.frameJob.groupBy({
          by: ['renderJobId'],
          where: { renderJobId: { in: jobIds } },
          _sum: { framesRendered: true },
          _max: { lastFrame: true },
        });
        const active = await db.frameJob.groupBy({ by: ['renderJobId', 'nodeId'], where: { renderJobId: { in: jobIds }, status: 'Rendering' } });
        return rows.map((row) => ({
          id: row.renderJobId,
          framesRendered: row._sum.framesRendered ?? 0,
          lastFrame: row._max.lastFrame,
          activeNodes: active.filter((a) => a.renderJobId === row.renderJobId && a.nodeId).length,
        }));
      }),
      /** Newest finished scene snapshot per content scene. */
      sceneSnapshot: loaderById(async (sceneIds) => {
        const rows = await db.snapshotJob.findMany({
          where: { sceneId: { in: sceneIds }, status: 'done' },
          orderBy: { completedAt: 'desc' },
          distinct: ['sceneId'],
        });
        return rows.map((row) => ({ ...row, id: row.sceneId }));
      }),
      jobsByUser: loaderByGroup(
        (userIds: string[]) => db.renderJob.findMany({ where: { userId: { in: userIds }, ...own }, orderBy: { queuedAt: 'desc' }, take: 500 }),
        (row) => row.userId,
      ),
      jobsBySavedProject: loaderByGroup(
        (ids: string[]) => db.renderJob.findMany({ where: { savedProjectId: { in: ids }, ...own }, orderBy: { queuedAt: 'desc' }, take: 500 }),
        (row) => row.savedProjectId,
      ),
    },
  };
}
export type RenderContext = ReturnType<typeof createContext>;
