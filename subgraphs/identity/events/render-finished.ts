// identity's part when a render ends: count a completed render in the tenant's daily usage, and
// give back what a failed render cost (money, or a plan's included render). Applied once per event, however often it is delivered.
import type { Db } from '../../kit/prisma.ts';
import type { RenderFinishedEvent } from '../../../prisma/jobs.ts';
import { refund } from '../billing/ledger.ts';
import { releasePlanRender } from '../billing/subscriptions.ts';
import { AppError } from '../../kit/errors.ts';

export async function onRenderFinished(db: Db, event: RenderFinishedEvent): Promise<string> {
  if (event.step === 'Failed') {
    // Idempotent by its key, and a no-op for free renders (no charge to give back).
    await refund(db, `render:${event.jobId}:charge`, `render:${event.jobId}:refund`, `Render failed: ${event.name}`).catch((error) => {
      if (!(error instanceof AppError && error.extensions.code === 'NOT_FOUND')) throw error;
    });
  }
  // A plan render that failed or was cancelled does not count against the plan (once per job).
  if (event.step !== 'Completed') await releasePlanRender(db, event.jobId);
  return db.$transaction(async (tx) => {
    const fresh = await tx.identityConsumedEvent.createMany({ data: [{ eventId: event.eventId }], skipDuplicates: true });
    if (fresh.count === 0) return 'already applied';
    if (event.step !== 'Completed') return 'nothing to meter';
    const usageDate = new Date(new Date().toISOString().slice(0, 10));
    await tx.tenantUsageDaily.upsert({
      where: { tenantId_usageDate: { tenantId: event.tenantId, usageDate } },
      create: { tenantId: event.tenantId, usageDate, renderJobs: 1, renderSeconds: event.durationSec, framesRendered: BigInt(event.frames) },
      update: { renderJobs: { increment: 1 }, renderSeconds: { increment: event.durationSec }, framesRendered: { increment: BigInt(event.frames) } },
    });
    return 'metered';
  });
}
