// Render events leave on the live event bus (kit/events.ts) of the transaction that made the
// change: listeners hear of it only once it is committed, whichever replica made it.
import type { Prisma } from '../../../prisma/generated/client/client.ts';
import type { AeFileVerifiedEvent, RenderFinishedEvent } from '../../../prisma/jobs.ts';
import { randomUUID } from 'node:crypto';
import { publishEvent } from '../../kit/outbox.ts';

import { CHANNELS, publishLive, type RenderBusEvent } from '../../kit/events.ts';

export const RENDER_EVENTS_CHANNEL = CHANNELS.render;
export type RenderEvent = RenderBusEvent;

type Tx = Prisma.TransactionClient;

export async function publish(tx: Tx, event: RenderEvent): Promise<void> {
  await publishLive(tx, RENDER_EVENTS_CHANNEL, event);
}

/**
 * Tells the other owners a render ended (notification tells the user, identity meters usage),
 * through the queue, inside the same transaction as the ending itself.
 */
export async function announceFinished(tx: Tx, job: { id: string; userId: string; tenantId: string; name: string; durationSec: unknown; totalFrames: number | null }, step: 'Completed' | 'Failed' | 'Cancelled', details: { exportId?: string | null; failedMessage?: string | null } = {}): Promise<void> {
  const event: RenderFinishedEvent = {
    eventId: `render.finished:${job.id}`,
    jobId: job.id,
    userId: job.userId,
    tenantId: job.tenantId,
    name: job.name,
    step,
    exportId: details.exportId ?? null,
    durationSec: Number(job.durationSec),
    frames: job.totalFrames ?? 0,
    failedMessage: details.failedMessage ?? null,
  };
  await publishEvent(tx, 'render.finished', event);
}

/**
 * Tells content that render nodes hold these AE files (content marks their `Uploaded` projects
 * `Ready`), inside the transaction that records it. Callers send only what changed: a node's
 * cache row that became Downloaded or Verified, not every report of a file already held.
 */
export async function announceAeFilesHeld(tx: Tx, md5s: readonly string[], nodeId: string | null): Promise<void> {
  if (md5s.length === 0) return;
  const event: AeFileVerifiedEvent = { eventId: `render.ae-file-verified:${randomUUID()}`, md5s: [...md5s], nodeId, at: new Date().toISOString() };
  await publishEvent(tx, 'render.ae-file-verified', event);
}
