// Works an owner's scheduled queues (pg-boss, schema `pgboss`, installed by the migration step).
// Every replica works them; pg-boss hands each job to one worker.
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { JOB_SCHEMA } from '../../prisma/jobs.ts';
import type { Db } from './prisma.ts';

export interface JobContext {
  db: Db;
  log: Logger;
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
    await boss.work(queue, async (jobs) => {
      for (const job of jobs) {
        const result = await handler(context, job.data);
        context.log.info({ queue, job: job.id, result }, 'scheduled job done');
      }
    });
  }
  return { stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }) };
}
