// Web Push (RFC 8030) with VAPID (RFC 8292) and payload encryption (RFC 8291), by the web-push library.
import webpush, { WebPushError } from 'web-push';
import { DeliveryError, httpFailure, type OutgoingMessage, type SentMessage } from './sender.ts';

export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
  subject: string;
}

export async function sendPush(vapid: VapidKeys, target: PushTarget, message: OutgoingMessage): Promise<SentMessage> {
  // What the service worker's push handler receives.
  const payload = JSON.stringify({
    notificationId: message.notificationId,
    type: message.type,
    title: message.subject,
    body: message.text,
    url: message.url,
    image: message.imageUrl,
  });
  try {
    const result = await webpush.sendNotification({ endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } }, payload, {
      vapidDetails: vapid,
      TTL: 24 * 60 * 60,
      urgency: 'normal',
      timeout: 10_000,
    });
    return { provider: 'webpush', providerMessageId: result.headers.location ?? null };
  } catch (error) {
    if (error instanceof WebPushError) throw httpFailure('The push service', error.statusCode, error.body);
    throw new DeliveryError(`The push service could not be reached: ${(error as Error).message}`, false);
  }
}
