// NotificationPreference: which channels a user wants, for every kind of notification or one kind.
import { builder } from '../builder.ts';
import { UserRef } from './notification.ts';
import { NotificationChannelEnum } from './delivery.ts';
import { badInput, unauthenticated } from '../../kit/errors.ts';
import { isAdmin } from '../../kit/auth.ts';
import { readChannelConfig } from '../channels/config.ts';
import { isConfigured } from '../delivery/fanout.ts';
import { DEFAULT_ENABLED, NOTIFICATION_TYPES, isEnabled } from '../delivery/preferences.ts';
import type { NotificationChannel } from '../../../prisma/generated/client/enums.ts';

interface PreferenceShape {
  channel: NotificationChannel;
  notificationType: string;
  enabled: boolean;
  /** False where no row exists and the default applies. */
  explicit: boolean;
}

export const NotificationPreferenceType = builder.objectRef<PreferenceShape>('NotificationPreference').implement({
  description: 'Whether one channel is on, for one kind of notification or for all ("*").',
  fields: (t) => ({
    channel: t.expose('channel', { type: NotificationChannelEnum, description: 'The channel.' }),
    notificationType: t.exposeString('notificationType', { description: 'A notification type (see notificationTypes) or "*" for all.' }),
    enabled: t.exposeBoolean('enabled', { description: 'Whether notifications of this type are sent over this channel.' }),
    explicit: t.exposeBoolean('explicit', { description: 'False when the user never chose and the default applies.' }),
  }),
});

const NotificationTypeInfo = builder.objectRef<{ type: string; description: string }>('NotificationTypeInfo').implement({
  description: 'A kind of notification the system sends.',
  fields: (t) => ({
    type: t.exposeString('type', { description: 'e.g. render.completed.' }),
    description: t.exposeString('description', { description: 'When it is sent.' }),
  }),
});

const NotificationChannelInfo = builder.objectRef<{ channel: NotificationChannel }>('NotificationChannelInfo').implement({
  description: 'A channel and whether this server can send over it.',
  fields: (t) => ({
    channel: t.expose('channel', { type: NotificationChannelEnum, description: 'The channel.' }),
    available: t.boolean({ description: 'Whether the server has this channel configured.', resolve: ({ channel }) => isConfigured(readChannelConfig(), channel) }),
    enabledByDefault: t.boolean({ description: 'Whether it is on for users who never chose (SMS is opt-in).', resolve: ({ channel }) => DEFAULT_ENABLED[channel] }),
  }),
});

const CHANNELS = Object.keys(DEFAULT_ENABLED) as NotificationChannel[];

builder.queryFields((t) => ({
  notificationTypes: t.field({
    type: [NotificationTypeInfo],
    description: 'Every kind of notification, for a settings screen.',
    resolve: () => Object.entries(NOTIFICATION_TYPES).map(([type, description]) => ({ type, description })),
  }),
  notificationChannels: t.field({
    type: [NotificationChannelInfo],
    description: 'Every channel and whether this server sends over it.',
    resolve: () => CHANNELS.map((channel) => ({ channel })),
  }),
  webPushPublicKey: t.string({
    nullable: true,
    description: 'The VAPID public key a browser subscribes with (applicationServerKey); null when push is not configured.',
    resolve: () => readChannelConfig().VAPID_PUBLIC_KEY ?? null,
  }),
}));

builder.objectFields(UserRef, (t) => ({
    notificationPreferences: t.field({
      type: [NotificationPreferenceType],
      description: 'Each channel\'s setting for all types ("*"), then every per-type choice (only the user and administrators see them).',
      resolve: async (user, _args, ctx) => {
        if (!(ctx.caller.kind === 'user' && (ctx.caller.userId === user.id || isAdmin(ctx.caller)))) return [];
        const rows = await ctx.db.notificationPreference.findMany({ where: { userId: user.id }, orderBy: [{ channel: 'asc' }, { notificationType: 'asc' }] });
        const everyType = CHANNELS.map((channel) => ({ channel, notificationType: '*', enabled: isEnabled(rows, channel, '*'), explicit: rows.some((r) => r.channel === channel && r.notificationType === '*') }));
        const perType = rows.filter((r) => r.notificationType !== '*').map((r) => ({ channel: r.channel, notificationType: r.notificationType, enabled: r.enabled, explicit: true }));
        return [...everyType, ...perType];
      },
    }),
}));

builder.mutationFields((t) => ({
  setNotificationPreference: t.field({
    type: NotificationPreferenceType,
    description: 'Turns a channel on or off for one kind of notification, or for all ("*", the default).',
    args: {
      channel: t.arg({ type: NotificationChannelEnum, required: true }),
      notificationType: t.arg.string({ required: false, defaultValue: '*', description: 'A type from notificationTypes, or "*".' }),
      enabled: t.arg.boolean({ required: true }),
    },
    resolve: async (_root, { channel, notificationType, enabled }, ctx) => {
      if (ctx.caller.kind !== 'user') throw unauthenticated();
      const type = notificationType ?? '*';
      if (type !== '*' && !NOTIFICATION_TYPES[type]) {
        throw badInput(`Unknown notification type "${type.slice(0, 64)}"; known: ${Object.keys(NOTIFICATION_TYPES).join(', ')} or "*".`, 'notificationType');
      }
      const { userId, tenantId } = ctx.caller;
      const row = await ctx.db.notificationPreference.upsert({
        where: { userId_channel_notificationType: { userId, channel, notificationType: type } },
        create: { userId, tenantId, channel, notificationType: type, enabled },
        update: { enabled },
      });
      return { channel: row.channel, notificationType: row.notificationType, enabled: row.enabled, explicit: true };
    },
  }),
}));
