// A tenant's webhooks: created with an https URL and the events it wants, its signing secret
// returned once and kept encrypted (it must stay recoverable to sign), updated, turned off and
// on, deleted, its secret rotated, and tested with a ping sent at once.
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Db } from '../../kit/prisma.ts';
import { badInput, notFound, uuidArg } from '../../kit/errors.ts';
import { readWebhookConfig } from './config.ts';
import { checkWebhookUrl } from './webhook-url.ts';
import { PING_EVENT, WEBHOOK_EVENTS, payloadOf } from './webhook-events.ts';
import { deliverWebhook } from './webhook-delivery.ts';
import { randomBase62 } from './tokens.ts';
import { webhookSecrets } from './webhook-signature.ts';

/** Webhooks a tenant may have at once. */
export const MAX_WEBHOOKS = 20;

const newSecret = () => `whsec_${randomBase62(40)}`;

export function checkEvents(events: readonly string[]): string[] {
  if (events.length === 0) throw badInput('Subscribe the webhook to at least one event.', 'events');
  const unknown = events.find((event) => !Object.hasOwn(WEBHOOK_EVENTS, event));
  if (unknown !== undefined) throw badInput(`Unknown event ${JSON.stringify(unknown.slice(0, 40))}: events are ${Object.keys(WEBHOOK_EVENTS).join(', ')}.`, 'events');
  return [...new Set(events)].sort();
}

export async function createWebhook(db: Db, tenantId: string, input: { url: string; events: string[] }) {
  const url = checkWebhookUrl(input.url, readWebhookConfig());
  const events = checkEvents(input.events);
  if ((await db.tenantWebhook.count({ where: { tenantId } })) >= MAX_WEBHOOKS) throw badInput(`A tenant may have at most ${MAX_WEBHOOKS} webhooks.`);
  const secret = newSecret();
  const webhook = await db.tenantWebhook.create({ data: { tenantId, url, events, secretEnc: webhookSecrets.seal(secret) } });
  return { webhook, secret };
}

/** The tenant's webhook, or NOT_FOUND (another tenant's id included). */
export async function findWebhook(db: Db, tenantId: string, id: string) {
  const webhookId = uuidArg(id);
  const webhook = await db.tenantWebhook.findFirst({ where: { id: webhookId, tenantId } });
  if (!webhook) throw notFound('Webhook', webhookId);
  return webhook;
}

export async function updateWebhook(db: Db, tenantId: string, id: string, input: { url?: string | null; events?: string[] | null; active?: boolean | null }) {
  const webhook = await findWebhook(db, tenantId, id);
  const data: { url?: string; events?: string[]; isActive?: boolean; failureCount?: number } = {};
  if (input.url != null) data.url = checkWebhookUrl(input.url, readWebhookConfig());
  if (input.events != null) data.events = checkEvents(input.events);
  if (input.active != null) {
    data.isActive = input.active;
    // Turned back on: the failures that turned it off are forgiven.
    if (input.active && !webhook.isActive) data.failureCount = 0;
  }
  return db.tenantWebhook.update({ where: { id: webhook.id }, data });
}

export async function deleteWebhook(db: Db, tenantId: string, id: string): Promise<boolean> {
  const webhook = await findWebhook(db, tenantId, id);
  // Its deliveries go with it; a delivery job still queued finds nothing and stops.
  await db.tenantWebhook.deleteMany({ where: { id: webhook.id } });
  return true;
}

export async function rotateWebhookSecret(db: Db, tenantId: string, id: string) {
  const webhook = await findWebhook(db, tenantId, id);
  const secret = newSecret();
  // Attempts from now on (retries included) are signed with the new secret.
  const updated = await db.tenantWebhook.update({ where: { id: webhook.id }, data: { secretEnc: webhookSecrets.seal(secret) } });
  return { webhook: updated, secret };
}

/** Sends a `ping` to the webhook now (once, even when it is turned off) and returns the delivery as it ended. */
export async function pingWebhook(db: Db, log: Logger, tenantId: string, id: string) {
  const webhook = await findWebhook(db, tenantId, id);
  const deliveryId = randomUUID();
  const message = { event: PING_EVENT, eventId: `ping:${deliveryId}`, data: { webhookId: webhook.id } };
  await db.tenantWebhookDelivery.create({
    data: { id: deliveryId, webhookId: webhook.id, event: message.event, eventId: message.eventId, payload: payloadOf(deliveryId, tenantId, message) },
  });
  await deliverWebhook({ db, log }, { deliveryId });
  return db.tenantWebhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
}
