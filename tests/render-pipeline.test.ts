// The render pipeline end to end through the router: submit (priced, charged), frame jobs handed
// to nodes on their heartbeats, frames counted once, completion with an export, cancellation with
// one refund, retries, crashes and nodes that vanish.
import { startStack, type Stack } from './kit/stack.ts';
import { errorCodes, execute, expectNoErrors } from './kit/client.ts';
import { login } from './kit/session.ts';
import { TestNode } from './kit/node-agent.ts';
import { seedDemo, DEMO_IDS, DEMO_NODE_ID, DEMO_NODE_SECRET } from '../prisma/seed.ts';
import { sweepOfflineNodes } from '../subgraphs/render/orchestrator/scheduler.ts';
import { priceOf } from '../subgraphs/render/orchestrator/pricing.ts';
import { FRAMES_PER_CHUNK, settleFilledFrameJobs } from '../subgraphs/render/orchestrator/jobs.ts';
import { signRequest } from '../subgraphs/render/http/hmac.ts';

let stack: Stack;
let user: string;
let admin: string;
let node: TestNode;
let savedProjectId: string;

const SUBMIT = 'mutation($input: SubmitRenderInput!) { submitRender(input: $input) { id step renderProgress priorityQueue paidPriceMinor queuedAt totalFrames } }';
const submit = (input: Record<string, unknown> = {}) =>
  execute(stack.url, { document: SUBMIT, variables: { input: { savedProjectId, quality: 'High', resolution: 'FullHD', ...input } }, token: user });
const balance = async () => Number((await stack.db.admin.wallet.findFirstOrThrow({ where: { userId: DEMO_IDS.user } })).balanceMinor);
const job = (id: string) => stack.db.admin.renderJob.findUniqueOrThrow({ where: { id }, include: { frameJobs: { orderBy: { orderValue: 'asc' } } } });

/** Heartbeats until the node is handed frames; returns the RenderFrames payload. */
async function takeWork(who = node) {
  const reply = await who.heartbeat();
  expect(reply.status).toBe(200);
  return reply.body.pending_commands.find((c: { command: string }) => c.command === 'RenderFrames')?.payload as
    | { job_id: string; frame_job_id: string; start_frame: number; end_frame: number; attempt: number; config: { project: { id: string } } }
    | undefined;
}

async function renderAssigned(work: NonNullable<Awaited<ReturnType<typeof takeWork>>>, who = node, resend = false) {
  for (let frame = work.start_frame; frame <= work.end_frame; frame++) {
    const reply = await who.frame(work.job_id, work.frame_job_id, frame, { resend });
    expect(reply.status).toBe(204);
  }
}

beforeAll(async () => {
  stack = await startStack();
  await seedDemo(stack.db.adminUrl);
  user = (await login(stack.url, 'user@flatrender.local')).accessToken;
  admin = (await login(stack.url, 'admin@flatrender.local')).accessToken;
  node = new TestNode(new URL(stack.url).origin, DEMO_NODE_ID, DEMO_NODE_SECRET);
  savedProjectId = (await stack.db.admin.savedProject.findFirstOrThrow({ where: { userId: DEMO_IDS.user }, orderBy: { createdAt: 'asc' } })).id;
});
afterAll(() => stack?.stop());

test('pricing scales with quality, resolution, frame rate and length', () => {
  const base = { basePriceMinor: 2_000_000n, quality: 'High', resolution: 'FullHD', frameRate: 30, durationSec: 15, priceType: 'Cash' } as const;
  expect(priceOf(base)).toBe(2_500_000n);
  expect(priceOf({ ...base, quality: 'Low', resolution: 'HD' })).toBe(1_200_000n);
  expect(priceOf({ ...base, frameRate: 60 })).toBe(3_750_000n);
  expect(priceOf({ ...base, durationSec: 60 })).toBe(5_000_000n);
  expect(priceOf({ ...base, quality: 'Low', resolution: 'HD', priceType: 'Preview' })).toBe(0n);
  expect(() => priceOf({ ...base, priceType: 'Preview' })).toThrow(/Low quality/);
});

