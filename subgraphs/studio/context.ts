// Per-request context of the studio subgraph: the shared parts plus this owner's DataLoaders.
import type { BaseContext } from '../kit/context.ts';
import { DEFAULT_TENANT_ID, isAdmin, NOBODY } from '../kit/auth.ts';
import { loaderById, loaderByGroup } from '../kit/loaders.ts';

export function createContext(base: BaseContext) {
  const { db, caller } = base;
  const own = isAdmin(caller) ? {} : { tenantId: caller.kind === 'user' ? caller.tenantId : NOBODY, userId: caller.kind === 'user' ? caller.userId : NOBODY };
  return {
    ...base,
    loaders: {
      // A saved project is its owner's (administrators see all).
      savedProject: loaderById((ids) => db.savedProject.findMany({ where: { id: { in: ids }, deletedAt: null, ...own } })),
      // Library tracks (no user) are everyone's; uploads and recordings are their owner's.
      audioTrack: loaderById((ids) =>
        db.audioTrack.findMany({
          where: {
            id: { in: ids },
            ...(isAdmin(caller) ? {} : { OR: [{ userId: null, tenantId: { in: [DEFAULT_TENANT_ID, caller.kind === 'user' ? caller.tenantId : DEFAULT_TENANT_ID] } }, { userId: caller.kind === 'user' ? caller.userId : NOBODY }] }),
          },
        })),
      scenesBySavedProject: loaderByGroup(
        (ids: string[]) => db.savedProjectScene.findMany({ where: { savedProjectId: { in: ids } }, orderBy: { orderValue: 'asc' } }),
        (row) => row.savedProjectId,
      ),
      sfxBySavedProject: loaderByGroup(
        (ids: string[]) => db.savedProjectSfx.findMany({ where: { savedProjectId: { in: ids } }, orderBy: [{ startMs: 'asc' }, { id: 'asc' }] }),
        (row) => row.savedProjectId,
      ),
    },
  };
}
export type StudioContext = ReturnType<typeof createContext>;
