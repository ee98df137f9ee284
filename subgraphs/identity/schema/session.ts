// Session: one signed-in device of a user, listed so the user can see and end them.
import { builder } from '../builder.ts';
import { UserType } from './user.ts';
import { unauthenticated, uuidArg } from '../../kit/errors.ts';
import { isAdmin } from '../../kit/auth.ts';
import { revokeSession } from '../accounts/sessions.ts';

export const SessionType = builder.prismaObject('Session', {
  description: 'A signed-in device.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Session id.' }),
    userAgent: t.exposeString('userAgent', { nullable: true, description: 'The browser or app that signed in.' }),
    deviceName: t.exposeString('deviceName', { nullable: true, description: 'Name the user gave the device.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it signed in.' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', description: 'When its tokens were last refreshed.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'When it ends unless refreshed.' }),
    mfaVerified: t.boolean({ description: 'Whether its sign-in passed a second factor.', resolve: (session) => session.mfaVerifiedAt !== null }),
    current: t.boolean({
      description: 'Whether this is the session making the request.',
      resolve: (session, _args, ctx) => ctx.caller.kind === 'user' && ctx.caller.sessionId === session.id,
    }),
  }),
});

builder.objectField(UserType, 'sessions', (t) =>
  t.prismaField({
    type: [SessionType],
    description: 'Devices signed in now, most recently used first (empty unless the caller is this user or an administrator).',
    resolve: (query, user, _args, ctx) =>
      ctx.caller.kind === 'user' && (ctx.caller.userId === user.id || isAdmin(ctx.caller))
        ? ctx.db.session.findMany({ ...query, where: { userId: user.id, revokedAt: null, expiresAt: { gt: new Date() } }, orderBy: { lastUsedAt: 'desc' } })
        : [],
  }));

builder.mutationFields((t) => ({
  revokeSession: t.boolean({
    description: 'Signs one of your devices out; false when it was not yours or already ended.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => {
      if (ctx.caller.kind !== 'user') throw unauthenticated();
      return revokeSession(ctx.db, ctx.caller.userId, uuidArg(id));
    },
  }),
}));
