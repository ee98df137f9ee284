// The file subgraph's cleanup runs on the pg-boss queue: a 'file-cleanup' job, worked by the file
// subgraph connected as its own role (two replicas here), expires an abandoned upload session and
// deletes its parts, once.
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { startStack, type Stack } from './kit/stack.ts';
import { eventually } from './kit/eventually.ts';
import { execute, expectNoErrors } from './kit/client.ts';
import { JOB_SCHEMA, SCHEDULED_QUEUES } from '../prisma/jobs.ts';
import { DEFAULT_TENANT_ID, TokenSigner } from '../subgraphs/kit/auth.ts';
import { storage } from '../subgraphs/kit/storage.ts';
import { jobQueueClient } from './kit/jobs.ts';

let stack: Stack;
let admin: pg.Client;

beforeAll(async () => {
  process.env.FILE_SECRET_KEY = 'test-file-secret-key';
  stack = await startStack({ owners: ['file'], router: false, jobs: true, replicas: { file: 2 } });
  process.env.FILE_PUBLIC_URL = new URL(stack.subgraphs.file!.url).origin;
  admin = new pg.Client({ connectionString: stack.db.adminUrl });
  await admin.connect();
});
afterAll(async () => {
  await admin?.end();
  await stack?.stop();
});

test('file-cleanup is a scheduled queue of the file owner, on its cron', async () => {
  expect(SCHEDULED_QUEUES).toContainEqual(expect.objectContaining({ name: 'file-cleanup', owner: 'file', cron: '* * * * *' }));
  const { rows } = await admin.query(`SELECT cron FROM ${JOB_SCHEMA}.schedule WHERE name = 'file-cleanup'`);
  expect(rows).toEqual([{ cron: '* * * * *' }]);
});

test('a file-cleanup job through pg-boss expires an abandoned upload and deletes its parts', async () => {
  const signer = await TokenSigner.fromPem(stack.jwt.privateKey);
  const token = await signer.sign({ kind: 'user', userId: randomUUID(), tenantId: DEFAULT_TENANT_ID, role: 'User', sessionId: randomUUID() });
  const session = expectNoErrors(await execute<{ initUpload: { id: string; uploadUrl: string; uploadToken: string } }>(stack.subgraphs.file!.url, {
    document: 'mutation($input: InitUploadInput!) { initUpload(input: $input) { id uploadUrl uploadToken } }',
    variables: { input: { name: 'abandoned.png', mimeType: 'image/png', sizeBytes: 2048, partSize: 1024 } },
    token,
  })).initUpload;
  const part = await fetch(`${session.uploadUrl}/parts/1`, { method: 'PUT', body: randomBytes(1024), headers: { authorization: `Bearer ${session.uploadToken}` } });
  expect(part.status).toBe(200);
  const [{ key }] = (await admin.query(`SELECT parts->0->>'key' AS key FROM file_mgr.upload_sessions WHERE id = $1`, [session.id])).rows;
  expect(await storage().stat(key)).not.toBeNull();

  // Abandoned: past its expiry; the stale-upload schedule is due.
  await admin.query("UPDATE file_mgr.upload_sessions SET expires_at = now() - interval '1 minute' WHERE id = $1", [session.id]);
  await admin.query("UPDATE file_mgr.cleanup_schedules SET next_run_at = NULL, last_run_status = NULL WHERE target = 'StaleUploads'");
  const boss = await jobQueueClient(stack.db.adminUrl);
  await boss.send('file-cleanup', {});
  await boss.stop({ graceful: false, wait: true });

  // The run marks the session Expired, deletes its parts, then records its outcome.
  const schedule = await eventually(
    async () => (await admin.query("SELECT last_run_status, last_deleted_count, next_run_at > now() AS scheduled FROM file_mgr.cleanup_schedules WHERE target = 'StaleUploads' AND tenant_id IS NULL")).rows[0],
    (r) => r.last_run_status === 'Succeeded',
    30_000,
  );
  expect(schedule).toEqual({ last_run_status: 'Succeeded', last_deleted_count: 1, scheduled: true });
  expect((await admin.query('SELECT status::text FROM file_mgr.upload_sessions WHERE id = $1', [session.id])).rows[0].status).toBe('Expired');
  expect(await storage().stat(key)).toBeNull();
});
