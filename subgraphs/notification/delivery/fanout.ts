// The fan-out of one notification: the user's contact points (from identity) crossed with their
// preferences give one delivery row per channel and destination, each then sent by its own job.
// Safe to run twice: rows are unique per (notification, channel, destination).
import type { JobContext } from '../../kit/jobs.ts';
import { enqueue } from '../../kit/outbox.ts';
import type { NotificationChannel, DeliveryStatus } from '../../../prisma/generated/client/enums.ts';
import { readChannelConfig, type ChannelConfig } from '../channels/config.ts';
import { isEnabled } from './preferences.ts';

/** What notification needs to know of a user, read from identity as a service. */
export interface ContactPoints {
  id: string;
  email: string | null;
  phone: string | null;
  telegramChatId: number | string | null;
  pushSubscriptions: { id: string; endpoint: string }[];
}
export const CONTACT_SELECTION = 'id email phone telegramChatId pushSubscriptions { id endpoint }';

export async function fanOut({ db, peers }: JobContext, { notificationId }: { notificationId: string }): Promise<string> {
  const notification = await db.notification.findUnique({ where: { id: notificationId }, select: { id: true, tenantId: true, userId: true, type: true } });
  if (!notification) return 'notification deleted';
  const [user] = await peers.entities<ContactPoints>('identity', 'User', [notification.userId], CONTACT_SELECTION, { asService: true });
  if (!user) return 'user deleted';
  const preferences = await db.notificationPreference.findMany({ where: { userId: notification.userId } });
  const wants = (channel: NotificationChannel) => isEnabled(preferences, channel, notification.type);

  const targets: { channel: NotificationChannel; destination: string; pushSubscriptionId?: string }[] = [];
  if (wants('Push')) for (const subscription of user.pushSubscriptions) targets.push({ channel: 'Push', destination: subscription.endpoint, pushSubscriptionId: subscription.id });
  if (wants('Email') && user.email) targets.push({ channel: 'Email', destination: user.email });
  if (wants('Sms') && user.phone) targets.push({ channel: 'Sms', destination: user.phone });
  if (wants('Telegram') && user.telegramChatId !== null) targets.push({ channel: 'Telegram', destination: String(user.telegramChatId) });

  const config = readChannelConfig();
  const rows = targets.map((target) => {
    const ready = isConfigured(config, target.channel);
    return {
      ...target,
      tenantId: notification.tenantId,
      userId: notification.userId,
      notificationId,
      status: (ready ? 'Pending' : 'Skipped') as DeliveryStatus,
      lastError: ready ? null : `${target.channel} is not configured on this server.`,
    };
  });
  await db.$transaction(async (tx) => {
    await tx.notificationDelivery.createMany({ data: rows, skipDuplicates: true });
    const fresh = await tx.notificationDelivery.findMany({ where: { notificationId, status: 'Pending', attempts: 0 }, select: { id: true } });
    for (const delivery of fresh) await enqueue(tx, 'notification-deliver', { deliveryId: delivery.id }, { singletonKey: delivery.id });
  });
  return `${rows.length} deliveries`;
}

export function isConfigured(config: ChannelConfig, channel: NotificationChannel): boolean {
  switch (channel) {
    case 'Push': return Boolean(config.VAPID_PUBLIC_KEY && config.VAPID_PRIVATE_KEY);
    case 'Email': return Boolean(config.SMTP_URL);
    case 'Sms': return Boolean(config.SMS_ACCOUNT_SID && config.SMS_AUTH_TOKEN && config.SMS_FROM);
    case 'Telegram': return Boolean(config.TELEGRAM_BOT_TOKEN);
    case 'InApp': return true;
  }
}
