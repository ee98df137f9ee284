// Per-request context of the file subgraph: the shared parts plus this owner's DataLoaders.
import type { BaseContext } from '../kit/context.ts';
import { isAdmin, NOBODY } from '../kit/auth.ts';
import { loaderById } from '../kit/loaders.ts';

export function createContext(base: BaseContext) {
  const { db, caller } = base;
  const own = isAdmin(caller) ? {} : { userId: caller.kind === 'user' ? caller.userId : NOBODY };
  return {
    ...base,
    loaders: {
      folder: loaderById((ids) => db.folder.findMany({ where: { id: { in: ids }, deletedAt: null, ...own } })),
      file: loaderById((ids) => db.file.findMany({ where: { id: { in: ids }, deletedAt: null, ...own } })),
      /** Quota rows keyed by user id. */
      quota: loaderById(async (userIds) => {
        const rows = await db.quota.findMany({ where: { userId: { in: userIds } } });
        return rows.map((row) => ({ ...row, id: row.userId! }));
      }),
    },
  };
}
export type FileContext = ReturnType<typeof createContext>;
