// User: an account in one tenant, with its wallet.
import { builder } from '../builder.ts';
import { UserRole } from '../../../prisma/generated/client/enums.ts';
import { TenantType } from './tenant.ts';
import { unauthenticated } from '../../kit/errors.ts';
import { isAdmin } from '../../kit/auth.ts';
import type { IdentityContext } from '../context.ts';

const canSeePrivate = (user: { id: string }, ctx: IdentityContext): boolean =>
  ctx.signedIn.has(user.id) || (ctx.caller.kind === 'user' && (ctx.caller.userId === user.id || isAdmin(ctx.caller)));

export const UserRoleEnum = builder.enumType(UserRole, { name: 'UserRole', description: 'What a user may administer.' });

export const WalletType = builder.prismaObject('Wallet', {
  description: "A user's prepaid balance, charged for renders.",
  fields: (t) => ({
    balanceMinor: t.expose('balanceMinor', { type: 'BigInt', description: 'Balance in minor units of the currency.' }),
    currency: t.exposeString('currency', { description: 'ISO-4217 currency code.' }),
  }),
});

export const UserType = builder.prismaObject('User', {
  description: 'A person with an account in one tenant.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'User id.' }),
    email: t.string({
      nullable: true,
      description: 'Sign-in email; null unless the caller is this user or an administrator.',
      resolve: (user, _args, ctx) => (canSeePrivate(user, ctx) ? user.email : null),
    }),
    displayName: t.string({
      nullable: true,
      description: 'Name shown in the studio.',
      resolve: (user) => user.displayName ?? user.email?.split('@')[0] ?? null,
    }),
    avatarUrl: t.exposeString('avatarUrl', { nullable: true, description: 'Avatar image URL.' }),
    role: t.expose('role', { type: UserRoleEnum, description: 'User, tenant administrator or platform administrator.' }),
    locale: t.exposeString('locale', { description: 'UI language (fa or en).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the account was created.' }),
    tenant: t.field({
      type: TenantType,
      description: 'The tenant the user belongs to.',
      resolve: async (user, _args, ctx) => (await ctx.db.tenant.findUnique({ where: { id: user.tenantId } }))!,
    }),
    wallet: t.field({
      type: WalletType,
      nullable: true,
      description: "The user's wallet; null unless the caller is this user or an administrator.",
      resolve: (user, _args, ctx) => (canSeePrivate(user, ctx) ? ctx.loaders.walletByUser.load(user.id) : null),
    }),
  }),
});

builder.asEntity(UserType, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => ctx.loaders.user.load(id),
});

builder.queryFields((t) => ({
  me: t.prismaField({
    type: UserType,
    description: 'The signed-in user.',
    resolve: async (query, _root, _args, ctx) => {
      if (ctx.caller.kind !== 'user') throw unauthenticated();
      const user = await ctx.db.user.findFirst({ ...query, where: { id: ctx.caller.userId, deletedAt: null } });
      if (!user) throw unauthenticated('Your account no longer exists.');
      return user;
    },
  }),
}));