test('a render goes from submission to an export, frame by frame, charged once', async () => {
  const before = await balance();
  const submitted = expectNoErrors(await submit()).submitRender;
  expect(submitted).toMatchObject({ step: 'Queued', renderProgress: 0, priorityQueue: 'Normal', totalFrames: 450 });
  expect(await balance()).toBe(before - submitted.paidPriceMinor);
  const queued = await job(submitted.id);
  expect(queued.frameJobs).toHaveLength(Math.ceil(450 / FRAMES_PER_CHUNK));

  let work = await takeWork();
  expect(work?.job_id).toBe(submitted.id);
  expect(work?.config.project.id).toBe(queued.projectId);
  // Frames reported twice count once.
  await renderAssigned(work!);
  await renderAssigned(work!, node, true);
  let progress = await job(submitted.id);
  expect(progress.frameJobs[0]).toMatchObject({ status: 'Done', framesRendered: FRAMES_PER_CHUNK });
  expect(progress.renderProgress).toBe(20);
  expect(progress.step).toBe('Rendering');

  while ((work = await takeWork())) await renderAssigned(work);
  const done = await job(submitted.id);
  expect(done).toMatchObject({ step: 'Completed', renderProgress: 100 });
  expect(done.frameJobs.every((f) => f.status === 'Done' && f.framesRendered === f.endFrame - f.startFrame + 1)).toBe(true);
  const detail = expectNoErrors(await execute(stack.url, {
    document: `{ renderJob(id: "${submitted.id}") { step renderProgress export { id sizeBytes width height autoDeleteDate } logs { message } } }`,
    token: user,
  }));
  expect(detail.renderJob.export).toMatchObject({ width: 1920, height: 1080 });
  expect(detail.renderJob.export.sizeBytes).toBeGreaterThan(0);
  expect(detail.renderJob.logs.at(-1).message).toMatch(/^completed/);
  expect(await balance()).toBe(before - submitted.paidPriceMinor);
});

test('not enough money: INSUFFICIENT_BALANCE and nothing is queued', async () => {
  const jobsBefore = await stack.db.admin.renderJob.count();
  const keep = await balance();
  await stack.db.admin.wallet.updateMany({ where: { userId: DEMO_IDS.user }, data: { balanceMinor: 1000n } });
  expect(errorCodes(await submit())).toEqual(['INSUFFICIENT_BALANCE']);
  expect(await stack.db.admin.renderJob.count()).toBe(jobsBefore);
  expect(await balance()).toBe(1000);
  await stack.db.admin.wallet.updateMany({ where: { userId: DEMO_IDS.user }, data: { balanceMinor: BigInt(keep) } });
});

test('bad submissions: another user\'s saved project, an unknown one, a bad frame rate', async () => {
  const reseller = (await login(stack.url, 'reseller@acme.test')).accessToken;
  const theirs = await execute(stack.url, { document: SUBMIT, variables: { input: { savedProjectId, quality: 'High', resolution: 'FullHD' } }, token: reseller });
  expect(errorCodes(theirs)).toEqual(['NOT_FOUND']);
  expect(errorCodes(await submit({ savedProjectId: '00000000-0000-4000-8000-00000000dead' }))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await submit({ frameRate: 48 }))).toEqual(['BAD_USER_INPUT']);
  expect(errorCodes(await submit({ quality: 'Ultra' }))).toEqual(['BAD_USER_INPUT']);
});

