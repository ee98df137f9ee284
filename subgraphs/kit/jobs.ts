// Works an owner's scheduled queues (pg-boss, schema `pgboss`, installed by the migration step).
// Every replica works them; pg-boss hands each job to one worker.
//
// The fetch loops are ours rather than pg-boss's `work()`: `stop()` then waits for each loop to
// finish the job in its hands and complete it while the queue's connection is still open. With
// `work()`, a job fetched just as the queue stopped ran after pg-boss had closed its pool, and the
// stopped worker's clean-up kept polling after the caller had been told it stopped.
import { setTimeout as sleep } from 'node:timers/promises';
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
  /** Stops fetching, waits (up to `graceMs`) for the jobs in hand to finish, then closes the queue. */
  stop(): Promise<void>;
}

export interface JobWorkerOptions {
  /** How long `stop()` waits for running jobs before closing anyway (their jobs expire and are retried). */
  graceMs?: number;
}

/** Events and follow-up work are waited for by people (a notification after a render), so their
 * queues are polled every half second; cron work is due at most once a minute. */
const EVENT_POLL_MS = 500;
const SCHEDULED_POLL_MS = 2_000;

export async function startJobWorkers(connectionString: string, handlers: JobHandlers, context: JobContext, options: JobWorkerOptions = {}): Promise<JobWorkers> {
  // migrate: false: the owner role cannot change the queue's tables, and need not.
  const boss = new PgBoss({ connectionString, schema: JOB_SCHEMA, migrate: false, max: 2, supervise: true, schedule: true });
  // Only what helps: pg errors carry their whole client object.
  boss.on('error', (error: Error & { code?: string }) => context.log.error({ message: error.message, code: error.code }, 'job queue error'));
  await boss.start();
  const stopping = new AbortController();
  const loops = Object.entries(handlers).map(([queue, handler]) => {
    const pollMs = SCHEDULED_QUEUES.some((q) => q.name === queue) ? SCHEDULED_POLL_MS : EVENT_POLL_MS;
    return workQueue(boss, queue, handler, context, pollMs, stopping.signal);
  });
  return {
    async stop() {
      stopping.abort();
      const graceMs = options.graceMs ?? 10_000;
      const grace = new AbortController();
      const finished = await Promise.race([
        Promise.all(loops).then(() => true),
        sleep(graceMs, false, { signal: grace.signal }).catch(() => false),
      ]);
      grace.abort();
      if (!finished) context.log.warn({ graceMs }, 'job queue closed with jobs still running: they expire and are retried');
      await boss.stop({ graceful: false, wait: true });
    },
  };
}

/** Fetches one job at a time until the queue is empty, then waits `pollMs` (cut short by stop). */
async function workQueue(boss: PgBoss, queue: string, handler: JobHandlers[string], context: JobContext, pollMs: number, signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    let jobs: PgBoss.Job[] = [];
    try {
      jobs = await boss.fetch(queue);
    } catch (error) {
      context.log.error({ queue, message: (error as Error).message, code: (error as { code?: string }).code }, 'job fetch failed');
    }
    for (const job of jobs) await runJob(boss, queue, job, handler, context);
    if (jobs.length === 0) await sleep(pollMs, undefined, { signal }).catch(() => undefined);
  }
}

async function runJob(boss: PgBoss, queue: string, job: PgBoss.Job, handler: JobHandlers[string], context: JobContext): Promise<void> {
  let result: unknown;
  // As pg-boss's own workers do, a handler gets the job's expiry to finish; past it the job fails
  // (and is retried as its queue allows) and this queue moves on.
  const expiry = new AbortController();
  try {
    result = await Promise.race([
      handler(context, job.data),
      sleep(job.expireInSeconds * 1000, undefined, { signal: expiry.signal }).then(() => {
        throw Object.assign(new Error(`job ran past its expiry of ${job.expireInSeconds} s`), { code: 'JOB_EXPIRED' });
      }),
    ]);
  } catch (error) {
    const { message, code } = error as Error & { code?: string };
    context.log.warn({ queue, job: job.id, message, code }, 'job failed; pg-boss retries it as its queue allows');
    await boss.fail(queue, job.id, { message, code }).catch((failure: Error) => context.log.error({ queue, job: job.id, message: failure.message }, 'could not record a job failure'));
    return;
  } finally {
    expiry.abort();
  }
  context.log.info({ queue, job: job.id, result }, 'job done');
  const output = result !== null && typeof result === 'object' && !Array.isArray(result) ? (result as object) : { value: result ?? null };
  await boss.complete(queue, job.id, output).catch((failure: Error) => context.log.error({ queue, job: job.id, message: failure.message }, 'could not record a job as done'));
}
