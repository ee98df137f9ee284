// Webhook: where a tenant wants its events POSTed, signed with a secret shown at creation (and
// at each rotation) only; its deliveries are the log of what was sent and how it went.
import { builder } from '../builder.ts';
import { TenantType } from './tenant.ts';
import { WebhookDeliveryStatus } from '../../../prisma/generated/client/enums.ts';
import { forbidden } from '../../kit/errors.ts';
import { MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE } from '../../kit/builder.ts';
import { managedTenant, mayManage } from '../tenants/access.ts';
import { WEBHOOK_EVENTS } from '../tenants/webhook-events.ts';
import { createWebhook, deleteWebhook, pingWebhook, rotateWebhookSecret, updateWebhook } from '../tenants/webhooks.ts';

const WebhookDeliveryStatusEnum = builder.enumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Pending (being sent or waiting to be tried again), Delivered (a 2xx answer) or Failed (given up).',
});

export const WebhookDeliveryType = builder.prismaObject('TenantWebhookDelivery', {
  name: 'WebhookDelivery',
  description: 'One event sent to a webhook, with the outcome of its last attempt.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Delivery id, sent as X-FlatRender-Delivery and as the body\'s id (the same on every attempt).' }),
    event: t.exposeString('event', { description: 'The event, e.g. render.completed (ping for tests).' }),
    status: t.expose('status', { type: WebhookDeliveryStatusEnum, description: 'Where the delivery stands.' }),
    attempts: t.exposeInt('attempts', { description: 'Attempts made so far.' }),
    nextAttemptAt: t.expose('nextAttemptAt', { type: 'DateTime', nullable: true, description: 'When it is tried again (while pending).' }),
    lastStatusCode: t.exposeInt('lastStatusCode', { nullable: true, description: 'HTTP status of the last answer, if any.' }),
    lastError: t.exposeString('lastError', { nullable: true, description: 'Why the last attempt failed.' }),
    responseTimeMs: t.exposeInt('responseTimeMs', { nullable: true, description: 'How long the last attempt took.' }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true, description: 'When the endpoint accepted it.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the event was queued.' }),
    payload: t.expose('payload', { type: 'JSON', description: 'The JSON body sent.' }),
  }),
});

export const WebhookType = builder.prismaObject('TenantWebhook', {
  name: 'Webhook',
  description: "An https endpoint that receives the tenant's events, signed (X-FlatRender-Signature: t=<unix>,v1=<HMAC-SHA256 hex of \"<t>.<body>\">).",
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Webhook id.' }),
    url: t.exposeString('url', { description: 'Where events are POSTed.' }),
    events: t.exposeStringList('events', { description: 'The events it receives (see webhookEvents).' }),
    active: t.exposeBoolean('isActive', { description: 'Whether events are sent; turned off after repeated failed deliveries.' }),
    failureCount: t.exposeInt('failureCount', { description: 'Failed deliveries in a row.' }),
    lastDeliveryAt: t.expose('lastDeliveryAt', { type: 'DateTime', nullable: true, description: 'Last attempt to deliver.' }),
    lastStatusCode: t.exposeInt('lastStatusCode', { nullable: true, description: 'HTTP status of the last attempt.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    deliveries: t.relation('deliveries', {
      description: 'The latest deliveries, newest first.',
      args: { first: t.arg.int({ required: false, description: `How many (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).` }) },
      query: ({ first }) => ({ take: Math.max(1, Math.min(first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)), orderBy: [{ createdAt: 'desc' as const }, { id: 'desc' as const }] }),
    }),
  }),
});

builder.objectField(TenantType, 'webhooks', (t) =>
  t.prismaField({
    type: [WebhookType],
    description: "The tenant's webhooks (its tenant administrators and platform administrators).",
    resolve: (query, tenant, _args, ctx) => {
      if (!mayManage(ctx.caller, tenant.id)) throw forbidden('Only its tenant administrators may list the webhooks.');
      return ctx.db.tenantWebhook.findMany({ ...query, where: { tenantId: tenant.id }, orderBy: { createdAt: 'asc' } });
    },
  }));

const WebhookWithSecretType = builder.objectRef<{ webhook: { id: string }; secret: string }>('WebhookWithSecret').implement({
  description: 'A webhook and its signing secret, shown this once.',
  fields: (t) => ({
    webhook: t.field({ type: WebhookType, description: 'The webhook.', resolve: (created) => created.webhook as never }),
    secret: t.exposeString('secret', { description: 'The HMAC-SHA256 signing secret (whsec_…): store it now, it cannot be shown again.' }),
  }),
});

const WebhookEventType = builder.objectRef<{ name: string; description: string }>('WebhookEvent').implement({
  description: 'An event a webhook can receive.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The event, e.g. render.completed.' }),
    description: t.exposeString('description', { description: 'When it is sent.' }),
  }),
});

builder.queryFields((t) => ({
  webhookEvents: t.field({
    type: [WebhookEventType],
    description: 'Every event a webhook can subscribe to.',
    resolve: () => Object.entries(WEBHOOK_EVENTS).map(([name, description]) => ({ name, description })),
  }),
}));


builder.mutationFields((t) => ({
  createWebhook: t.field({
    type: WebhookWithSecretType,
    description: 'Adds a webhook to your tenant (tenant administrators): an https URL and at least one event. The reply holds the signing secret, the only time it is shown.',
    args: { url: t.arg.string({ required: true }), events: t.arg.stringList({ required: true }) },
    resolve: (_root, args, ctx) => createWebhook(ctx.db, managedTenant(ctx.caller), args),
  }),
  updateWebhook: t.prismaField({
    type: WebhookType,
    description: 'Changes a webhook of your tenant; a field left out stays. Turning it back on forgets its failures.',
    args: { id: t.arg.id({ required: true }), url: t.arg.string({ required: false }), events: t.arg.stringList({ required: false }), active: t.arg.boolean({ required: false }) },
    resolve: (_query, _root, { id: webhookId, ...input }, ctx) => updateWebhook(ctx.db, managedTenant(ctx.caller), String(webhookId), input),
  }),
  deleteWebhook: t.boolean({
    description: 'Deletes a webhook of your tenant and its delivery log.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id: webhookId }, ctx) => deleteWebhook(ctx.db, managedTenant(ctx.caller), String(webhookId)),
  }),
  rotateWebhookSecret: t.field({
    type: WebhookWithSecretType,
    description: 'Replaces the signing secret of a webhook of your tenant; every attempt from now on is signed with the new one.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id: webhookId }, ctx) => rotateWebhookSecret(ctx.db, managedTenant(ctx.caller), String(webhookId)),
  }),
  testWebhook: t.prismaField({
    type: WebhookDeliveryType,
    description: 'Sends a ping to a webhook of your tenant now (once, even when it is turned off) and answers how it went.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_query, _root, { id: webhookId }, ctx) => pingWebhook(ctx.db, ctx.log, managedTenant(ctx.caller), String(webhookId)),
  }),
}));
