// PushSubscription: a browser's Web Push endpoint (PWA), registered by its user and used by the
// notification owner to send push notifications.
import { builder } from '../builder.ts';
import { UserType, canSeePrivate } from './user.ts';
import { badInput, notFound, unauthenticated, uuidArg } from '../../kit/errors.ts';
import type { IdentityContext } from '../context.ts';

export const PushSubscriptionType = builder.prismaObject('PushSubscription', {
  description: "A browser's Web Push subscription, as the browser's PushManager gave it.",
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Subscription id.' }),
    endpoint: t.exposeString('endpoint', { description: "The push service's URL for this browser." }),
    userAgent: t.exposeString('userAgent', { nullable: true, description: 'The browser that subscribed.' }),
    lastSuccessAt: t.expose('lastSuccessAt', { type: 'DateTime', nullable: true, description: 'Last push the push service accepted.' }),
    disabledAt: t.expose('disabledAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When sending stopped: the push service said the subscription is gone (404/410).',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the browser subscribed.' }),
    // The encryption keys are for the notification owner only.
    p256dh: t.exposeString('p256dh', { inaccessible: true, description: 'The browser\'s P-256 public key (base64url).' }),
    auth: t.exposeString('auth', { inaccessible: true, description: 'The browser\'s auth secret (base64url).' }),
  }),
});

// An entity so the notification owner can read a subscription's keys when it sends.
builder.asEntity(PushSubscriptionType, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) =>
    ctx.caller.kind === 'service' || ctx.caller.kind === 'user'
      ? ctx.db.pushSubscription.findFirst({ where: { id, ...(ctx.caller.kind === 'user' && ctx.caller.role !== 'Admin' ? { userId: ctx.caller.userId } : {}) } })
      : null,
});

builder.objectField(UserType, 'pushSubscriptions', (t) =>
  t.prismaField({
    type: [PushSubscriptionType],
    description: "The user's browsers that receive push notifications (empty unless the caller is this user or an administrator).",
    args: { includeDisabled: t.arg.boolean({ required: false, description: 'Also those the push service dropped.' }) },
    resolve: (query, user, { includeDisabled }, ctx) =>
      canSeePrivate(user, ctx)
        ? ctx.db.pushSubscription.findMany({ ...query, where: { userId: user.id, ...(includeDisabled ? {} : { disabledAt: null }) }, orderBy: { createdAt: 'asc' } })
        : [],
  }));

const SubscribePushInput = builder.inputType('SubscribePushInput', {
  description: 'What `PushSubscription.toJSON()` gives in the browser.',
  fields: (t) => ({
    endpoint: t.string({ required: true, description: 'The push service URL.' }),
    p256dh: t.string({ required: true, description: 'keys.p256dh: the P-256 public key, base64url.' }),
    auth: t.string({ required: true, description: 'keys.auth: the 16-byte auth secret, base64url.' }),
    userAgent: t.string({ required: false, description: 'The browser, for the user to recognise it.' }),
  }),
});

builder.mutationFields((t) => ({
  subscribePush: t.prismaField({
    type: PushSubscriptionType,
    description: 'Registers this browser for push notifications. The same endpoint again updates it (and moves it to the caller).',
    args: { input: t.arg({ type: SubscribePushInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const caller = signedInUser(ctx);
      const data = {
        tenantId: caller.tenantId,
        userId: caller.userId,
        endpoint: pushEndpoint(input.endpoint),
        p256dh: base64urlKey(input.p256dh, 'p256dh', 65),
        auth: base64urlKey(input.auth, 'auth', 16),
        userAgent: input.userAgent?.slice(0, 300) ?? null,
        disabledAt: null,
        failureCount: 0,
      };
      return ctx.db.pushSubscription.upsert({ ...query, where: { endpoint: data.endpoint }, create: data, update: data });
    },
  }),
  unsubscribePush: t.boolean({
    description: 'Stops push notifications to one of your browsers; false when it was not yours.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const caller = signedInUser(ctx);
      const { count } = await ctx.db.pushSubscription.deleteMany({ where: { id: uuidArg(id), userId: caller.userId } });
      return count > 0;
    },
  }),
  recordPushOutcome: t.prismaField({
    type: PushSubscriptionType,
    inaccessible: true,
    description: 'What the push service answered for a send (notification service only): gone disables the subscription.',
    args: { id: t.arg.id({ required: true }), delivered: t.arg.boolean({ required: true }), gone: t.arg.boolean({ required: true }) },
    resolve: async (query, _root, { id, delivered, gone }, ctx) => {
      const subscriptionId = uuidArg(id);
      const found = await ctx.db.pushSubscription.findUnique({ where: { id: subscriptionId }, select: { id: true } });
      if (!found) throw notFound('PushSubscription', subscriptionId);
      return ctx.db.pushSubscription.update({
        ...query,
        where: { id: subscriptionId },
        data: delivered
          ? { lastSuccessAt: new Date(), failureCount: 0 }
          : { failureCount: { increment: 1 }, ...(gone ? { disabledAt: new Date() } : {}) },
      });
    },
  }),
}));

function signedInUser(ctx: IdentityContext) {
  if (ctx.caller.kind !== 'user') throw unauthenticated();
  return ctx.caller;
}

/** Push services are HTTPS endpoints (RFC 8030 requires it); nothing else is accepted. */
function pushEndpoint(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw badInput('endpoint must be an absolute URL.', 'endpoint');
  }
  if (url.protocol !== 'https:') throw badInput('endpoint must be an https URL.', 'endpoint');
  if (value.length > 1000) throw badInput('endpoint is too long.', 'endpoint');
  return url.toString();
}

function base64urlKey(value: string, field: string, bytes: number): string {
  const decoded = /^[A-Za-z0-9_-]+={0,2}$/.test(value) ? Buffer.from(value, 'base64url') : Buffer.alloc(0);
  if (decoded.length !== bytes || (field === 'p256dh' && decoded[0] !== 0x04)) {
    throw badInput(`${field} must be base64url of ${bytes} bytes${field === 'p256dh' ? ' (an uncompressed P-256 point)' : ''}.`, field);
  }
  return value.replace(/=+$/, '');
}
