// Quota: how much storage a user has and uses; file adds `User.quota` to identity's User.
import { builder } from '../builder.ts';
import { isAdmin } from '../../kit/auth.ts';
import { defaultQuotaBytes } from '../library/quota.ts';

interface QuotaShape {
  usedBytes: bigint;
  limitBytes: bigint;
  fileCount: number;
}

const QuotaType = builder.objectRef<QuotaShape>('Quota').implement({
  description: "A user's storage quota.",
  fields: (t) => ({
    usedBytes: t.field({ type: 'BigInt', description: 'Bytes in use.', resolve: (q) => q.usedBytes }),
    limitBytes: t.field({ type: 'BigInt', description: 'Bytes allowed.', resolve: (q) => q.limitBytes }),
    fileCount: t.exposeInt('fileCount', { description: 'Number of files.' }),
  }),
});

export const UserRef = builder.externalRef('User', builder.selection<{ id: string }>('id'), (ref) => ref);
UserRef.implement({
  externalFields: () => ({}),
  fields: (t) => ({
    id: t.exposeID('id'),
    quota: t.field({
      type: QuotaType,
      nullable: true,
      description: "The user's storage quota; null unless the caller is this user or an administrator.",
      resolve: async (user, _args, ctx) => {
        if (ctx.caller.kind !== 'user' || (ctx.caller.userId !== user.id && !isAdmin(ctx.caller))) return null;
        const row = await ctx.loaders.quota.load(user.id);
        return row
          ? { usedBytes: row.usedBytes, limitBytes: row.quotaBytes, fileCount: row.fileCount }
          : { usedBytes: 0n, limitBytes: defaultQuotaBytes(), fileCount: 0 };
      },
    }),
  }),
});
