// Scheduled work runs on the pg-boss queue: the migration step installs the queues and their
// cron schedules, and the owning subgraph, connected as its own role, does the work.
import pg from 'pg';
import { startStack, type Stack } from './kit/stack.ts';
import { JOB_SCHEMA, SCHEDULED_QUEUES } from '../prisma/jobs.ts';
import { jobQueueClient } from './kit/jobs.ts';

let stack: Stack;
let admin: pg.Client;

beforeAll(async () => {
  stack = await startStack({ owners: ['identity', 'render'], router: false, jobs: true });
  admin = new pg.Client({ connectionString: stack.db.adminUrl });
  await admin.connect();
});
afterAll(async () => {
  await admin?.end();
  await stack?.stop();
});

test('every scheduled queue has its cron schedule', async () => {
  const { rows } = await admin.query(`SELECT name, cron, timezone FROM ${JOB_SCHEMA}.schedule ORDER BY name`);
  expect(rows).toEqual(SCHEDULED_QUEUES.map((q) => ({ name: q.name, cron: q.cron, timezone: 'UTC' })).sort((a, b) => a.name.localeCompare(b.name)));
});

test.each([
  ['render-partitions', 'render.node_health_logs'],
  ['identity-partitions', 'identity.tenant_api_request_logs'],
])('a %s job, worked by the owner\'s subgraph, brings back a missing partition', async (queue, table) => {
  const now = new Date();
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 1)).toISOString().slice(0, 7).replace('-', '_');
  const partition = `${table}_${month}`;
  await admin.query(`DROP TABLE ${partition}`);
  const boss = await jobQueueClient(stack.db.adminUrl);
  await boss.send(queue, {});
  await boss.stop({ graceful: false, wait: true });
  const deadline = Date.now() + 20_000;
  let found = false;
  while (!found && Date.now() < deadline) {
    found = (await admin.query('SELECT to_regclass($1) AS t', [partition])).rows[0].t !== null;
    if (!found) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  expect(found).toBe(true);
});
