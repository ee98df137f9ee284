// Per-request context of the identity subgraph: the shared parts plus this owner's DataLoaders.
import type { BaseContext } from '../kit/context.ts';
import { isAdmin, NOBODY } from '../kit/auth.ts';
import { loaderById } from '../kit/loaders.ts';

export function createContext(base: BaseContext) {
  const { db, caller } = base;
  // Entities are visible inside the caller's tenant; administrators and services see every tenant.
  const tenantScope = (ids: string[]) =>
    isAdmin(caller) || caller.kind === 'service' ? { id: { in: ids } } : { id: { in: ids }, tenantId: caller.kind === 'user' ? caller.tenantId : NOBODY };
  return {
    ...base,
    /** Users this request just signed in (register, login, refresh): their own fields are visible in the reply. */
    signedIn: new Set<string>(),
    loaders: {
      user: loaderById((ids) => db.user.findMany({ where: { ...tenantScope(ids), deletedAt: null } })),
      tenant: loaderById((ids) =>
        db.tenant.findMany({ where: isAdmin(caller) ? { id: { in: ids } } : { id: { in: ids.filter((id) => caller.kind === 'user' && id === caller.tenantId) } } })),
      walletByUser: loaderById(async (userIds) => {
        const wallets = await db.wallet.findMany({ where: { userId: { in: userIds } } });
        return wallets.map((wallet) => ({ ...wallet, id: wallet.userId! }));
      }),
    },
  };
}
export type IdentityContext = ReturnType<typeof createContext>;