test('cancelling while rendering refunds once, tells the node, and ignores its late frames', async () => {
  const before = await balance();
  const submitted = expectNoErrors(await submit()).submitRender;
  const work = (await takeWork())!;
  await node.frame(work.job_id, work.frame_job_id, work.start_frame);
  const cancel = (id: string) => execute(stack.url, { document: `mutation { cancelRender(id: "${id}", reason: "changed my mind") { cancelled refundAmountMinor } }`, token: user });
  expect(expectNoErrors(await cancel(submitted.id)).cancelRender).toEqual({ cancelled: true, refundAmountMinor: submitted.paidPriceMinor });
  expect(expectNoErrors(await cancel(submitted.id)).cancelRender).toEqual({ cancelled: false, refundAmountMinor: submitted.paidPriceMinor });
  expect(await balance()).toBe(before);
  const next = await node.heartbeat();
  expect(next.body.pending_commands).toContainEqual(expect.objectContaining({ command: 'CancelJob', payload: { job_id: submitted.id } }));
  expect((await node.frame(work.job_id, work.frame_job_id, work.start_frame + 1)).status).toBe(204);
  expect((await node.frame(work.job_id, work.frame_job_id, work.start_frame, { resend: true })).status).toBe(204);
  const after = await job(submitted.id);
  expect(after.step).toBe('Cancelled');
  expect(after.frameJobs[0].framesRendered).toBe(1);

  const retried = expectNoErrors(await execute(stack.url, { document: `mutation { retryRender(id: "${submitted.id}") { id step } }`, token: user })).retryRender;
  expect(retried.step).toBe('Queued');
  const copy = await stack.db.admin.renderJob.findUniqueOrThrow({ where: { id: retried.id } });
  expect(copy).toMatchObject({ retryOfJobId: submitted.id, retryCount: 1, quality: 'High', resolution: 'FullHD' });
  expect(copy.renderConfig).toEqual(after.renderConfig);
  expectNoErrors(await cancel(retried.id));
});

test('a frame outside the range, or of a job the frame job is not in, is refused', async () => {
  const submitted = expectNoErrors(await submit()).submitRender;
  const work = (await takeWork())!;
  expect((await node.frame(work.job_id, work.frame_job_id, work.end_frame + 1)).status).toBe(400);
  const other = expectNoErrors(await submit()).submitRender;
  expect((await node.frame(other.id, work.frame_job_id, work.start_frame)).status).toBe(409);
  await execute(stack.url, { document: `mutation { a: cancelRender(id: "${submitted.id}") { cancelled } b: cancelRender(id: "${other.id}") { cancelled } }`, token: user });
});

test('a frame report sent again with the same signature is a replay: 401, counted once', async () => {
  const submitted = expectNoErrors(await submit()).submitRender;
  const work = (await takeWork())!;
  const path = `/v1/internal/render/jobs/${work.job_id}/frames`;
  const raw = JSON.stringify({ frame_job_id: work.frame_job_id, frame_number: work.start_frame, file_size_bytes: 1000 });
  const timestamp = Math.floor(Date.now() / 1000);
  const send = () => fetch(new URL(stack.url).origin + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-node-timestamp': String(timestamp), 'x-node-signature': signRequest(DEMO_NODE_SECRET, timestamp, 'POST', path, raw) },
    body: raw,
  });
  expect((await send()).status).toBe(204);
  const again = await send();
  expect(again.status).toBe(401);
  expect(await again.json()).toEqual(expect.objectContaining({ error: 'UNAUTHENTICATED', message: expect.stringMatching(/replay/) }));
  expect((await job(submitted.id)).frameJobs[0].framesRendered).toBe(1);
  await execute(stack.url, { document: `mutation { cancelRender(id: "${submitted.id}") { cancelled } }`, token: user });
});

