// User: an account in one tenant, with its wallet.
import { builder } from '../builder.ts';
import { UserRole } from '../../../prisma/generated/client/enums.ts';
import { TenantType } from './tenant.ts';
import { badInput, unauthenticated } from '../../kit/errors.ts';
import type { Prisma } from '../../../prisma/generated/client/client.ts';
import { isAdmin } from '../../kit/auth.ts';
import type { IdentityContext } from '../context.ts';

/** The user themself, an administrator, or a FlatRender service (notification reads contact points). */
export const canSeePrivate = (user: { id: string }, ctx: IdentityContext): boolean =>
  ctx.signedIn.has(user.id) || ctx.caller.kind === 'service' || (ctx.caller.kind === 'user' && (ctx.caller.userId === user.id || isAdmin(ctx.caller)));

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
    phone: t.string({
      nullable: true,
      description: 'Mobile number in E.164 (for SMS); null unless the caller is this user or an administrator.',
      resolve: (user, _args, ctx) => (canSeePrivate(user, ctx) ? user.phone : null),
    }),
    telegramChatId: t.field({
      type: 'BigInt',
      nullable: true,
      description: 'Telegram chat that receives notifications; null unless the caller is this user or an administrator.',
      resolve: (user, _args, ctx) => (canSeePrivate(user, ctx) ? user.telegramChatId : null),
    }),
    mfaEnabled: t.boolean({
      nullable: true,
      description: 'Whether sign-in needs a second factor; null unless the caller is this user or an administrator.',
      resolve: (user, _args, ctx) => (canSeePrivate(user, ctx) ? user.mfaEnabled : null),
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

const UpdateProfileInput = builder.inputType('UpdateProfileInput', {
  description: 'Changes to your profile: a field left out stays as it is; null clears it.',
  fields: (t) => ({
    displayName: t.string({ required: false, description: 'Name shown in the studio (1-100 characters).' }),
    locale: t.string({ required: false, description: 'UI and message language: fa or en.' }),
    phone: t.string({ required: false, description: 'Mobile number in E.164, e.g. +989121234567 (for SMS).' }),
    telegramChatId: t.field({ type: 'BigInt', required: false, description: 'Telegram chat id the FlatRender bot writes to.' }),
    avatarUrl: t.string({ required: false, description: 'Avatar image URL (https).' }),
  }),
});

const E164 = /^\+[1-9]\d{7,14}$/;
export const LOCALES = ['fa', 'en'] as const;

builder.mutationFields((t) => ({
  updateProfile: t.prismaField({
    type: UserType,
    description: 'Changes the signed-in user\'s profile and contact points.',
    args: { input: t.arg({ type: UpdateProfileInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      if (ctx.caller.kind !== 'user') throw unauthenticated();
      const data: Prisma.UserUpdateInput = {};
      if (input.displayName !== undefined) {
        const name = input.displayName?.trim() ?? '';
        if (input.displayName !== null && (name.length < 1 || name.length > 100)) throw badInput('displayName must be 1-100 characters.', 'displayName');
        data.displayName = input.displayName === null ? null : name;
      }
      if (input.locale !== undefined) {
        if (!LOCALES.includes(input.locale as never)) throw badInput(`locale must be one of ${LOCALES.join(', ')}.`, 'locale');
        data.locale = input.locale!;
      }
      if (input.phone !== undefined) {
        if (input.phone !== null && !E164.test(input.phone)) throw badInput('phone must be in E.164 form, e.g. +989121234567.', 'phone');
        // A changed number is not verified any more.
        data.phone = input.phone;
        data.phoneVerifiedAt = null;
      }
      if (input.telegramChatId !== undefined) data.telegramChatId = input.telegramChatId;
      if (input.avatarUrl !== undefined) {
        if (input.avatarUrl !== null && !/^https:\/\/\S{1,500}$/.test(input.avatarUrl)) throw badInput('avatarUrl must be an https URL.', 'avatarUrl');
        data.avatarUrl = input.avatarUrl;
      }
      const current = await ctx.db.user.findFirst({ where: { id: ctx.caller.userId, deletedAt: null }, select: { email: true } });
      if (!current) throw unauthenticated('Your account no longer exists.');
      if (data.phone === null && !current.email) throw badInput('An account without an email needs its phone number.', 'phone');
      return ctx.db.user.update({ ...query, where: { id: ctx.caller.userId }, data });
    },
  }),
}));

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
