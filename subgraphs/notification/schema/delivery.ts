// NotificationDelivery: one send of a notification over push, email, SMS or Telegram, with its
// attempts; listed on the notification for its user and administrators.
import { builder } from '../builder.ts';
import { NotificationType } from './notification.ts';
import { NotificationChannel, DeliveryStatus } from '../../../prisma/generated/client/enums.ts';

export const NotificationChannelEnum = builder.enumType(NotificationChannel, {
  name: 'NotificationChannel',
  description: 'Where a notification reaches the user.',
});

export const DeliveryStatusEnum = builder.enumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description: 'Pending (queued or waiting to retry), Sent (the provider accepted it), Delivered, Failed (given up) or Skipped (the channel is not configured).',
});

export const NotificationDeliveryType = builder.prismaObject('NotificationDelivery', {
  description: 'One send of a notification to one destination.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Delivery id.' }),
    channel: t.expose('channel', { type: NotificationChannelEnum, description: 'The channel.' }),
    destination: t.exposeString('destination', { description: 'Email address, phone number, Telegram chat id or push endpoint.' }),
    status: t.expose('status', { type: DeliveryStatusEnum, description: 'Where the send stands.' }),
    attempts: t.exposeInt('attempts', { description: 'Sends tried so far.' }),
    lastError: t.exposeString('lastError', { nullable: true, description: 'Why the last attempt failed (or why it was skipped).' }),
    nextAttemptAt: t.expose('nextAttemptAt', { type: 'DateTime', nullable: true, description: 'When the next attempt is due, while Pending.' }),
    sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true, description: 'When the provider accepted it.' }),
    provider: t.exposeString('provider', { nullable: true, description: 'Who carried it (smtp, webpush, sms, telegram).' }),
  }),
});

builder.prismaObjectField(NotificationType, 'deliveries', (t) =>
  t.relation('deliveries', {
    description: 'Its sends over the other channels, oldest first.',
    query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
  }));
