// Subscriptions through the router's one endpoint, with real graphql-ws clients: live progress
// with fields of other owners in every event, node status for administrators, and the refusals.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, print, type OperationDefinitionNode } from 'graphql';
import { startStack, type Stack } from './kit/stack.ts';
import { execute, expectNoErrors } from './kit/client.ts';
import { login } from './kit/session.ts';
import { TestNode } from './kit/node-agent.ts';
import { collect, wsClient } from './kit/ws.ts';
import { seedDemo, DEMO_NODE_ID, DEMO_NODE_SECRET } from '../prisma/seed.ts';
import { CONTRACT_DIR } from '../scripts/validate-operations.ts';

let stack: Stack;
let user: string;
let admin: string;
let node: TestNode;
const operations = new Map<string, string>();
const op = (name: string) => operations.get(name)!;

beforeAll(async () => {
  stack = await startStack();
  await seedDemo(stack.db.adminUrl);
  const document = parse(await readFile(path.join(CONTRACT_DIR, 'studio.graphql'), 'utf8'));
  for (const definition of document.definitions as OperationDefinitionNode[]) operations.set(definition.name!.value, print(definition));
  user = (await login(stack.url, 'user@flatrender.local')).accessToken;
  admin = (await login(stack.url, 'admin@flatrender.local')).accessToken;
  node = new TestNode(new URL(stack.url).origin, DEMO_NODE_ID, DEMO_NODE_SECRET);
});
afterAll(() => stack?.stop());

/** Renders whatever the demo node is handed until it is handed nothing. */
async function renderEverything() {
  for (;;) {
    const reply = await node.heartbeat();
    const work = reply.body.pending_commands.find((c: { command: string }) => c.command === 'RenderFrames')?.payload;
    if (!work) return;
    for (let frame = work.start_frame; frame <= work.end_frame; frame++) await node.frame(work.job_id, work.frame_job_id, frame);
  }
}

test('a user watches a render from submission to its export, with the saved project\'s name in every event', async () => {
  const template = expectNoErrors(await execute(stack.url, { document: op('TemplateDetail'), variables: { slug: 'wedding-invitation' } }));
  const saved = expectNoErrors(await execute(stack.url, {
    document: op('CreateSavedProject'),
    variables: { input: { projectId: template.template.projects[0].id, name: 'Our wedding' } },
    token: user,
  })).createSavedProject;
  const job = expectNoErrors(await execute(stack.url, {
    document: op('SubmitRender'),
    variables: { input: { savedProjectId: saved.id, quality: 'Medium', resolution: 'HD' } },
    token: user,
  })).submitRender;

  const client = wsClient(stack.url, user);
  const events = collect(client, op('RenderProgress'), { jobId: job.id });
  await events.until((r) => r.length >= 1);
  await renderEverything();
  const results = await events.until((r) => r.at(-1)?.renderProgress.step === 'Completed');
  const last = results.at(-1).renderProgress;
  expect(last).toMatchObject({ jobId: job.id, step: 'Completed', progress: 100, job: { id: job.id, step: 'Completed', savedProject: { id: saved.id, name: 'Our wedding' } } });
  expect(last.job.export.id).toBeTruthy();
  expect(results.every((r) => r.renderProgress.job.savedProject.name === 'Our wedding')).toBe(true);
  const progress = results.map((r) => r.renderProgress.progress);
  expect(progress).toEqual([...progress].sort((a, b) => a - b));
  expect(new Set(results.map((r) => r.renderProgress.step))).toEqual(new Set(['Queued', 'Preparing', 'Rendering', 'Encoding', 'Completed']));
  // At most one progress event per 100 ms, besides the step changes, however fast frames arrive
  // (the node reported 360 frames).
  const elapsed = events.times.at(-1)! - events.times[0];
  expect(results.length).toBeLessThanOrEqual(Math.floor(elapsed / 100) + 5 + 2);
  expect(results.length).toBeLessThan(360);
  await events.until(() => events.completed);
  await client.dispose();
});

