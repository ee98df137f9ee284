// The job workers every owner runs: a job is done once and its result kept, a failing one is
// handed back to pg-boss to retry, one that runs past its expiry fails and frees its queue, and
// stop() finishes the job in hand before it closes the queue (nothing keeps polling after it).
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import type PgBoss from 'pg-boss';
import { createTestDatabase, type TestDatabase } from '../../tests/kit/database.ts';
import { eventually } from '../../tests/kit/eventually.ts';
import { jobQueueClient } from '../../tests/kit/jobs.ts';
import { startJobWorkers, type JobContext, type JobHandlers, type JobWorkers } from './jobs.ts';
import { createDb, type Db } from './prisma.ts';
import { Peers } from './peers.ts';

// A work queue of the notification owner; these tests give it their own handlers.
const QUEUE = 'notification-fanout';

let database: TestDatabase;
let db: Db;
let client: PgBoss;
let context: JobContext;
const running: JobWorkers[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDb({ connectionString: database.ownerUrl('notification'), poolSize: 2 });
  client = await jobQueueClient(database.adminUrl);
  context = { db, log: pino({ level: 'silent' }), peers: new Peers({ self: 'notification', requestId: 'jobs-test' }) };
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((workers) => workers.stop()));
});
afterAll(async () => {
  await client?.stop({ graceful: false, wait: true });
  await db?.$disconnect();
  await database?.drop();
});

async function work(handler: JobHandlers[string], graceMs?: number): Promise<JobWorkers> {
  const workers = await startJobWorkers(database.ownerUrl('notification'), { [QUEUE]: handler }, context, { graceMs });
  running.push(workers);
  return workers;
}

async function send(data: object, options: PgBoss.SendOptions = {}): Promise<string> {
  const id = await client.send(QUEUE, data, { singletonKey: randomUUID(), ...options });
  if (!id) throw new Error('job not queued');
  return id;
}

const job = (id: string) => client.getJobById(QUEUE, id) as Promise<PgBoss.JobWithMetadata<any> | null>;

/** A handler that waits until released, telling when it started. */
function held() {
  let release!: (value: unknown) => void;
  const released = new Promise((resolve) => (release = resolve));
  let started!: () => void;
  const began = new Promise<void>((resolve) => (started = resolve));
  const handler = async (_context: JobContext, data: { n: number }) => {
    started();
    await released;
    return { n: data.n };
  };
  return { handler, began, release };
}

test('a job is done once and its result is kept as its output', async () => {
  const seen: number[] = [];
  await work(async (_context, data: { n: number }) => {
    seen.push(data.n);
    return { doubled: data.n * 2 };
  });
  const id = await send({ n: 21 });
  const done = await eventually(() => job(id), (j) => j?.state === 'completed');
  expect(done!.output).toEqual({ doubled: 42 });
  expect(seen).toEqual([21]);
});

test('a handler that throws fails its job with the message and code, to be retried', async () => {
  await work(async () => {
    throw Object.assign(new Error('provider said no'), { code: 'PROVIDER_DOWN' });
  });
  const id = await send({ n: 1 });
  const failed = await eventually(() => job(id), (j) => j?.state === 'retry');
  expect(failed!.output).toEqual({ message: 'provider said no', code: 'PROVIDER_DOWN' });
});

test('a job that runs past its expiry fails, and the queue goes on to the next job', async () => {
  const stuck = held();
  const later: number[] = [];
  await work(async (ctx, data: { n: number }) => {
    if (data.n === 1) return stuck.handler(ctx, data);
    later.push(data.n);
    return {};
  });
  const first = await send({ n: 1 }, { expireInSeconds: 1 });
  await stuck.began;
  const second = await send({ n: 2 });
  const expired = await eventually(() => job(first), (j) => j?.state === 'retry');
  expect(expired!.output).toMatchObject({ code: 'JOB_EXPIRED' });
  await eventually(() => job(second), (j) => j?.state === 'completed');
  expect(later).toEqual([2]);
  stuck.release(undefined);
});

test('stop() waits for the job in hand, records it done, and takes no more', async () => {
  const slow = held();
  const workers = await work(slow.handler);
  const id = await send({ n: 7 });
  await slow.began;
  let stopped = false;
  const stopping = workers.stop().then(() => (stopped = true));
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(stopped).toBe(false);
  slow.release(undefined);
  await stopping;
  expect(await job(id)).toMatchObject({ state: 'completed', output: { n: 7 } });

  const after = await send({ n: 8 });
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect((await job(after))!.state).toBe('created');
  await client.deleteJob(QUEUE, after);
});

test('stop() closes the queue after its grace period when a job never finishes; the job stays to expire', async () => {
  const stuck = held();
  const workers = await work(stuck.handler, 300);
  const id = await send({ n: 9 });
  await stuck.began;
  await workers.stop();
  expect((await job(id))!.state).toBe('active');
  // The handler finishing later, with the queue closed, costs only a log line.
  stuck.release(undefined);
  await new Promise((resolve) => setTimeout(resolve, 100));
  await client.deleteJob(QUEUE, id);
});
