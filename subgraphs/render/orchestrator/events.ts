// Render events leave through PostgreSQL: NOTIFY inside the transaction that made the change, so
// listeners hear of it only once it is committed, whichever replica made it.
import type { Prisma } from '../../../prisma/generated/client/client.ts';

export const RENDER_EVENTS_CHANNEL = 'render_events';

export type RenderEvent =
  | { kind: 'progress'; jobId: string; userId: string; step: string; progress: number }
  | { kind: 'node'; nodeId: string; status: string };

type Tx = Prisma.TransactionClient;

export async function publish(tx: Tx, event: RenderEvent): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${RENDER_EVENTS_CHANNEL}, ${JSON.stringify(event)})`;
}
