// Sign-up, sign-in, token refresh and sign-out.
import { builder } from '../builder.ts';
import { UserType } from './user.ts';
import { AppError, ErrorCode, badInput } from '../../kit/errors.ts';
import type { IdentityContext } from '../context.ts';
import { checkPasswordStrength, decoy, hashPassword, passwordMatches } from '../accounts/passwords.ts';
import { openSession, revokeAllSessions, revokeSession, rotateSession, type IssuedTokens } from '../accounts/sessions.ts';
import { checkSecondFactor } from '../accounts/mfa.ts';
import { countFailedLogin, isLocked, lockedOut } from '../accounts/lockout.ts';
import { unauthenticated } from '../../kit/errors.ts';

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/;

interface AuthResult {
  accessToken: string | null;
  refreshToken: string | null;
  mfaRequired: boolean;
  userId: string | null;
}

const AuthPayload = builder.objectRef<AuthResult>('AuthPayload').implement({
  description: 'Tokens of a new or refreshed session.',
  fields: (t) => ({
    accessToken: t.exposeString('accessToken', { nullable: true, description: 'Short-lived JWT for the Authorization header.' }),
    refreshToken: t.exposeString('refreshToken', { nullable: true, description: 'Opaque token for `refresh`; each use replaces it.' }),
    mfaRequired: t.exposeBoolean('mfaRequired', { description: 'True when the password was right but a TOTP code is still needed.' }),
    user: t.prismaField({
      type: UserType,
      nullable: true,
      description: 'The signed-in user.',
      resolve: (query, result, _args, ctx) => {
        if (!result.userId) return null;
        ctx.signedIn.add(result.userId);
        return ctx.db.user.findUnique({ ...query, where: { id: result.userId } });
      },
    }),
  }),
});

const issued = (tokens: IssuedTokens): AuthResult => ({ ...tokens, mfaRequired: false });

const signer = (ctx: IdentityContext) => {
  if (!ctx.signer) throw new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'This process cannot sign tokens.');
  return ctx.signer;
};

const RegisterInput = builder.inputType('RegisterInput', {
  description: 'A new account.',
  fields: (t) => ({
    email: t.string({ required: true, description: 'Sign-in email.' }),
    password: t.string({ required: true, description: `At least 10 characters.` }),
    displayName: t.string({ required: false, description: 'Name shown in the studio.' }),
    tenantSlug: t.string({ required: false, description: 'Tenant to join; FlatRender itself when omitted.' }),
  }),
});

function normaliseEmail(email: string): string {
  const normalised = email.trim().toLowerCase();
  if (!EMAIL.test(normalised)) throw badInput('That is not a valid email address.', 'email');
  return normalised;
}

