// The simulated node agent as its own process, against the router: it renders a submitted job to
// completion, survives injected After Effects crashes, and a killed agent's frames are taken over.
import { spawn, type ChildProcess } from 'node:child_process';
import { jest } from '@jest/globals';
import path from 'node:path';
import { startStack, type Stack } from './kit/stack.ts';
import { execute, expectNoErrors } from './kit/client.ts';
import { login } from './kit/session.ts';
import { eventually } from './kit/eventually.ts';
import { seedDemo, DEMO_IDS, DEMO_NODE_ID } from '../prisma/seed.ts';
import { sweepOfflineNodes } from '../subgraphs/render/orchestrator/scheduler.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
// Whole renders by a separate process: generous, since CI's two cores also run other test files.
jest.setTimeout(180_000);
let stack: Stack;
let user: string;
let savedProjectId: string;
const agents: ChildProcess[] = [];

function startAgent(env: Record<string, string> = {}): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'node-agent.ts')], {
    cwd: ROOT,
    env: { ...process.env, ROUTER_URL: new URL(stack.url).origin, NODE_AGENT_FPS: '1000', NODE_AGENT_HEARTBEAT_SECONDS: '1', ...env },
    stdio: process.env.DEBUG_AGENT ? 'inherit' : 'ignore',
  });
  agents.push(child);
  return child;
}

const stopAgent = (child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });

beforeAll(async () => {
  stack = await startStack();
  await seedDemo(stack.db.adminUrl);
  user = (await login(stack.url, 'user@flatrender.local')).accessToken;
  savedProjectId = (await stack.db.admin.savedProject.findFirstOrThrow({ where: { userId: DEMO_IDS.user } })).id;
});
afterAll(async () => {
  await Promise.all(agents.map((child) => stopAgent(child, 'SIGKILL')));
  await stack?.stop();
});

const submit = async () => expectNoErrors(await execute(stack.url, {
  document: 'mutation($input: SubmitRenderInput!) { submitRender(input: $input) { id } }',
  // 24 fps: 360 frames, each its own signed request.
  variables: { input: { savedProjectId, quality: 'Low', resolution: 'HD', frameRate: 24 } },
  token: user,
})).submitRender.id as string;

const jobStep = (id: string) => stack.db.admin.renderJob.findUniqueOrThrow({ where: { id } });

test('the agent renders a job to completion', async () => {
  const agent = startAgent();
  try {
    const id = await submit();
    const done = await eventually(() => jobStep(id), (job) => job.step === 'Completed', 150_000);
    expect(done.renderProgress).toBe(100);
    expect(done.exportId).toBeTruthy();
  } finally {
    await stopAgent(agent);
  }
});

test('with a crash in every frame range, the job still completes', async () => {
  await stack.db.admin.renderNode.update({ where: { id: DEMO_NODE_ID }, data: { consecutiveFailures: 0, currentJobId: null, status: 'Online' } });
  const agent = startAgent({ NODE_AGENT_CRASH_RATE: '1' });
  try {
    const id = await submit();
    await eventually(() => jobStep(id), (job) => job.step === 'Completed', 150_000);
    const crashes = await stack.db.admin.nodeCrash.count({ where: { renderJobId: id } });
    const ranges = await stack.db.admin.frameJob.count({ where: { renderJobId: id } });
    expect(crashes).toBeGreaterThanOrEqual(ranges);
  } finally {
    await stopAgent(agent);
  }
});

test("a killed agent's frames go back to the queue and another agent finishes the job", async () => {
  await stack.db.admin.renderNode.update({ where: { id: DEMO_NODE_ID }, data: { consecutiveFailures: 0, currentJobId: null, status: 'Online' } });
  const agent = startAgent({ NODE_AGENT_FPS: '30' });
  const id = await submit();
  await eventually(() => jobStep(id), (job) => job.renderProgress > 0, 120_000);
  await stopAgent(agent, 'SIGKILL');
  // The node falls silent: once it counts as gone, its frames return to the queue.
  await stack.db.admin.renderNode.update({ where: { id: DEMO_NODE_ID }, data: { lastHeartbeatAt: new Date(Date.now() - 120_000) } });
  expect(await sweepOfflineNodes(stack.subgraphs.render!.db)).toBe(1);
  const held = await stack.db.admin.frameJob.count({ where: { renderJobId: id, status: { in: ['Assigned', 'Rendering'] } } });
  expect(held).toBe(0);
  const replacement = startAgent();
  try {
    const done = await eventually(() => jobStep(id), (job) => job.step === 'Completed', 150_000);
    expect(done.renderProgress).toBe(100);
  } finally {
    await stopAgent(replacement);
  }
});
