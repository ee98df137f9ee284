// Forgotten passwords: ask for a link by email, then set a new password with its token.
import { z } from 'zod';
import { builder } from '../builder.ts';
import { createResetTokens, resetMessage, resetPassword } from '../accounts/password-reset.ts';

const env = z.object({
  /** Page of the studio that takes `?token=` and asks for the new password. */
  PASSWORD_RESET_URL: z.string().url().default('http://localhost:3000/reset-password'),
}).parse(process.env);

const NOTICE = `mutation($input: SecurityNoticeInput!) { sendSecurityNotice(input: $input) }`;

builder.mutationFields((t) => ({
  requestPasswordReset: t.boolean({
    description: 'Emails a password reset link (valid 30 minutes, once) to the account with this email. Always true: the answer never tells whether the account exists.',
    args: { email: t.arg.string({ required: true }), tenantSlug: t.arg.string({ required: false, description: 'Only the account of this tenant.' }) },
    resolve: async (_root, { email, tenantSlug }, ctx) => {
      const requests = await createResetTokens(ctx.db, email, tenantSlug);
      for (const request of requests) {
        const url = new URL(env.PASSWORD_RESET_URL);
        url.searchParams.set('token', request.token);
        const words = resetMessage(request.locale, url.toString());
        // Security email: sent whatever the user's preferences say, never shown in the inbox.
        await ctx.peers
          .asService('notification', NOTICE, { input: { userId: request.userId, tenantId: request.tenantId, type: 'security.password_reset', ...words, actionUrl: url.toString() } })
          .catch((error: unknown) => ctx.log.error({ err: error, userId: request.userId }, 'password reset email not queued'));
      }
      return true;
    },
  }),

  resetPassword: t.boolean({
    description: 'Sets a new password with the token from a reset email; every session of the account ends. INVALID_RESET_TOKEN when it was used, replaced or expired.',
    args: { token: t.arg.string({ required: true }), newPassword: t.arg.string({ required: true }) },
    resolve: async (_root, { token, newPassword }, ctx) => {
      await resetPassword(ctx.db, token, newPassword);
      return true;
    },
  }),
}));