test('watchers of one render share its stream: each gets every event, a late one starts from the latest, one leaving stops none', async () => {
  const template = expectNoErrors(await execute(stack.url, { document: op('TemplateDetail'), variables: { slug: 'wedding-invitation' } }));
  const saved = expectNoErrors(await execute(stack.url, {
    document: op('CreateSavedProject'), variables: { input: { projectId: template.template.projects[0].id, name: 'Watched together' } }, token: user,
  })).createSavedProject;
  const job = expectNoErrors(await execute(stack.url, {
    document: op('SubmitRender'), variables: { input: { savedProjectId: saved.id, quality: 'Medium', resolution: 'HD' } }, token: user,
  })).submitRender;
  const watch = 'subscription($jobId: ID!) { renderProgress(jobId: $jobId) { jobId step progress } }';
  // Two subscriptions on one socket (two ids) and one on another: one upstream stream for all.
  const first = wsClient(stack.url, user);
  const second = wsClient(stack.url, user);
  const a = collect(first, watch, { jobId: job.id });
  const b = collect(first, watch, { jobId: job.id });
  const leaving = collect(second, watch, { jobId: job.id });
  await Promise.all([a, b, leaving].map((events) => events.until((r) => r.length >= 1)));
  leaving.stop();
  await renderEverything();
  const finished = (r: { renderProgress: { step: string } }[]) => r.at(-1)?.renderProgress.step === 'Completed';
  const [resultsA, resultsB] = await Promise.all([a.until(finished), b.until(finished)]);
  // Every watcher got the same events, in order, and the end.
  expect(resultsB.map((r) => r.renderProgress)).toEqual(resultsA.map((r) => r.renderProgress));
  expect(resultsA.at(-1).renderProgress).toEqual({ jobId: job.id, step: 'Completed', progress: 100 });
  await Promise.all([a.until(() => a.completed), b.until(() => b.completed)]);
  expect(leaving.results.every((r) => r.renderProgress.step !== 'Completed')).toBe(true);
  // A watcher arriving after the end starts from where the job is: its one event says Completed.
  const late = collect(second, watch, { jobId: job.id });
  expect((await late.until((r) => r.length >= 1))[0].renderProgress).toEqual({ jobId: job.id, step: 'Completed', progress: 100 });
  await Promise.all([first.dispose(), second.dispose()]);
});

test("subscribing to another user's job is refused", async () => {
  const job = await stack.db.admin.renderJob.findFirstOrThrow({ where: { userId: { not: undefined } } });
  const reseller = (await login(stack.url, 'reseller@acme.test')).accessToken;
  const client = wsClient(stack.url, reseller);
  const events = collect(client, op('RenderProgress'), { jobId: job.id });
  await events.until(() => events.completed);
  expect(events.results).toEqual([]);
  expect(JSON.stringify(events.errors)).toMatch(/NOT_FOUND/);
  await client.dispose();
});

test('an invalid token in connection_init closes the socket with 4403', async () => {
  let closed: number | undefined;
  const client = wsClient(stack.url, 'not-a-token', (code) => (closed ??= code));
  const events = collect(client, op('RenderProgress'), { jobId: '00000000-0000-4000-8000-00000000dead' });
  await events.until(() => events.completed);
  expect(closed).toBe(4403);
  await client.dispose();
});

test('queries go over the socket too', async () => {
  const client = wsClient(stack.url, user);
  const results = collect(client, '{ me { email wallet { currency } } }');
  await results.until((r) => r.length === 1);
  expect(results.results[0]).toEqual({ me: { email: 'user@flatrender.local', wallet: { currency: 'IRR' } } });
  await client.dispose();
});

test('administrators watch node status change', async () => {
  const client = wsClient(stack.url, admin);
  const events = collect(client, 'subscription { nodeStatusChanged { id name status } }');
  const online = (r: any[]) => r.some((e) => e.nodeStatusChanged.status === 'Online');
  // Nothing acknowledges that the subscription reached the subgraph, so the node goes offline and
  // back until the change is seen (the first rounds may happen before anyone listens).
  for (let round = 0; round < 40 && !online(events.results); round++) {
    await stack.db.admin.renderNode.update({ where: { id: DEMO_NODE_ID }, data: { status: 'Offline' } });
    await node.heartbeat();
    await events.until(online, 250).catch(() => undefined);
  }
  const results = await events.until(online);
  expect(results[0].nodeStatusChanged).toMatchObject({ id: DEMO_NODE_ID, name: 'node-teh-01' });
  events.stop();
  await client.dispose();
  const userClient = wsClient(stack.url, user);
  const refused = collect(userClient, 'subscription { nodeStatusChanged { id } }');
  await refused.until(() => refused.completed);
  expect(JSON.stringify(refused.errors)).toMatch(/FORBIDDEN/);
  await userClient.dispose();
});

test('when the access token expires, the socket closes with 4401', async () => {
  const { TokenSigner } = await import('../subgraphs/kit/auth.ts');
  const signer = await TokenSigner.fromPem(stack.jwt.privateKey);
  const me = await stack.db.admin.user.findFirstOrThrow({ where: { email: 'user@flatrender.local' } });
  const shortLived = await signer.sign({ kind: 'user', userId: me.id, tenantId: me.tenantId, role: 'User', sessionId: '00000000-0000-4000-8000-000000000099' }, 2);
  let closed: number | undefined;
  const client = wsClient(stack.url, shortLived, (code) => (closed ??= code));
  const events = collect(client, 'subscription { myEvents { __typename } }');
  await events.until(() => events.completed, 10_000);
  expect(closed).toBe(4401);
  await client.dispose();
});
