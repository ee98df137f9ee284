// Events between owners: when a render ends, notification tells the user (live on myEvents) and
// identity meters the usage or refunds a failure, each exactly once however often the event comes.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, print, type OperationDefinitionNode } from 'graphql';
import { startStack, type Stack } from './kit/stack.ts';
import { execute, expectNoErrors } from './kit/client.ts';
import { login } from './kit/session.ts';
import { TestNode } from './kit/node-agent.ts';
import { collect, wsClient } from './kit/ws.ts';
import { seedDemo, DEMO_IDS, DEMO_NODE_ID, DEMO_NODE_SECRET, DEFAULT_TENANT_ID } from '../prisma/seed.ts';
import { CONTRACT_DIR } from '../scripts/validate-operations.ts';
import { eventually } from './kit/eventually.ts';
import { jobQueueClient } from './kit/jobs.ts';

let stack: Stack;
let user: string;
let node: TestNode;
let savedProjectId: string;
const operations = new Map<string, string>();

beforeAll(async () => {
  stack = await startStack({ jobs: true });
  await seedDemo(stack.db.adminUrl);
  const document = parse(await readFile(path.join(CONTRACT_DIR, 'studio.graphql'), 'utf8'));
  for (const definition of document.definitions as OperationDefinitionNode[]) operations.set(definition.name!.value, print(definition));
  user = (await login(stack.url, 'user@flatrender.local')).accessToken;
  node = new TestNode(new URL(stack.url).origin, DEMO_NODE_ID, DEMO_NODE_SECRET);
  savedProjectId = (await stack.db.admin.savedProject.findFirstOrThrow({ where: { userId: DEMO_IDS.user } })).id;
});
afterAll(() => stack?.stop());

const submit = async () => expectNoErrors(await execute(stack.url, {
  document: operations.get('SubmitRender')!,
  variables: { input: { savedProjectId, quality: 'Low', resolution: 'HD' } },
  token: user,
})).submitRender;

const usage = async () => (await stack.db.admin.tenantUsageDaily.findFirst({ where: { tenantId: DEFAULT_TENANT_ID, usageDate: new Date(new Date().toISOString().slice(0, 10)) } }))?.renderJobs ?? 0;

test('a finished render reaches the user on myEvents, as progress and then a notification; usage is metered once', async () => {
  const usageBefore = await usage();
  const client = wsClient(stack.url, user);
  const events = collect(client, operations.get('MyEvents')!);
  const job = await submit();
  for (;;) {
    const work = (await node.heartbeat()).body.pending_commands.find((c: { command: string }) => c.command === 'RenderFrames')?.payload;
    if (!work) break;
    for (let frame = work.start_frame; frame <= work.end_frame; frame++) await node.frame(work.job_id, work.frame_job_id, frame);
  }
  // The user's first render also earns an achievement, whose notification may come first.
  const ready = (e: { myEvents: { __typename: string; title?: string } }) => e.myEvents.__typename === 'Notification' && e.myEvents.title === 'Your render is ready';
  const results = await events.until((r) => r.some(ready));
  const progress = results.filter((e) => e.myEvents.__typename === 'RenderProgress').map((e) => e.myEvents);
  expect(progress.at(-1)).toEqual({ __typename: 'RenderProgress', jobId: job.id, progress: 100, step: 'Completed' });
  expect(results.find(ready).myEvents).toEqual({ __typename: 'Notification', id: expect.any(String), title: 'Your render is ready' });
  await client.dispose();

  const notification = await stack.db.admin.notification.findFirstOrThrow({ where: { sourceId: job.id } });
  expect(notification).toMatchObject({ type: 'render.completed', userId: DEMO_IDS.user, readAt: null });
  expect(await eventually(usage, (n) => n > usageBefore)).toBe(usageBefore + 1);

  // The same event delivered again changes nothing.
  const boss = await jobQueueClient(stack.db.adminUrl);
  const redelivered = { eventId: `render.finished:${job.id}`, jobId: job.id, userId: DEMO_IDS.user, tenantId: DEFAULT_TENANT_ID, name: 'x', step: 'Completed', exportId: null, durationSec: 15, frames: 450, failedMessage: null };
  const ids = await Promise.all(['notification-render-finished', 'identity-render-usage'].map((queue) => boss.send(queue, redelivered)));
  for (const [index, queue] of ['notification-render-finished', 'identity-render-usage'].entries()) {
    await eventually(() => boss.getJobById(queue, ids[index]!), (found) => found?.state === 'completed');
  }
  await boss.stop({ graceful: false, wait: true });
  expect(await stack.db.admin.notification.count({ where: { sourceId: job.id } })).toBe(1);
  expect(await usage()).toBe(usageBefore + 1);
});

test('a render that fails is refunded by identity and the user is told', async () => {
  const wallet = async () => Number((await stack.db.admin.wallet.findFirstOrThrow({ where: { userId: DEMO_IDS.user } })).balanceMinor);
  const before = await wallet();
  const job = await submit();
  expect(await wallet()).toBe(before - job.paidPriceMinor);
  const work = (await node.heartbeat()).body.pending_commands.find((c: { command: string }) => c.command === 'RenderFrames').payload;
  // Its frames have used their attempts: the next crash fails the job.
  await stack.db.admin.frameJob.update({ where: { id: work.frame_job_id }, data: { attempt: 3 } });
  await stack.db.admin.renderNode.update({ where: { id: DEMO_NODE_ID }, data: { consecutiveFailures: 1 } });
  expect((await node.crash(job.id, { frame_job_id: work.frame_job_id, crash_signal: 'SIGABRT' })).body.action_recommended).toBe('ReassignWork');
  expect((await stack.db.admin.renderJob.findUniqueOrThrow({ where: { id: job.id } })).step).toBe('Failed');
  await eventually(wallet, (balance) => balance === before);
  const told = await eventually(() => stack.db.admin.notification.findFirst({ where: { sourceId: job.id } }), (found) => found !== null);
  expect(told?.type).toBe('render.failed');
  await stack.db.admin.renderNode.update({ where: { id: DEMO_NODE_ID }, data: { consecutiveFailures: 0 } });
});
