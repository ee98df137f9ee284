// Per-request context of the notification subgraph: the shared parts plus this owner's DataLoaders.
import type { BaseContext } from '../kit/context.ts';
import { isAdmin, NOBODY } from '../kit/auth.ts';
import { loaderById } from '../kit/loaders.ts';

export function createContext(base: BaseContext) {
  const { db, caller } = base;
  const own = isAdmin(caller) ? {} : { userId: caller.kind === 'user' ? caller.userId : NOBODY };
  return {
    ...base,
    loaders: {
      notification: loaderById((ids) => db.notification.findMany({ where: { id: { in: ids }, ...own } })),
    },
  };
}
export type NotificationContext = ReturnType<typeof createContext>;
