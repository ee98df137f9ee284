// Sends one webhook delivery and records what happened: Delivered (a 2xx answer), another attempt
// queued after a growing delay, or Failed once the attempts are spent, which counts against the
// webhook (turned off after WEBHOOK_DISABLE_AFTER_FAILURES failed deliveries in a row). A delivery
// is claimed (a lease) before it is sent, so a duplicated job or a second replica never sends it
// twice at once. Pings (`testWebhook`) are tried once and never count against the webhook.
import http from 'node:http';
import https from 'node:https';
import type { Logger } from 'pino';
import type { Db } from '../../kit/prisma.ts';
import { enqueue } from '../../kit/outbox.ts';
import { readWebhookConfig, type WebhookConfig } from './config.ts';
import { DELIVER_QUEUE, PING_EVENT } from './webhook-events.ts';
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signatureHeader, webhookSecrets } from './webhook-signature.ts';
import { guardedLookup, literalAllowed } from './webhook-url.ts';

const MAX_DELAY_SECONDS = 6 * 3600;
/** Characters of a failing endpoint's answer kept in last_error. */
const ERROR_SNIPPET = 300;

export const retryDelayMs = (config: WebhookConfig, attempts: number) =>
  Math.min(config.WEBHOOK_RETRY_BASE_SECONDS * 4 ** (attempts - 1), MAX_DELAY_SECONDS) * 1000;

interface Outcome {
  ok: boolean;
  statusCode: number | null;
  responseTimeMs: number | null;
  error: string | null;
}

export async function deliverWebhook({ db, log }: { db: Db; log: Logger }, { deliveryId }: { deliveryId: string }): Promise<string> {
  const config = readWebhookConfig();
  const now = Date.now();
  // The lease outlives the longest attempt; after it, a crashed attempt may be made again.
  const leaseMs = config.WEBHOOK_TIMEOUT_MS + 30_000;
  const claimed = await db.tenantWebhookDelivery.updateMany({
    where: { id: deliveryId, status: 'Pending', OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: new Date(now + 1000) } }] },
    data: { attempts: { increment: 1 }, nextAttemptAt: new Date(now + leaseMs) },
  });
  if (claimed.count === 0) return notDue(db, deliveryId);
  const delivery = await db.tenantWebhookDelivery.findUnique({ where: { id: deliveryId }, include: { webhook: true } });
  if (!delivery) return 'webhook deleted';
  const ping = delivery.event === PING_EVENT;
  if (!delivery.webhook.isActive && !ping) {
    await db.tenantWebhookDelivery.updateMany({ where: { id: deliveryId }, data: { status: 'Failed', nextAttemptAt: null, lastError: 'The webhook is turned off.' } });
    return 'webhook turned off';
  }

  const body = JSON.stringify(delivery.payload);
  const outcome = await post(delivery.webhook.url, body, {
    [EVENT_HEADER]: delivery.event,
    [DELIVERY_HEADER]: delivery.id,
    [SIGNATURE_HEADER]: signatureHeader(webhookSecrets.open(delivery.webhook.secretEnc), body),
  }, config);
  const attempt = { lastStatusCode: outcome.statusCode, responseTimeMs: outcome.responseTimeMs, lastError: outcome.error };

  if (outcome.ok) {
    await db.$transaction([
      db.tenantWebhookDelivery.updateMany({ where: { id: deliveryId }, data: { ...attempt, status: 'Delivered', deliveredAt: new Date(), nextAttemptAt: null } }),
      ...(ping ? [] : [db.tenantWebhook.updateMany({ where: { id: delivery.webhookId }, data: { failureCount: 0, lastDeliveryAt: new Date(), lastStatusCode: outcome.statusCode } })]),
    ]);
    return 'delivered';
  }
  log.info({ deliveryId, webhookId: delivery.webhookId, attempt: delivery.attempts, error: outcome.error }, 'webhook attempt failed');
  if (ping || delivery.attempts >= config.WEBHOOK_MAX_ATTEMPTS) {
    await db.$transaction(async (tx) => {
      await tx.tenantWebhookDelivery.updateMany({ where: { id: deliveryId }, data: { ...attempt, status: 'Failed', nextAttemptAt: null } });
      // One statement, so parallel failures count exactly and the last one turns the webhook off.
      if (!ping) {
        await tx.$executeRaw`
          UPDATE identity.tenant_webhooks
          SET failure_count = failure_count + 1,
              is_active = is_active AND failure_count + 1 < ${config.WEBHOOK_DISABLE_AFTER_FAILURES},
              last_delivery_at = now(), last_status_code = ${outcome.statusCode}::smallint
          WHERE id = ${delivery.webhookId}::uuid`;
      }
    });
    return 'failed';
  }
  const at = new Date(Date.now() + retryDelayMs(config, delivery.attempts));
  await db.$transaction(async (tx) => {
    await tx.tenantWebhookDelivery.updateMany({ where: { id: deliveryId }, data: { ...attempt, nextAttemptAt: at } });
    await tx.tenantWebhook.updateMany({ where: { id: delivery.webhookId }, data: { lastDeliveryAt: new Date(), lastStatusCode: outcome.statusCode } });
    await enqueue(tx, DELIVER_QUEUE, { deliveryId }, { startAfter: at, singletonKey: deliveryId });
  });
  return 'retry scheduled';
}

