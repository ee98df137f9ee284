// Works an owner's scheduled queues (pg-boss, schema `pgboss`, installed by the migration step).
// Every replica works them; pg-boss hands each job to one worker.
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { JOB_SCHEMA, SCHEDULED_QUEUES } from '../../prisma/jobs.ts';
import type { Db } from './prisma.ts';
import type { Peers } from './peers.ts';

export interface JobContext {
  db: Db;
  log: Logger;
  /** Other owners' subgraphs, called as this service. */
  peers: Peers;
}

/** Handlers by queue name (the queues are listed in prisma/jobs.ts), given the job's data. */
export type JobHandlers = Record<string, (context: JobContext, data: any) => Promise<unknown>>;

export interface JobWorkers {
  stop(): Promise<void>;
}

export async function startJobWorkers(connectionString: string, handlers: JobHandlers, context: JobContext): Promise<JobWorkers> {
  // migrate: false: the owner role cannot change the queue's tables, and need not.
  const boss = new PgBoss({ connectionString, schema: JOB_SCHEMA, migrate: false, max: 2, supervise: true, schedule: true });
  // Only what helps: pg errors carry their whole client object.
  boss.on('error', (error: Error & { code?: string }) => context.log.error({ message: error.message, code: error.code }, 'job queue error'));
  await boss.start();
  for (const [queue, handler] of Object.entries(handlers)) {
    // Events and follow-up work are waited for by people (a notification after a render), so they
    // are picked up within half a second; cron work keeps pg-boss's 2-second poll.
    const scheduled = SCHEDULED_QUEUES.some((q) => q.name === queue);
    await boss.work(queue, { pollingIntervalSeconds: scheduled ? 2 : 0.5 }, async (jobs) => {
      for (const job of jobs) {
        const result = await handler(context, job.data);
        context.log.info({ queue, job: job.id, result }, 'scheduled job done');
      }
    });
  }
  return { stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }) };
}
