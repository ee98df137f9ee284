// Which events a tenant's webhooks can subscribe to, and the fan-out of one `render.finished`
// event into one delivery per interested webhook. Safe to run twice: a delivery is unique per
// (webhook, event id), and only rows this run inserted get a job.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../kit/prisma.ts';
import type { Prisma } from '../../../prisma/generated/client/client.ts';
import type { RenderFinishedEvent } from '../../../prisma/jobs.ts';
import { enqueue } from '../../kit/outbox.ts';

/** Every event a webhook may subscribe to, with what it means. */
export const WEBHOOK_EVENTS: Record<string, string> = {
  'render.completed': 'A render finished and its export exists.',
  'render.failed': 'A render failed (what it cost was refunded).',
  'render.cancelled': 'A render was cancelled.',
  'export.ready': 'An export can be downloaded (sent alongside render.completed).',
};
/** The test event `testWebhook` sends; no webhook subscribes to it. */
export const PING_EVENT = 'ping';
export const DELIVER_QUEUE = 'identity-webhook-deliver';

export interface WebhookMessage {
  event: string;
  /** Unique per source event and kind: a redelivered source event makes no second delivery. */
  eventId: string;
  data: Prisma.InputJsonObject;
}

/** The body a webhook receives; `id` is the delivery id (also in X-FlatRender-Delivery), stable across retries. */
export const payloadOf = (deliveryId: string, tenantId: string, message: WebhookMessage): Prisma.InputJsonObject => ({
  id: deliveryId,
  event: message.event,
  createdAt: new Date().toISOString(),
  tenantId,
  data: message.data,
});

export function renderMessages(event: RenderFinishedEvent): WebhookMessage[] {
  const data = {
    renderJobId: event.jobId,
    name: event.name,
    userId: event.userId,
    step: event.step,
    exportId: event.exportId,
    durationSec: event.durationSec,
    frames: event.frames,
    failedMessage: event.failedMessage,
  };
  switch (event.step) {
    case 'Completed': {
      const messages: WebhookMessage[] = [{ event: 'render.completed', eventId: event.eventId, data }];
      if (event.exportId) messages.push({ event: 'export.ready', eventId: `${event.eventId}:export`, data: { exportId: event.exportId, renderJobId: event.jobId } });
      return messages;
    }
    case 'Failed':
      return [{ event: 'render.failed', eventId: event.eventId, data }];
    case 'Cancelled':
      return [{ event: 'render.cancelled', eventId: event.eventId, data }];
  }
}

export async function fanOutRenderFinished(db: Db, event: RenderFinishedEvent): Promise<string> {
  const messages = renderMessages(event);
  const webhooks = await db.tenantWebhook.findMany({
    where: { tenantId: event.tenantId, isActive: true, events: { hasSome: messages.map((m) => m.event) } },
    select: { id: true, events: true },
  });
  const rows = webhooks.flatMap((webhook) =>
    messages
      .filter((message) => webhook.events.includes(message.event))
      .map((message) => {
        const id = randomUUID();
        return { id, webhookId: webhook.id, event: message.event, eventId: message.eventId, payload: payloadOf(id, event.tenantId, message) };
      }));
  if (rows.length === 0) return 'no webhook wants it';
  const queued = await db.$transaction(async (tx) => {
    await tx.tenantWebhookDelivery.createMany({ data: rows, skipDuplicates: true });
    const fresh = await tx.tenantWebhookDelivery.findMany({ where: { id: { in: rows.map((row) => row.id) } }, select: { id: true } });
    for (const delivery of fresh) await enqueue(tx, DELIVER_QUEUE, { deliveryId: delivery.id }, { singletonKey: delivery.id });
    return fresh.length;
  });
  return `${queued} deliveries queued`;
}