test('a frame job counted full but never settled (a crash in between) is settled when its last frame comes again', async () => {
  const submitted = expectNoErrors(await submit()).submitRender;
  const work = (await takeWork())!;
  await renderAssigned(work);
  expect((await job(submitted.id)).frameJobs[0]).toMatchObject({ status: 'Done' });
  // As if the process stopped after the last frame was counted, before its frame job was settled.
  await stack.db.admin.frameJob.update({ where: { id: work.frame_job_id }, data: { status: 'Rendering', completedAt: null } });
  await stack.db.admin.renderNode.update({ where: { id: DEMO_NODE_ID }, data: { currentJobId: submitted.id } });
  // The node, never answered, sends the last frame again.
  expect((await node.frame(work.job_id, work.frame_job_id, work.end_frame, { resend: true })).status).toBe(204);
  const settled = await job(submitted.id);
  expect(settled.frameJobs[0]).toMatchObject({ status: 'Done', framesRendered: work.end_frame - work.start_frame + 1 });
  expect((await stack.db.admin.renderNode.findUniqueOrThrow({ where: { id: DEMO_NODE_ID } })).currentJobId).toBeNull();
  // Sent once more, it changes nothing.
  const path = `/v1/internal/render/jobs/${work.job_id}/frames`;
  expect((await node.post(path, { frame_job_id: work.frame_job_id, frame_number: work.end_frame, file_size_bytes: 1000 }, 40)).status).toBe(204);
  expect((await job(submitted.id)).frameJobs[0]).toMatchObject({ status: 'Done', completedAt: settled.frameJobs[0].completedAt });
  await execute(stack.url, { document: `mutation { cancelRender(id: "${submitted.id}") { cancelled } }`, token: user });
});

test('the offline sweep settles a frame job counted full but never settled', async () => {
  const submitted = expectNoErrors(await submit()).submitRender;
  const work = (await takeWork())!;
  await renderAssigned(work);
  await stack.db.admin.frameJob.update({ where: { id: work.frame_job_id }, data: { status: 'Rendering', completedAt: null } });
  await stack.db.admin.renderNode.update({ where: { id: DEMO_NODE_ID }, data: { currentJobId: submitted.id } });
  expect(await settleFilledFrameJobs(stack.subgraphs.render!.db)).toBe(1);
  expect((await job(submitted.id)).frameJobs[0]).toMatchObject({ status: 'Done' });
  expect((await stack.db.admin.renderNode.findUniqueOrThrow({ where: { id: DEMO_NODE_ID } })).currentJobId).toBeNull();
  expect(await settleFilledFrameJobs(stack.subgraphs.render!.db)).toBe(0);
  await execute(stack.url, { document: `mutation { cancelRender(id: "${submitted.id}") { cancelled } }`, token: user });
});

test('a job id in capitals is the same job; one that is not a plain UUID is refused', async () => {
  const submitted = expectNoErrors(await submit()).submitRender;
  const work = (await takeWork())!;
  expect((await node.frame(work.job_id.toUpperCase(), work.frame_job_id, work.start_frame)).status).toBe(204);
  expect((await job(submitted.id)).frameJobs[0].framesRendered).toBe(1);
  expect((await node.frame(`urn:uuid:${work.job_id}`, work.frame_job_id, work.start_frame + 1)).status).toBe(400);
  expect((await job(submitted.id)).frameJobs[0].framesRendered).toBe(1);
  await execute(stack.url, { document: `mutation { cancelRender(id: "${submitted.id}") { cancelled } }`, token: user });
});

test('another node cannot report frames of work it does not hold', async () => {
  const registered = expectNoErrors(await execute(stack.url, {
    document: 'mutation { registerNode(input: { name: "node-other", region: "teh", nodeIp: "10.1.0.2", workerPort: 7100, currentAeVersion: "24.0" }) { node { id } nodeSecret } }',
    token: admin,
  })).registerNode;
  const intruder = new TestNode(new URL(stack.url).origin, registered.node.id, registered.nodeSecret);
  const submitted = expectNoErrors(await submit()).submitRender;
  const work = (await takeWork())!;
  expect((await intruder.frame(work.job_id, work.frame_job_id, work.start_frame)).status).toBe(401);
  expect((await job(submitted.id)).frameJobs[0].framesRendered).toBe(0);
  await execute(stack.url, { document: `mutation { cancelRender(id: "${submitted.id}") { cancelled } }`, token: user });
  await stack.db.admin.renderNode.update({ where: { id: registered.node.id }, data: { isActive: false } });
});

