// Events between owners, sent inside the transaction that makes the change (a transactional
// outbox): pg-boss writes the event's jobs through the transaction itself, so an event exists if
// and only if its change was committed. Each consuming owner has its own queue (prisma/jobs.ts).
// An owner's own follow-up work is queued the same way (`enqueue`).
import PgBoss from 'pg-boss';
import { EVENT_QUEUES, JOB_SCHEMA, type EventName } from '../../prisma/jobs.ts';
import type { Prisma } from '../../prisma/generated/client/client.ts';

/** Only ever sends through a transaction's connection: it opens none of its own. */
const boss = new PgBoss({
  schema: JOB_SCHEMA,
  db: { executeSql: () => Promise.reject(new Error('events are sent inside a transaction')) },
});

export async function publishEvent(tx: Prisma.TransactionClient, event: EventName, data: object): Promise<void> {
  for (const queue of EVENT_QUEUES[event]) await boss.send(queue.name, data, { db: through(tx) });
}

/** Queues one job of the owner's own work (prisma/jobs.ts WORK_QUEUES), committed with `tx`. */
export async function enqueue(tx: Prisma.TransactionClient, queue: string, data: object, options: { singletonKey: string; startAfter?: Date }): Promise<void> {
  await boss.send(queue, data, { ...options, db: through(tx) });
}

const through = (tx: Prisma.TransactionClient) => ({
  executeSql: async (text: string, values: unknown[]) => ({
    rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values.map((value) => (value !== null && typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : value))),
  }),
});
