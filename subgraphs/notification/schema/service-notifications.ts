// Notifications other owners ask for: identity's security notices (a password reset link: email
// only, past every preference) and its ordinary ones (an earned gift).
import { builder } from '../builder.ts';
import { badInput, uuidArg } from '../../kit/errors.ts';
import { notify } from '../delivery/notify.ts';
import { withTransaction } from '../../kit/events.ts';
import { NOTIFICATION_TYPES, SECURITY_TYPES } from '../delivery/preferences.ts';

const SecurityNoticeInput = builder.inputType('SecurityNoticeInput', {
  inaccessible: true,
  description: 'A security email for one user (identity only).',
  fields: (t) => ({
    userId: t.id({ required: true }),
    tenantId: t.id({ required: true }),
    type: t.string({ required: true, description: 'One of the security types, e.g. security.password_reset.' }),
    title: t.string({ required: true }),
    body: t.string({ required: true }),
    actionUrl: t.string({ required: false }),
  }),
});

builder.mutationFields((t) => ({
  sendSecurityNotice: t.boolean({
    inaccessible: true,
    description: 'Queues a security email to a user, whatever their preferences (identity only).',
    args: { input: t.arg({ type: SecurityNoticeInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (!(input.type in SECURITY_TYPES)) throw badInput(`Unknown security notice type: ${input.type.slice(0, 60)}.`, 'type');
      if (input.title.length > 200 || input.body.length > 4000) throw badInput('The notice is too long.', 'body');
      const userId = uuidArg(input.userId, 'userId');
      const tenantId = uuidArg(input.tenantId, 'tenantId');
      await withTransaction(ctx.db, (tx) => notify(tx, { userId, tenantId, type: input.type, title: input.title, body: input.body, actionUrl: input.actionUrl ?? null }));
      return true;
    },
  }),
}));

const ServiceNotificationInput = builder.inputType('ServiceNotificationInput', {
  inaccessible: true,
  description: 'A notification another owner asks to send (identity: an earned gift).',
  fields: (t) => ({
    userId: t.id({ required: true }),
    tenantId: t.id({ required: true }),
    type: t.string({ required: true, description: 'One of notificationTypes.' }),
    title: t.string({ required: true }),
    body: t.string({ required: true }),
    actionUrl: t.string({ required: false }),
    sourceType: t.string({ required: true, description: 'What it is about, e.g. earned_gift.' }),
    sourceId: t.id({ required: true }),
  }),
});

builder.mutationFields((t) => ({
  createServiceNotification: t.id({
    inaccessible: true,
    description: "Notifies a user for another owner; once per type and source (asking again answers the first one's id). Services only.",
    args: { input: t.arg({ type: ServiceNotificationInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (!(input.type in NOTIFICATION_TYPES)) throw badInput(`Unknown notification type: ${input.type.slice(0, 60)}.`, 'type');
      if (input.title.length > 200 || input.body.length > 4000) throw badInput('The notification is too long.', 'body');
      const userId = uuidArg(input.userId, 'userId');
      const tenantId = uuidArg(input.tenantId, 'tenantId');
      const sourceId = uuidArg(input.sourceId, 'sourceId');
      const sourceType = input.sourceType.slice(0, 60);
      return withTransaction(ctx.db, async (tx) => {
        // One per source: serialised on the source, so a retried call finds the first.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${input.type}:${sourceId}`}))`;
        const existing = await tx.notification.findFirst({ where: { userId, type: input.type, sourceType, sourceId }, select: { id: true } });
        if (existing) return existing.id;
        const created = await notify(tx, { userId, tenantId, type: input.type, title: input.title, body: input.body, actionUrl: input.actionUrl ?? null, sourceType, sourceId });
        return created.id;
      });
    },
  }),
}));