builder.mutationFields((t) => ({
  register: t.field({
    type: AuthPayload,
    description: 'Creates an account with an empty wallet and signs it in.',
    args: { input: t.arg({ type: RegisterInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const email = normaliseEmail(input.email);
      checkPasswordStrength(input.password);
      const displayName = input.displayName?.trim().slice(0, 120) || null;
      const tenant = await ctx.db.tenant.findUnique({ where: { slug: input.tenantSlug ?? 'flatrender' } });
      if (!tenant || tenant.status !== 'Active') throw badInput('That tenant does not exist.', 'tenantSlug');
      const existing = await ctx.db.user.findFirst({ where: { tenantId: tenant.id, email: { equals: email, mode: 'insensitive' }, deletedAt: null } });
      if (existing) throw new AppError(ErrorCode.EMAIL_TAKEN, 'An account with that email already exists.', { field: 'email' });
      const passwordHash = await hashPassword(input.password);
      const user = await ctx.db.$transaction(async (tx) => {
        const created = await tx.user.create({ data: { tenantId: tenant.id, email, passwordHash, displayName } });
        await tx.wallet.create({ data: { tenantId: tenant.id, userId: created.id, currency: tenant.currency } });
        return created;
      }).catch((error: { code?: string }) => {
        // Two registrations racing for one email: the unique index decides.
        if (error.code === 'P2002') throw new AppError(ErrorCode.EMAIL_TAKEN, 'An account with that email already exists.', { field: 'email' });
        throw error;
      });
      return issued(await openSession(ctx.db, signer(ctx), user));
    },
  }),

  login: t.field({
    type: AuthPayload,
    description: 'Signs in with email and password. Accounts in several tenants need `tenantSlug`.',
    args: {
      email: t.arg.string({ required: true }),
      password: t.arg.string({ required: true }),
      totp: t.arg.string({ required: false, description: 'Current TOTP code when the account has MFA.' }),
      tenantSlug: t.arg.string({ required: false, description: 'Tenant of the account, when the email exists in several.' }),
    },
    resolve: async (_root, args, ctx) => {
      const wrong = () => new AppError(ErrorCode.INVALID_CREDENTIALS, 'Wrong email or password.');
      const email = args.email.trim().toLowerCase();
      if (args.password.length > 256) throw wrong();
      const candidates = await ctx.db.user.findMany({
        where: { email: { equals: email, mode: 'insensitive' }, deletedAt: null, ...(args.tenantSlug ? { tenant: { slug: args.tenantSlug } } : {}) },
        take: 5,
      });
      if (candidates.length === 0) {
        await passwordMatches(await decoy(), args.password);
        throw wrong();
      }
      const matching = [];
      for (const candidate of candidates) if (await passwordMatches(candidate.passwordHash, args.password)) matching.push(candidate);
      if (matching.length > 1) throw badInput('This email has accounts in several tenants: pass tenantSlug.', 'tenantSlug');
      const user = matching[0];
      if (!user) {
        // A locked account stays locked, and guesses against it are not counted (or answered).
        const open = candidates.filter((candidate) => !isLocked(candidate));
        if (open.length === 0) throw lockedOut(candidates[0]);
        await countFailedLogin(ctx.db, open.map((candidate) => candidate.id));
        throw wrong();
      }
      if (isLocked(user)) throw lockedOut(user);
      if (user.status !== 'Active') throw new AppError(ErrorCode.FORBIDDEN, 'This account is suspended.');
      if (user.mfaEnabled) {
        if (!args.totp) return { accessToken: null, refreshToken: null, mfaRequired: true, userId: null };
        if (!(await checkSecondFactor(ctx.db, user.id, args.totp.trim()))) {
          await countFailedLogin(ctx.db, [user.id]);
          throw new AppError(ErrorCode.INVALID_MFA_CODE, 'That authenticator or backup code is not valid (or was already used).', { field: 'totp' });
        }
      }
      await ctx.db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date(), failedLoginCount: 0, lockedUntil: null } });
      return issued(await openSession(ctx.db, signer(ctx), user, { mfaVerified: user.mfaEnabled }));
    },
  }),

  refresh: t.field({
    type: AuthPayload,
    description: 'Exchanges a refresh token for new tokens. Each refresh token works once.',
    args: { refreshToken: t.arg.string({ required: true }) },
    resolve: async (_root, { refreshToken }, ctx) => issued(await rotateSession(ctx.db, signer(ctx), refreshToken)),
  }),

  logout: t.boolean({
    description: 'Ends the current session: its refresh token stops working.',
    resolve: async (_root, _args, ctx) => (ctx.caller.kind === 'user' ? revokeSession(ctx.db, ctx.caller.userId, ctx.caller.sessionId) : false),
  }),

  logoutEverywhere: t.int({
    description: 'Ends every session of yours (but this one, with keepCurrent); returns how many ended. Access tokens already issued run out within 15 minutes.',
    args: { keepCurrent: t.arg.boolean({ required: false, defaultValue: false }) },
    resolve: async (_root, { keepCurrent }, ctx) => {
      if (ctx.caller.kind !== 'user') throw unauthenticated();
      return revokeAllSessions(ctx.db, ctx.caller.userId, keepCurrent ? ctx.caller.sessionId : undefined);
    },
  }),

  changePassword: t.boolean({
    description: 'Changes your password; every other session ends.',
    args: { currentPassword: t.arg.string({ required: true }), newPassword: t.arg.string({ required: true }) },
    resolve: async (_root, { currentPassword, newPassword }, ctx) => {
      if (ctx.caller.kind !== 'user') throw unauthenticated();
      const user = await ctx.db.user.findFirst({ where: { id: ctx.caller.userId, deletedAt: null } });
      if (!user) throw unauthenticated('Your account no longer exists.');
      if (isLocked(user)) throw lockedOut(user);
      if (currentPassword.length > 256 || !(await passwordMatches(user.passwordHash, currentPassword))) {
        await countFailedLogin(ctx.db, [user.id]);
        throw new AppError(ErrorCode.INVALID_CREDENTIALS, 'The current password is wrong.', { field: 'currentPassword' });
      }
      checkPasswordStrength(newPassword);
      await ctx.db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(newPassword), failedLoginCount: 0 } });
      await revokeAllSessions(ctx.db, user.id, ctx.caller.sessionId);
      return true;
    },
  }),
}));