test('two nodes asking at once get different frames', async () => {
  const registered = await Promise.all(['node-a', 'node-b'].map(async (name, i) => expectNoErrors(await execute(stack.url, {
    document: `mutation { registerNode(input: { name: "${name}", region: "teh", nodeIp: "10.2.0.${i + 1}", workerPort: 7200, currentAeVersion: "24.0" }) { node { id } nodeSecret } }`,
    token: admin,
  })).registerNode));
  const nodes = registered.map((r) => new TestNode(new URL(stack.url).origin, r.node.id, r.nodeSecret));
  const submitted = expectNoErrors(await submit()).submitRender;
  const [a, b] = await Promise.all(nodes.map((n) => takeWork(n)));
  expect(a?.frame_job_id).toBeDefined();
  expect(b?.frame_job_id).toBeDefined();
  expect(a!.frame_job_id).not.toBe(b!.frame_job_id);
  await execute(stack.url, { document: `mutation { cancelRender(id: "${submitted.id}") { cancelled } }`, token: user });
  await stack.db.admin.renderNode.updateMany({ where: { id: { in: nodes.map((n) => n.id) } }, data: { isActive: false } });
});

test('crashes: reset in place first, then the frames go back to the queue', async () => {
  await stack.db.admin.renderNode.update({ where: { id: DEMO_NODE_ID }, data: { consecutiveFailures: 0, currentJobId: null } });
  const submitted = expectNoErrors(await submit()).submitRender;
  const work = (await takeWork())!;
  const first = await node.crash(work.job_id, { frame_job_id: work.frame_job_id, crash_signal: 'SIGSEGV', last_known_frame: work.start_frame });
  expect(first).toEqual({ status: 200, body: { action_recommended: 'ResetAndRestart', reassigned_to_node_id: null } });
  const second = await node.crash(work.job_id, { frame_job_id: work.frame_job_id, crash_signal: 'SIGSEGV' });
  expect(second.body.action_recommended).toBe('ReassignWork');
  const frameJob = await stack.db.admin.frameJob.findUniqueOrThrow({ where: { id: work.frame_job_id } });
  expect(frameJob).toMatchObject({ status: 'Pending', nodeId: null, attempt: 2 });
  const crashes = expectNoErrors(await execute(stack.url, { document: `{ node(id: "${DEMO_NODE_ID}") { crashes { crashSignal recoveryAction renderJob { id } } } }`, token: admin }));
  expect(crashes.node.crashes.slice(0, 2).map((c: any) => c.recoveryAction)).toEqual(['ReassignWork', 'ResetAndRestart']);
  await execute(stack.url, { document: `mutation { cancelRender(id: "${submitted.id}") { cancelled } }`, token: user });
});

test('a node that stops heartbeating goes offline and its frames return to the queue', async () => {
  await stack.db.admin.renderNode.update({ where: { id: DEMO_NODE_ID }, data: { consecutiveFailures: 0, currentJobId: null, status: 'Online' } });
  const submitted = expectNoErrors(await submit()).submitRender;
  const work = (await takeWork())!;
  await stack.db.admin.renderNode.update({ where: { id: DEMO_NODE_ID }, data: { lastHeartbeatAt: new Date(Date.now() - 120_000) } });
  expect(await sweepOfflineNodes(stack.subgraphs.render!.db)).toBeGreaterThanOrEqual(1);
  expect(await stack.db.admin.renderNode.findUniqueOrThrow({ where: { id: DEMO_NODE_ID } })).toMatchObject({ status: 'Offline', currentJobId: null });
  expect(await stack.db.admin.frameJob.findUniqueOrThrow({ where: { id: work.frame_job_id } })).toMatchObject({ status: 'Pending', attempt: 2 });
  // Back again, it picks the work up.
  expect((await takeWork())?.frame_job_id).toBe(work.frame_job_id);
  await execute(stack.url, { document: `mutation { cancelRender(id: "${submitted.id}") { cancelled } }`, token: user });
});

