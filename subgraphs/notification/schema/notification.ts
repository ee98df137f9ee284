// Notification: in-app notifications, listed on identity's User and marked read by their owner.
import { builder } from '../builder.ts';
import { isAdmin } from '../../kit/auth.ts';
import { notFound, uuidArg } from '../../kit/errors.ts';
import type { Prisma } from '../../../prisma/generated/client/client.ts';

export const NotificationType = builder.prismaObject('Notification', {
  description: 'A notification shown in the app (and possibly sent by push, email, SMS or Telegram).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Notification id.' }),
    type: t.exposeString('type', { description: 'What happened, e.g. render.completed.' }),
    title: t.exposeString('title', { description: 'Headline.' }),
    body: t.exposeString('body', { description: 'Text.' }),
    data: t.expose('data', { type: 'JSON', description: 'Details for the client.' }),
    actionUrl: t.exposeString('actionUrl', { nullable: true, description: 'Where tapping it leads.' }),
    imageUrl: t.exposeString('imageUrl', { nullable: true, description: 'Image to show.' }),
    readAt: t.expose('readAt', { type: 'DateTime', nullable: true, description: 'When the user read it; null while unread.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
  }),
});

builder.asEntity(NotificationType, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => ctx.loaders.notification.load(id),
});

const inbox = (userId: string, unreadOnly?: boolean | null): Prisma.NotificationWhereInput => ({
  userId,
  showInApp: true,
  OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }],
  ...(unreadOnly ? { readAt: null } : {}),
});

export const UserRef = builder.externalRef('User', builder.selection<{ id: string }>('id'), (ref) => ref);
UserRef.implement({
  externalFields: () => ({}),
  fields: (t) => ({
    id: t.exposeID('id'),
    notifications: t.prismaConnection({
      type: NotificationType,
      cursor: 'id',
      description: "The user's in-app notifications, newest first (only the user and administrators see them).",
      args: { unreadOnly: t.arg.boolean({ required: false, description: 'Only unread ones.' }) },
      totalCount: (user, { unreadOnly }, ctx) => (canRead(user.id, ctx.caller) ? ctx.db.notification.count({ where: inbox(user.id, unreadOnly) }) : 0),
      resolve: (query, user, { unreadOnly }, ctx) =>
        canRead(user.id, ctx.caller)
          ? ctx.db.notification.findMany({ ...query, where: inbox(user.id, unreadOnly), orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] })
          : [],
    }, { description: 'A page of notifications.' }),
  }),
});

const canRead = (userId: string, caller: Parameters<typeof isAdmin>[0]) => caller.kind === 'user' && (caller.userId === userId || isAdmin(caller));

builder.mutationFields((t) => ({
  markNotificationRead: t.prismaField({
    type: NotificationType,
    description: 'Marks one of your notifications read (again is harmless).',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      if (ctx.caller.kind !== 'user') throw notFound('Notification', String(id));
      const notificationId = uuidArg(id);
      // Only what the inbox shows: a security notice (never in the inbox) is not found here either.
      await ctx.db.notification.updateMany({ where: { id: notificationId, ...inbox(ctx.caller.userId, true) }, data: { readAt: new Date() } });
      const row = await ctx.db.notification.findFirst({ ...query, where: { id: notificationId, ...inbox(ctx.caller.userId) } });
      if (!row) throw notFound('Notification', notificationId);
      return row;
    },
  }),
  markAllNotificationsRead: t.int({
    description: 'Marks all your notifications read; returns how many changed.',
    resolve: async (_root, _args, ctx) =>
      // The count is of the unread ones the inbox shows, as `notifications(unreadOnly: true)` counted them.
      ctx.caller.kind === 'user' ? (await ctx.db.notification.updateMany({ where: inbox(ctx.caller.userId, true), data: { readAt: new Date() } })).count : 0,
  }),
}));
