// identity's part when a notification delivery reaches Sent (push, email, SMS or Telegram): count
// it in the recipient's tenant's daily usage (`notifications_sent`), on the UTC day it was sent.
// Applied once per event, however often it is delivered and by however many replicas.
import type { Db } from '../../kit/prisma.ts';
import type { NotificationDeliveredEvent } from '../../../prisma/jobs.ts';

export async function onNotificationDelivered(db: Db, event: NotificationDeliveredEvent): Promise<string> {
  const sentAt = new Date(event.sentAt);
  if (Number.isNaN(sentAt.getTime())) return 'no send time: not counted';
  const usageDate = new Date(sentAt.toISOString().slice(0, 10));
  return db.$transaction(async (tx) => {
    // The event id is taken in the transaction that counts it: a replay (or a second replica
    // racing for it) waits on this row and then finds it, so nothing is counted twice.
    const fresh = await tx.identityConsumedEvent.createMany({ data: [{ eventId: event.eventId }], skipDuplicates: true });
    if (fresh.count === 0) return 'already counted';
    // identity owns users: the recipient's tenant is the one its own row names.
    const recipient = await tx.user.findUnique({ where: { id: event.userId }, select: { tenantId: true } });
    const tenantId = recipient?.tenantId ?? event.tenantId;
    // A tenant deleted meanwhile has no usage left to count in (its rows went with it).
    const counted = await tx.$executeRaw`
      INSERT INTO identity.tenant_usage_daily (tenant_id, usage_date, notifications_sent)
      SELECT id, ${usageDate}::date, 1 FROM identity.tenants WHERE id = ${tenantId}::uuid
      ON CONFLICT (tenant_id, usage_date) DO UPDATE SET notifications_sent = tenant_usage_daily.notifications_sent + 1`;
    return counted === 1 ? 'counted' : 'tenant gone';
  });
}
