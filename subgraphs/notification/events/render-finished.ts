// notification's part when a render ends: tell the user (in the app; push, email and the other
// channels follow their preferences once those channels are served). Once per event.
import type { Db } from '../../kit/prisma.ts';
import type { RenderFinishedEvent } from '../../../prisma/jobs.ts';

import { CHANNELS, type NotificationBusEvent } from '../../kit/events.ts';

export async function onRenderFinished(db: Db, event: RenderFinishedEvent): Promise<string> {
  return db.$transaction(async (tx) => {
    const fresh = await tx.notificationConsumedEvent.createMany({ data: [{ eventId: event.eventId }], skipDuplicates: true });
    if (fresh.count === 0) return 'already notified';
    // The user cancelled it themselves: nothing to tell.
    if (event.step === 'Cancelled') return 'nothing to tell';
    const completed = event.step === 'Completed';
    const notification = await tx.notification.create({
      data: {
        tenantId: event.tenantId,
        userId: event.userId,
        type: completed ? 'render.completed' : 'render.failed',
        title: completed ? 'Your render is ready' : 'Your render failed',
        body: completed ? `${event.name} finished rendering.` : `${event.name} could not be rendered${event.failedMessage ? `: ${event.failedMessage}` : ''}. What it cost has been refunded.`,
        data: { jobId: event.jobId, exportId: event.exportId },
        actionUrl: `/renders/${event.jobId}`,
        sourceType: 'render_job',
        sourceId: event.jobId,
      },
    });
    const announced: NotificationBusEvent = { id: notification.id, userId: event.userId };
    await tx.$executeRaw`SELECT pg_notify(${CHANNELS.notification}, ${JSON.stringify(announced)})`;
    return 'notified';
  });
}