/**
 * A job for a delivery that is not due: a duplicate (the delivery is sent or being sent), or
 * one that ran early. While the delivery is still pending, make sure a job waits for it (the
 * queue keeps one waiting job per delivery, so this never multiplies).
 */
async function notDue(db: Db, deliveryId: string): Promise<string> {
  const delivery = await db.tenantWebhookDelivery.findUnique({ where: { id: deliveryId }, select: { status: true, nextAttemptAt: true } });
  if (delivery?.status !== 'Pending' || !delivery.nextAttemptAt) return 'not due';
  const at = delivery.nextAttemptAt;
  await db.$transaction((tx) => enqueue(tx, DELIVER_QUEUE, { deliveryId }, { startAfter: at, singletonKey: deliveryId }));
  return 'not due';
}

/** POSTs the body once: no redirects followed, a deadline, and only to addresses webhooks may reach. */
function post(target: string, body: string, headers: Record<string, string>, config: WebhookConfig): Promise<Outcome> {
  const url = new URL(target);
  if (!literalAllowed(url.hostname, config)) {
    return Promise.resolve({ ok: false, statusCode: null, responseTimeMs: null, error: `${url.hostname} is not an address webhooks may reach.` });
  }
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    const request = (url.protocol === 'https:' ? https : http).request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'FlatRender-Webhooks/1', ...headers },
      lookup: guardedLookup(config),
      signal: AbortSignal.timeout(config.WEBHOOK_TIMEOUT_MS),
    }, (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        if (size < ERROR_SNIPPET) chunks.push(chunk);
        size += chunk.length;
      });
      response.on('error', (error) => resolve({ ok: false, statusCode: response.statusCode ?? null, responseTimeMs: elapsed(), error: error.message }));
      response.on('end', () => {
        const status = response.statusCode ?? 0;
        const ok = status >= 200 && status < 300;
        const text = Buffer.concat(chunks).toString('utf8').slice(0, ERROR_SNIPPET);
        const why = status >= 300 && status < 400 ? ' (redirects are not followed)' : '';
        resolve({ ok, statusCode: status, responseTimeMs: elapsed(), error: ok ? null : `HTTP ${status}${why}${text ? `: ${text}` : ''}` });
      });
    });
    request.on('error', (error: Error & { code?: string }) => {
      const message = error.name === 'AbortError' || error.name === 'TimeoutError' ? `No answer within ${config.WEBHOOK_TIMEOUT_MS} ms.` : error.message;
      resolve({ ok: false, statusCode: null, responseTimeMs: elapsed(), error: message });
    });
    request.end(body);
  });
}
