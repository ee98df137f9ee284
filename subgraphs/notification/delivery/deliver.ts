// Sends one delivery and records what happened: Sent, Failed (a permanent refusal, or the last
// attempt), or another attempt queued after a growing delay. A delivery is claimed before it is
// sent, so a duplicated job or a second replica never sends it twice at once.
import type { JobContext } from '../../kit/jobs.ts';
import { enqueue, publishEvent } from '../../kit/outbox.ts';
import type { Db } from '../../kit/prisma.ts';
import type { NotificationDeliveredEvent } from '../../../prisma/jobs.ts';
import { readChannelConfig, type ChannelConfig } from '../channels/config.ts';
import { DeliveryError, type OutgoingMessage, type SentMessage } from '../channels/sender.ts';
import { sendPush, type PushTarget } from '../channels/push.ts';
import { sendEmail } from '../channels/email.ts';
import { sendSms } from '../channels/sms.ts';
import { sendTelegram } from '../channels/telegram.ts';
import { composeMessage } from './messages.ts';
import { isConfigured } from './fanout.ts';
import type { Peers } from '../../kit/peers.ts';

/** Attempts before a delivery is given up. */
export const MAX_ATTEMPTS = 5;
/** How long a claimed delivery is held by its sender; after it, a crashed send is tried again. */
const LEASE_MS = 2 * 60_000;

const retryDelayMs = (config: ChannelConfig, attempts: number) =>
  Math.min(config.NOTIFICATION_RETRY_BASE_SECONDS * 4 ** (attempts - 1), 3600) * 1000;

export async function deliver({ db, peers, log }: JobContext, { deliveryId }: { deliveryId: string }): Promise<string> {
  const claimed = await db.notificationDelivery.updateMany({
    where: { id: deliveryId, status: 'Pending', OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: new Date(Date.now() + 1000) } }] },
    data: { attempts: { increment: 1 }, nextAttemptAt: new Date(Date.now() + LEASE_MS) },
  });
  if (claimed.count === 0) return 'not due';
  const delivery = await db.notificationDelivery.findUniqueOrThrow({ where: { id: deliveryId }, include: { notification: true } });
  const config = readChannelConfig();
  try {
    if (!isConfigured(config, delivery.channel)) throw new DeliveryError(`${delivery.channel} is not configured on this server.`, true);
    const [user] = await peers.entities<{ locale: string }>('identity', 'User', [delivery.userId], 'id locale', { asService: true });
    if (!user) throw new DeliveryError('The user no longer exists.', true);
    const message = await composeMessage(db, delivery.notification, delivery.channel, user.locale, config.PUBLIC_URL);
    const sent = await send(config, peers, delivery, message);
    await markSent(db, delivery, sent);
    if (delivery.pushSubscriptionId) await pushOutcome(peers, log, delivery.pushSubscriptionId, true, false);
    return 'sent';
  } catch (error) {
    const failure = error instanceof DeliveryError ? error : new DeliveryError((error as Error).message, false);
    if (failure.permanent || delivery.attempts >= MAX_ATTEMPTS) {
      await db.notificationDelivery.update({ where: { id: deliveryId }, data: { status: 'Failed', lastError: failure.message, nextAttemptAt: null } });
      if (delivery.pushSubscriptionId) await pushOutcome(peers, log, delivery.pushSubscriptionId, false, failure.gone);
      return 'failed';
    }
    const at = new Date(Date.now() + retryDelayMs(config, delivery.attempts));
    await db.$transaction(async (tx) => {
      await tx.notificationDelivery.update({ where: { id: deliveryId }, data: { lastError: failure.message, nextAttemptAt: at } });
      await enqueue(tx, 'notification-deliver', { deliveryId }, { startAfter: at, singletonKey: deliveryId });
    });
    return 'retry scheduled';
  }
}

/**
 * Records the delivery Sent and, in the same transaction, tells identity (which counts it in the
 * recipient's tenant's daily usage): the event exists exactly when the Sent row does, and only
 * the send that moves the row from Pending emits it, so a delivery is counted once.
 */
async function markSent(db: Db, delivery: { id: string; notificationId: string; userId: string; tenantId: string; channel: string }, sent: SentMessage): Promise<void> {
  const sentAt = new Date();
  await db.$transaction(async (tx) => {
    const moved = await tx.notificationDelivery.updateMany({
      where: { id: delivery.id, status: 'Pending' },
      data: { status: 'Sent', sentAt, provider: sent.provider, providerMessageId: sent.providerMessageId ?? null, nextAttemptAt: null, lastError: null },
    });
    if (moved.count === 0) return;
    const event: NotificationDeliveredEvent = {
      eventId: `notification.delivered:${delivery.id}`, deliveryId: delivery.id, notificationId: delivery.notificationId,
      userId: delivery.userId, tenantId: delivery.tenantId, channel: delivery.channel, sentAt: sentAt.toISOString(),
    };
    await publishEvent(tx, 'notification.delivered', event);
  });
}

async function send(config: ChannelConfig, peers: Peers, delivery: { channel: string; destination: string; pushSubscriptionId: string | null }, message: OutgoingMessage): Promise<SentMessage> {
  switch (delivery.channel) {
    case 'Push': {
      const [target] = delivery.pushSubscriptionId
        ? await peers.entities<PushTarget & { disabledAt: string | null }>('identity', 'PushSubscription', [delivery.pushSubscriptionId], 'id endpoint p256dh auth disabledAt', { asService: true })
        : [null];
      if (!target || target.disabledAt) throw new DeliveryError('The browser unsubscribed from push.', true);
      return sendPush({ publicKey: config.VAPID_PUBLIC_KEY!, privateKey: config.VAPID_PRIVATE_KEY!, subject: config.VAPID_SUBJECT }, target, message);
    }
    case 'Email':
      return sendEmail(config.SMTP_URL!, config.EMAIL_FROM, delivery.destination, message);
    case 'Sms':
      return sendSms({ apiUrl: config.SMS_API_URL, accountSid: config.SMS_ACCOUNT_SID!, authToken: config.SMS_AUTH_TOKEN!, from: config.SMS_FROM! }, delivery.destination, message);
    case 'Telegram':
      return sendTelegram({ apiUrl: config.TELEGRAM_API_URL, token: config.TELEGRAM_BOT_TOKEN! }, delivery.destination, message);
    default:
      throw new DeliveryError(`Channel ${delivery.channel} is not sent by a job.`, true);
  }
}

/** Tells identity how the push service answered; bookkeeping only, so a failure here is logged, not retried. */
async function pushOutcome(peers: Peers, log: JobContext['log'], id: string, delivered: boolean, gone: boolean): Promise<void> {
  try {
    await peers.asService('identity', 'mutation($id:ID!,$d:Boolean!,$g:Boolean!){recordPushOutcome(id:$id,delivered:$d,gone:$g){id}}', { id, d: delivered, g: gone });
  } catch (error) {
    log.warn({ err: error, pushSubscriptionId: id }, 'could not record the push outcome');
  }
}
