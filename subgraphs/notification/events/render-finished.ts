// notification's part when a render ends: tell the user, in the app and over the channels their
// preferences allow. Once per event.
import type { Db } from '../../kit/prisma.ts';
import type { RenderFinishedEvent } from '../../../prisma/jobs.ts';
import { notify } from '../delivery/notify.ts';
import { withTransaction } from '../../kit/events.ts';

export async function onRenderFinished(db: Db, event: RenderFinishedEvent): Promise<string> {
  return withTransaction(db, async (tx) => {
    const fresh = await tx.notificationConsumedEvent.createMany({ data: [{ eventId: event.eventId }], skipDuplicates: true });
    if (fresh.count === 0) return 'already notified';
    // The user cancelled it themselves: nothing to tell.
    if (event.step === 'Cancelled') return 'nothing to tell';
    const completed = event.step === 'Completed';
    await notify(tx, {
      tenantId: event.tenantId,
      userId: event.userId,
      type: completed ? 'render.completed' : 'render.failed',
      title: completed ? 'Your render is ready' : 'Your render failed',
      body: completed ? `${event.name} finished rendering.` : `${event.name} could not be rendered${event.failedMessage ? `: ${event.failedMessage}` : ''}. What it cost has been refunded.`,
      data: { jobId: event.jobId, exportId: event.exportId, name: event.name },
      actionUrl: `/renders/${event.jobId}`,
      sourceType: 'render_job',
      sourceId: event.jobId,
    });
    return 'notified';
  });
}
