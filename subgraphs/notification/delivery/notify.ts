// Creating a notification: the in-app row (shown or not, by the user's InApp preference), the
// live event for `myEvents` (sent once the transaction commits), and the fan-out job that sends it
// over the other channels. All in the caller's transaction, so a notification and its sends exist
// together or not at all.
import type { Prisma } from '../../../prisma/generated/client/client.ts';
import { CHANNELS, publishLive, type NotificationBusEvent } from '../../kit/events.ts';
import { enqueue } from '../../kit/outbox.ts';
import { isEnabled } from './preferences.ts';

export interface NewNotification {
  tenantId: string;
  userId: string;
  type: string;
  title: string;
  body: string;
  data?: Prisma.InputJsonObject;
  actionUrl?: string | null;
  imageUrl?: string | null;
  sourceType?: string | null;
  sourceId?: string | null;
}

export async function notify(tx: Prisma.TransactionClient, input: NewNotification): Promise<{ id: string }> {
  const preferences = await tx.notificationPreference.findMany({ where: { userId: input.userId }, select: { channel: true, notificationType: true, enabled: true } });
  const notification = await tx.notification.create({
    data: { ...input, data: input.data ?? {}, showInApp: isEnabled(preferences, 'InApp', input.type) },
    select: { id: true, showInApp: true },
  });
  if (notification.showInApp) {
    const announced: NotificationBusEvent = { id: notification.id, userId: input.userId };
    await publishLive(tx, CHANNELS.notification, announced);
  }
  await enqueue(tx, 'notification-fanout', { notificationId: notification.id }, { singletonKey: notification.id });
  return notification;
}
