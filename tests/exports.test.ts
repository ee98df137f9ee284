// Exports after a render: a signed, short-lived download link served through the router, paid
// extension, deletion with the file, and the sweep that deletes what is past its date.
import { startStack, type Stack } from './kit/stack.ts';
import { errorCodes, execute, expectNoErrors } from './kit/client.ts';
import { login } from './kit/session.ts';
import { TestNode } from './kit/node-agent.ts';
import { seedDemo, DEMO_IDS, DEMO_NODE_ID, DEMO_NODE_SECRET } from '../prisma/seed.ts';
import { downloadLink, sweepExpiredExports, EXTENSION_PRICE_PER_DAY_MINOR } from '../subgraphs/render/orchestrator/exports.ts';

let stack: Stack;
let user: string;
let exportId: string;

beforeAll(async () => {
  stack = await startStack();
  await seedDemo(stack.db.adminUrl);
  user = (await login(stack.url, 'user@flatrender.local')).accessToken;
  const node = new TestNode(new URL(stack.url).origin, DEMO_NODE_ID, DEMO_NODE_SECRET);
  const savedProjectId = (await stack.db.admin.savedProject.findFirstOrThrow({ where: { userId: DEMO_IDS.user } })).id;
  const job = expectNoErrors(await execute(stack.url, {
    document: 'mutation($input: SubmitRenderInput!) { submitRender(input: $input) { id } }',
    variables: { input: { savedProjectId, quality: 'Low', resolution: 'HD' } },
    token: user,
  })).submitRender;
  for (;;) {
    const work = (await node.heartbeat()).body.pending_commands.find((c: { command: string }) => c.command === 'RenderFrames')?.payload;
    if (!work) break;
    for (let frame = work.start_frame; frame <= work.end_frame; frame++) await node.frame(work.job_id, work.frame_job_id, frame);
  }
  exportId = (await stack.db.admin.renderJob.findUniqueOrThrow({ where: { id: job.id } })).exportId!;
});
afterAll(() => stack?.stop());

const link = async (id = exportId, token = user, format?: string) =>
  execute(stack.url, { document: 'query($id: ID!, $format: String) { exportDownloadUrl(id: $id, format: $format) { url expiresAt } }', variables: { id, format }, token });

test('the download link serves the export through the router, for fifteen minutes', async () => {
  const { url, expiresAt } = expectNoErrors(await link()).exportDownloadUrl;
  expect(url.startsWith(new URL(stack.url).origin + '/v1/downloads/')).toBe(true);
  expect(new Date(expiresAt).getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('image/png');
  const bytes = Buffer.from(await response.arrayBuffer());
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  const row = await stack.db.admin.export.findUniqueOrThrow({ where: { id: exportId } });
  expect(bytes.length).toBe(Number(row.sizeBytes));
});

test('a tampered link is refused (403), an expired one is gone (410), an unknown format is bad input', async () => {
  const { url } = expectNoErrors(await link()).exportDownloadUrl;
  // One hex digit changed (to another digit, whatever it was).
  const tampered = url.replace(/signature=(.)/, (_m: string, digit: string) => `signature=${digit === '0' ? '1' : '0'}`);
  expect((await fetch(tampered)).status).toBe(403);
  expect((await fetch(url.replace(/expires=\d+/, (m: string) => `expires=${Number(m.split('=')[1]) + 60}`))).status).toBe(403);
  const row = await stack.db.admin.export.findUniqueOrThrow({ where: { id: exportId }, include: { files: true } });
  const old = downloadLink(row, null, Date.now() - 16 * 60_000);
  expect((await fetch(old.url.replace(/^https?:\/\/[^/]+/, new URL(stack.url).origin))).status).toBe(410);
  expect(errorCodes(await link(exportId, user, 'mov'))).toEqual(['BAD_USER_INPUT']);
});

test("another user gets no link to someone's export", async () => {
  const reseller = (await login(stack.url, 'reseller@acme.test')).accessToken;
  expect(errorCodes(await link(exportId, reseller))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await execute(stack.url, { document: `mutation { deleteExport(id: "${exportId}") }`, token: reseller }))).toEqual(['NOT_FOUND']);
});

test('extending charges per day, once per extension, and moves the date', async () => {
  const balance = async () => Number((await stack.db.admin.wallet.findFirstOrThrow({ where: { userId: DEMO_IDS.user } })).balanceMinor);
  const before = await balance();
  const row = await stack.db.admin.export.findUniqueOrThrow({ where: { id: exportId } });
  const data = expectNoErrors(await execute(stack.url, { document: `mutation { extendExport(id: "${exportId}", days: 3) { newAutoDeleteDate } }`, token: user }));
  expect(new Date(data.extendExport.newAutoDeleteDate).getTime()).toBe(row.autoDeleteDate.getTime() + 3 * 86_400_000);
  expect(await balance()).toBe(before - 3 * Number(EXTENSION_PRICE_PER_DAY_MINOR));
  expect(errorCodes(await execute(stack.url, { document: `mutation { extendExport(id: "${exportId}", days: 0) { newAutoDeleteDate } }`, token: user }))).toEqual(['BAD_USER_INPUT']);
  expect(errorCodes(await execute(stack.url, { document: `mutation { extendExport(id: "${exportId}", days: 400) { newAutoDeleteDate } }`, token: user }))).toEqual(['BAD_USER_INPUT']);
});

test('deleting removes the file and the export; its links stop working', async () => {
  const { url } = expectNoErrors(await link()).exportDownloadUrl;
  expect(expectNoErrors(await execute(stack.url, { document: `mutation { deleteExport(id: "${exportId}") }`, token: user })).deleteExport).toBe(true);
  expect((await fetch(url)).status).toBe(404);
  expect(await stack.db.admin.export.findUnique({ where: { id: exportId } })).toBeNull();
  expect(errorCodes(await link())).toEqual(['NOT_FOUND']);
});

test('the sweep deletes exports past their auto-delete date', async () => {
  const seeded = await stack.db.admin.export.findFirstOrThrow({ where: { userId: DEMO_IDS.user } });
  await stack.db.admin.export.update({ where: { id: seeded.id }, data: { autoDeleteDate: new Date(Date.now() - 1000) } });
  expect(await sweepExpiredExports(stack.subgraphs.render!.db)).toBe(1);
  expect(await stack.db.admin.export.findUnique({ where: { id: seeded.id } })).toBeNull();
});