test("another user's job cannot be cancelled or retried", async () => {
  const submitted = expectNoErrors(await submit()).submitRender;
  const reseller = (await login(stack.url, 'reseller@acme.test')).accessToken;
  expect(errorCodes(await execute(stack.url, { document: `mutation { cancelRender(id: "${submitted.id}") { cancelled } }`, token: reseller }))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await execute(stack.url, { document: `mutation { retryRender(id: "${submitted.id}") { id } }`, token: reseller }))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await execute(stack.url, { document: `mutation { retryRender(id: "${submitted.id}") { id } }`, token: user }))).toEqual(['CONFLICT']);
  await execute(stack.url, { document: `mutation { cancelRender(id: "${submitted.id}") { cancelled } }`, token: user });
});

test('empty frames are rendered again as repair jobs before the export is made', async () => {
  await stack.db.admin.renderNode.update({ where: { id: DEMO_NODE_ID }, data: { consecutiveFailures: 0, currentJobId: null, status: 'Online', isActive: true } });
  const submitted = expectNoErrors(await submit()).submitRender;
  let work;
  let first = true;
  while ((work = await takeWork())) {
    for (let frame = work.start_frame; frame <= work.end_frame; frame++) {
      // Two frames of the first range come back empty (a corrupt write on the node).
      const broken = first && (frame === work.start_frame + 3 || frame === work.start_frame + 4);
      expect((await node.frame(work.job_id, work.frame_job_id, frame, { fileSizeBytes: broken ? 0 : 1000 })).status).toBe(204);
    }
    first = false;
    const now = await job(submitted.id);
    if (now.step === 'Repairing') {
      const repairs = await stack.db.admin.frameRepairJob.findMany({ where: { renderJobId: submitted.id } });
      expect(repairs).toMatchObject([{ startFrame: 3, endFrame: 4, reason: 'Corrupt', status: 'Pending' }]);
    }
  }
  const done = await job(submitted.id);
  expect(done).toMatchObject({ step: 'Completed', renderProgress: 100, repairAttempts: 1 });
  expect(await stack.db.admin.frameRepairJob.findMany({ where: { renderJobId: submitted.id } })).toMatchObject([{ status: 'Done' }]);
  const logs = await stack.db.admin.renderJobLog.findMany({ where: { renderJobId: submitted.id }, orderBy: { id: 'asc' } });
  expect(logs.some((l) => l.message.startsWith('repairing 2 frames'))).toBe(true);
});

test("the export is kept as long as the user's plan says", async () => {
  await stack.db.admin.renderNode.update({ where: { id: DEMO_NODE_ID }, data: { consecutiveFailures: 0, currentJobId: null, status: 'Online', isActive: true } });
  const pro = await stack.db.admin.plan.findUniqueOrThrow({ where: { code: 'pro' } });
  const now = Date.now();
  const subscription = await stack.db.admin.subscription.create({
    data: { tenantId: '00000000-0000-0000-0000-000000000001', userId: DEMO_IDS.user, planId: pro.id, currentPeriodStart: new Date(now), currentPeriodEnd: new Date(now + 30 * 86_400_000) },
  });
  const submitted = expectNoErrors(await submit()).submitRender;
  let work;
  while ((work = await takeWork())) await renderAssigned(work);
  const done = await stack.db.admin.renderJob.findUniqueOrThrow({ where: { id: submitted.id }, include: { export: true } });
  const kept = (done.export!.autoDeleteDate.getTime() - done.export!.produceDate.getTime()) / 86_400_000;
  expect(kept).toBeCloseTo(pro.exportRetentionDays, 5);
  await stack.db.admin.subscription.delete({ where: { id: subscription.id } });
});
