// Several replicas on one PostgreSQL: two routers, two render and two notification subgraphs.
// Router A sends each owner's part to replica 1, router B to replica 2. The node reports through
// router A (render 1); subscribers on either router get every progress event and the
// notification, whichever replica handled the report or consumed the event; scheduled work and
// events are worked once however many replicas work the queues. All of it on either live event
// bus: PostgreSQL LISTEN/NOTIFY and NATS JetStream (a nats-server of this test's own).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, print, type OperationDefinitionNode } from 'graphql';
import { startStack, type Stack } from './kit/stack.ts';
import { execute, expectNoErrors } from './kit/client.ts';
import { login } from './kit/session.ts';
import { TestNode } from './kit/node-agent.ts';
import { collect, wsClient } from './kit/ws.ts';
import { eventually } from './kit/eventually.ts';
import { seedDemo, DEMO_IDS, DEMO_NODE_ID, DEMO_NODE_SECRET } from '../prisma/seed.ts';
import { CONTRACT_DIR } from '../scripts/validate-operations.ts';
import { JOB_SCHEMA } from '../prisma/jobs.ts';
import { connect } from 'nats';
import { NATS_STREAM } from '../subgraphs/kit/nats-bus.ts';

const operations = new Map<string, string>();
const op = (name: string) => operations.get(name)!;

describe.each(['postgres', 'nats'] as const)('on the %s event bus', (bus) => {
  let stack: Stack;
  let user: string;

  beforeAll(async () => {
    stack = await startStack({ jobs: true, replicas: { render: 2, notification: 2 }, routers: 2, bus });
    await seedDemo(stack.db.adminUrl);
    const document = parse(await readFile(path.join(CONTRACT_DIR, 'studio.graphql'), 'utf8'));
    for (const definition of document.definitions as OperationDefinitionNode[]) operations.set(definition.name!.value, print(definition));
    user = (await login(stack.routers[0].url, 'user@flatrender.local')).accessToken;
  });
  afterAll(() => stack?.stop());

  test('the replicas and routers are distinct processes-worth of servers', () => {
    expect(Boolean(stack.nats)).toBe(bus === 'nats');
    expect(stack.routers).toHaveLength(2);
    expect(new Set(stack.replicas.render!.map((r) => r.url)).size).toBe(2);
    expect(new Set(stack.replicas.notification!.map((r) => r.url)).size).toBe(2);
  });

  test('progress and the notification reach subscribers on both routers, whichever replica took the node\'s reports', async () => {
    const [routerA, routerB] = stack.routers;
    const savedProjectId = (await stack.db.admin.savedProject.findFirstOrThrow({ where: { userId: DEMO_IDS.user } })).id;
    // Submitted through router B: render replica 2 queues it.
    const job = expectNoErrors(await execute(routerB.url, { document: op('SubmitRender'), variables: { input: { savedProjectId, quality: 'Low', resolution: 'HD' } }, token: user })).submitRender;

    const [clientA, clientB] = [wsClient(routerA.url, user), wsClient(routerB.url, user)];
    const progress = [collect(clientA, op('RenderProgress'), { jobId: job.id }), collect(clientB, op('RenderProgress'), { jobId: job.id })];
    const inboxes = [collect(clientA, op('MyEvents')), collect(clientB, op('MyEvents'))];
    // The first progress event (the job as it stands) shows both subscriptions are live.
    await Promise.all(progress.map((p) => p.until((r) => r.length >= 1)));

    // The node reaches render replica 1 only (through router A).
    const node = new TestNode(new URL(routerA.url).origin, DEMO_NODE_ID, DEMO_NODE_SECRET);
    for (;;) {
      const work = (await node.heartbeat()).body.pending_commands.find((c: { command: string }) => c.command === 'RenderFrames')?.payload;
      if (!work) break;
      for (let frame = work.start_frame; frame <= work.end_frame; frame++) await node.frame(work.job_id, work.frame_job_id, frame);
    }

    for (const stream of progress) {
      const results = await stream.until((r) => r.at(-1)?.renderProgress.step === 'Completed');
      const values = results.map((r) => r.renderProgress.progress);
      expect(values.at(-1)).toBe(100);
      expect(values).toEqual([...values].sort((x, y) => x - y)); // never backwards
      expect(results.at(-1).renderProgress.job.savedProject.id).toBe(savedProjectId);
    }
    // The render's own notification, once on each router (an achievement the render earned may
    // arrive as another notification around the same time).
    const finished = await eventually(() => stack.db.admin.notification.findFirst({ where: { sourceId: job.id } }), Boolean);
    const isFinished = (e: { myEvents: { __typename: string; id?: string } }) => e.myEvents.__typename === 'Notification' && e.myEvents.id === finished!.id;
    for (const inbox of inboxes) {
      const results = await inbox.until((r) => r.some(isFinished));
      expect(results.filter(isFinished)).toHaveLength(1);
    }
    await Promise.all([clientA.dispose(), clientB.dispose()]);

    // Two notification replicas worked the event's queue: one notification, one consumed event.
    expect(await stack.db.admin.notification.count({ where: { sourceId: job.id } })).toBe(1);
    const consumed = await stack.db.admin.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM ${JOB_SCHEMA}.job WHERE name = 'notification-render-finished' AND data->>'jobId' = $1 AND state = 'completed'`, job.id);
    expect(consumed[0].n).toBe(1);

    if (bus === 'nats') {
      // The events really went through NATS: the stream holds them (PostgreSQL would hold none).
      const nc = await connect({ servers: stack.nats!.url });
      const info = await (await nc.jetstreamManager()).streams.info(NATS_STREAM, { subjects_filter: '>' });
      await nc.close();
      expect(info.state.subjects?.['flatrender.render_events']).toBeGreaterThan(2);
      expect(info.state.subjects?.['flatrender.notification_events']).toBeGreaterThanOrEqual(1);
    }
  }, 120_000); // eight servers and a render on a shared machine

  test('scheduled work runs once per tick however many replicas work the queue', async () => {
    // Both render replicas run pg-boss's cron monitor; the every-minute offline sweep must be queued
    // once per minute between them.
    const perMinute = async () => stack.db.admin.$queryRawUnsafe<{ minute: Date; n: number; done: number }[]>(
      `SELECT date_trunc('minute', created_on) AS minute, count(*)::int AS n, count(*) FILTER (WHERE state = 'completed')::int AS done
         FROM ${JOB_SCHEMA}.job WHERE name = 'render-offline-sweep' GROUP BY 1 ORDER BY 1`);
    const ticks = await eventually(perMinute, (rows) => rows.some((row) => row.done > 0), 30_000);
    for (const tick of ticks) expect(tick.n).toBe(1);
  }, 40_000);
});
