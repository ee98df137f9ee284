// Two-factor authentication: enrol an authenticator app, confirm it (which turns MFA on and gives
// backup codes once), replace the backup codes, or turn MFA off with password and code.
import { builder } from '../builder.ts';
import { AppError, ErrorCode, unauthenticated } from '../../kit/errors.ts';
import { beginEnrollment, checkSecondFactor, checkTotp, confirmEnrollment, disable, newBackupCodes } from '../accounts/mfa.ts';
import { passwordMatches } from '../accounts/passwords.ts';
import { countFailedLogin, isLocked, lockedOut } from '../accounts/lockout.ts';
import type { IdentityContext } from '../context.ts';

const TotpEnrollment = builder.objectRef<{ secret: string; otpauthUri: string }>('TotpEnrollment').implement({
  description: 'What an authenticator app needs; shown once, until confirmed.',
  fields: (t) => ({
    secret: t.exposeString('secret', { description: 'The shared secret, base32, for typing in.' }),
    otpauthUri: t.exposeString('otpauthUri', { description: 'otpauth:// URI, for a QR code.' }),
  }),
});

const BackupCodes = builder.objectRef<{ codes: string[] }>('BackupCodes').implement({
  description: 'One-time codes that stand in for the authenticator; shown only now.',
  fields: (t) => ({ codes: t.exposeStringList('codes', { description: 'Ten codes, each usable once.' }) }),
});

async function signedInUser(ctx: IdentityContext) {
  if (ctx.caller.kind !== 'user') throw unauthenticated();
  const user = await ctx.db.user.findFirst({ where: { id: ctx.caller.userId, deletedAt: null } });
  if (!user) throw unauthenticated('Your account no longer exists.');
  if (isLocked(user)) throw lockedOut(user);
  return user;
}

const invalidCode = () => new AppError(ErrorCode.INVALID_MFA_CODE, 'That code is not valid (or was already used).', { field: 'code' });

builder.mutationFields((t) => ({
  beginTotpEnrollment: t.field({
    type: TotpEnrollment,
    description: 'Starts adding an authenticator app; confirm it with a code to turn MFA on.',
    resolve: async (_root, _args, ctx) => {
      const user = await signedInUser(ctx);
      if (user.mfaEnabled) throw new AppError(ErrorCode.CONFLICT, 'Two-factor sign-in is already on: turn it off first to change the authenticator.');
      return beginEnrollment(ctx.db, user);
    },
  }),
  confirmTotpEnrollment: t.field({
    type: BackupCodes,
    description: 'Confirms the authenticator with its current code: MFA is on, and the backup codes are returned once.',
    args: { code: t.arg.string({ required: true }) },
    resolve: async (_root, { code }, ctx) => {
      const user = await signedInUser(ctx);
      if (user.mfaEnabled) throw new AppError(ErrorCode.CONFLICT, 'Two-factor sign-in is already on.');
      if (!(await checkTotp(ctx.db, user.id, code.trim(), { enrolling: true }))) throw invalidCode();
      await confirmEnrollment(ctx.db, user.id);
      return { codes: await newBackupCodes(ctx.db, user) };
    },
  }),
  regenerateBackupCodes: t.field({
    type: BackupCodes,
    description: 'Replaces your backup codes (the old ones stop working), given a current authenticator code.',
    args: { code: t.arg.string({ required: true }) },
    resolve: async (_root, { code }, ctx) => {
      const user = await signedInUser(ctx);
      if (!user.mfaEnabled) throw new AppError(ErrorCode.CONFLICT, 'Two-factor sign-in is off.');
      if (!(await checkTotp(ctx.db, user.id, code.trim()))) {
        await countFailedLogin(ctx.db, [user.id]);
        throw invalidCode();
      }
      return { codes: await newBackupCodes(ctx.db, user) };
    },
  }),
  disableMfa: t.boolean({
    description: 'Turns two-factor sign-in off, given your password and an authenticator or backup code.',
    args: { password: t.arg.string({ required: true }), code: t.arg.string({ required: true }) },
    resolve: async (_root, { password, code }, ctx) => {
      const user = await signedInUser(ctx);
      if (!user.mfaEnabled) return false;
      if (password.length > 256 || !(await passwordMatches(user.passwordHash, password))) {
        await countFailedLogin(ctx.db, [user.id]);
        throw new AppError(ErrorCode.INVALID_CREDENTIALS, 'The password is wrong.', { field: 'password' });
      }
      if (!(await checkSecondFactor(ctx.db, user.id, code.trim()))) {
        await countFailedLogin(ctx.db, [user.id]);
        throw invalidCode();
      }
      await disable(ctx.db, user.id);
      return true;
    },
  }),
}));
