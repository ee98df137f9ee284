// A newly uploaded After Effects file, from Uploaded to Ready, across owners and through the whole
// stack: an administrator uploads and attaches it (content), a user renders it while it is still
// Uploaded (render), a node says it holds the file through the signed node-agent contract, render
// sends `render.ae-file-verified` in that transaction, and content's queue worker marks the
// project Ready. Each change of a node's cache is announced once; repeats and replays change
// nothing; Missing and Error files are still refused.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { linksThrough, startStack, type Stack } from './kit/stack.ts';
import { execute, expectNoErrors } from './kit/client.ts';
import { login } from './kit/session.ts';
import { eventually } from './kit/eventually.ts';
import { TestNode } from './kit/node-agent.ts';
import { signRequest } from '../subgraphs/render/http/hmac.ts';
import { seedDemo, DEMO_NODE_ID, DEMO_NODE_SECRET } from '../prisma/seed.ts';
import { createAdminSdk, operations as ops, type AdminSdk } from '../clients/admin/sdk.ts';
import { catalogProject } from '../subgraphs/content/test-factories.ts';
import { onAeFileVerified } from '../subgraphs/content/events/ae-file-verified.ts';
import type { AeFileVerifiedEvent } from '../prisma/jobs.ts';
import type { Db } from '../subgraphs/kit/prisma.ts';

let stack: Stack;
let origin: string;
let adminSdk: AdminSdk;
let adminToken: string;
let userToken: string;
let node: TestNode;

beforeAll(async () => {
  // Queue workers on: content applies render's event in its own time.
  stack = await startStack({ jobs: true });
  await seedDemo(stack.db.adminUrl);
  origin = new URL(stack.url).origin;
  linksThrough(stack.url);
  adminToken = (await login(stack.url, 'admin@flatrender.local')).accessToken;
  userToken = (await login(stack.url, 'user@flatrender.local')).accessToken;
  adminSdk = createAdminSdk({ url: stack.url, token: () => adminToken, webSocketImpl: WebSocket });
  node = new TestNode(origin, DEMO_NODE_ID, DEMO_NODE_SECRET);
});
afterAll(async () => {
  await adminSdk?.close();
  await stack?.stop();
});

const db = () => stack.db.admin;
const unique = () => randomUUID().slice(0, 8);
const md5 = (bytes: Buffer) => createHash('md5').update(bytes).digest('hex');

/** A small .aep: the RIFX magic, then random bytes (a new MD5 each time). */
const aep = (size = 6000) => {
  const head = Buffer.alloc(12);
  head.write('RIFX', 0, 'latin1');
  head.writeUInt32BE(size - 8, 4);
  head.write('Egg!', 8, 'latin1');
  return Buffer.concat([head, randomBytes(size - 12)]);
};

/** Uploads bytes through the router with the admin SDK (file's resumable sessions); returns the file. */
async function upload(name: string, bytes: Buffer) {
  const { initUpload: session } = await adminSdk.mutate(ops.AdminInitUploadDocument, { input: { name, mimeType: 'application/vnd.adobe.aftereffects.project', sizeBytes: bytes.length, partSize: 4096 } });
  for (let n = 1; n <= session.partCount; n++) {
    const part = bytes.subarray((n - 1) * session.partSize, n * session.partSize);
    const response = await fetch(`${session.uploadUrl}/parts/${n}`, { method: 'PUT', body: new Uint8Array(part), headers: { authorization: `Bearer ${session.uploadToken}` } });
    expect(response.status).toBe(200);
  }
  return (await adminSdk.mutate(ops.AdminCompleteUploadDocument, { sessionId: session.id })).completeUpload;
}

/** A free template with one published project (a scene), the AE file `bytes` attached by an administrator. */
async function projectWithAeFile(bytes: Buffer) {
  const template = (await adminSdk.mutate(ops.CreateTemplateDocument, { input: { name: `AE ready ${unique()}`, priceMinor: 0 } })).createTemplate;
  const project = (await adminSdk.mutate(ops.CreateProjectDocument, { templateId: template.id, input: { aspectRatio: '16:9', width: 1920, height: 1080, durationSec: 2 } })).createProject;
  await adminSdk.mutate(ops.CreateSceneDocument, { projectId: project.id, input: { sceneKey: 'intro', title: 'Intro', durationSec: 2, fields: [{ key: 'headline', type: 'Text', label: 'Headline', layerName: 'TXT_HEADLINE', defaultValue: 'Hi' }] } });
  const file = await upload('Intro.aep', bytes);
  const attached = (await adminSdk.mutate(ops.AttachProjectAeFileDocument, { projectId: project.id, fileId: file.id, aeVersion: '24.0', mainComp: 'MAIN' })).attachProjectAeFile;
  await adminSdk.mutate(ops.PublishProjectDocument, { id: project.id });
  await adminSdk.mutate(ops.PublishTemplateDocument, { id: template.id });
  return attached;
}

const aeStatusOf = async (projectId: string) => (await db().project.findUniqueOrThrow({ where: { id: projectId }, select: { aeStatus: true } })).aeStatus;

/** The user saves the project and submits a free render of it: the raw response. */
async function submitRender(projectId: string) {
  const saved = expectNoErrors(await execute(stack.url, { document: 'mutation($i: CreateSavedProjectInput!) { createSavedProject(input: $i) { id } }', variables: { i: { projectId, name: `Render ${unique()}` } }, token: userToken })).createSavedProject;
  const response = await execute(stack.url, {
    document: 'mutation($i: SubmitRenderInput!) { submitRender(input: $i) { id step } }',
    variables: { i: { savedProjectId: saved.id, quality: 'Low', resolution: 'HD' } }, token: userToken,
  });
  return { savedProjectId: saved.id as string, response };
}

/** The `render.ae-file-verified` events queued for content that name this MD5 (the outbox's rows). */
async function eventsFor(hash: string): Promise<{ nodeId: string | null }[]> {
  const rows = await db().$queryRaw<{ data: AeFileVerifiedEvent }[]>`
    SELECT data FROM pgboss.job WHERE name = 'content-ae-file-verified' AND data->'md5s' ? ${hash}`;
  return rows.map((row) => ({ nodeId: row.data.nodeId }));
}

const cacheUpdate = (body: Record<string, unknown>, secondsAgo = 0) => node.post(`/v1/internal/nodes/${DEMO_NODE_ID}/cache-update`, body, secondsAgo);

describe('a newly uploaded AE file', () => {
  test('renders while Uploaded, becomes Ready when a node reports it Verified, and a repeat changes nothing', async () => {
    const bytes = aep();
    const hash = md5(bytes);
    const project = await projectWithAeFile(bytes);
    expect(project).toMatchObject({ aeStatus: 'Uploaded', aepFileMd5: hash });

    // Nothing verified it yet, and the user can render it anyway (that is how it gets verified).
    const { response } = await submitRender(project.id);
    expect(expectNoErrors(response).submitRender.step).toBe('Queued');
    expect(await eventsFor(hash)).toEqual([]);
    expect(await aeStatusOf(project.id)).toBe('Uploaded');

    // The node reports the file (in capitals: render keeps MD5s lowercase).
    expect((await cacheUpdate({ action: 'Verified', aep_file_md5: hash.toUpperCase(), file_size_bytes: bytes.length })).status).toBe(204);
    // The event exists as soon as the report is answered: it was queued in the report's transaction.
    expect(await eventsFor(hash)).toEqual([{ nodeId: DEMO_NODE_ID }]);
    await eventually(() => aeStatusOf(project.id), (status) => status === 'Ready');
    const seen = (await adminSdk.query(ops.AdminProjectDocument, { id: project.id })).project!;
    expect(seen.aeStatus).toBe('Ready');

    // The node says it again, and again after downloading it: the file was held already, no event.
    expect((await cacheUpdate({ action: 'Verified', aep_file_md5: hash, cache_used_gb: 2 })).status).toBe(204);
    expect((await cacheUpdate({ action: 'Downloaded', aep_file_md5: hash, file_size_bytes: bytes.length })).status).toBe(204);
    expect(await eventsFor(hash)).toHaveLength(1);

    // The very same signed request again is a replay: refused, nothing recorded.
    const path = `/v1/internal/nodes/${DEMO_NODE_ID}/cache-update`;
    const raw = JSON.stringify({ action: 'Verified', aep_file_md5: hash, cache_used_gb: 3 });
    const timestamp = Math.floor(Date.now() / 1000) - 7;
    const signed = { 'content-type': 'application/json', 'x-node-timestamp': String(timestamp), 'x-node-signature': signRequest(DEMO_NODE_SECRET, timestamp, 'POST', path, raw) };
    expect((await fetch(origin + path, { method: 'POST', headers: signed, body: raw })).status).toBe(204);
    expect((await fetch(origin + path, { method: 'POST', headers: signed, body: raw })).status).toBe(401);
    expect(await eventsFor(hash)).toHaveLength(1);
    expect(await aeStatusOf(project.id)).toBe('Ready');
  });

  test('the same file attached again: no node reports it twice, so the first render of it makes it Ready', async () => {
    const bytes = aep();
    const hash = md5(bytes);
    const first = await projectWithAeFile(bytes);
    expect((await cacheUpdate({ action: 'Downloaded', aep_file_md5: hash, file_size_bytes: bytes.length })).status).toBe(204);
    await eventually(() => aeStatusOf(first.id), (status) => status === 'Ready');

    // The administrator attaches the same bytes to another project: Uploaded, and the node holds it already.
    const second = await projectWithAeFile(bytes);
    expect(second).toMatchObject({ aeStatus: 'Uploaded', aepFileMd5: hash });
    expect((await cacheUpdate({ action: 'Verified', aep_file_md5: hash })).status).toBe(204);
    expect(await eventsFor(hash)).toHaveLength(1);
    expect(await aeStatusOf(second.id)).toBe('Uploaded');

    // Submitting it: render knows a node holds the file and tells content in the submission's transaction.
    const { response } = await submitRender(second.id);
    expect(expectNoErrors(response).submitRender.step).toBe('Queued');
    expect(await eventsFor(hash)).toHaveLength(2);
    await eventually(() => aeStatusOf(second.id), (status) => status === 'Ready');
    // A render of a Ready project announces nothing.
    expectNoErrors((await submitRender(second.id)).response);
    expect(await eventsFor(hash)).toHaveLength(2);
  });

  test('a node coming online with the file cached announces it once; a failed download changes nothing', async () => {
    const registered = expectNoErrors(await execute(stack.url, {
      document: 'mutation($input: RegisterNodeInput!) { registerNode(input: $input) { node { id } nodeSecret } }',
      variables: { input: { name: `node-ready-${unique()}`, region: 'teh', nodeIp: '10.0.9.1', workerPort: 7101, currentAeVersion: '24.0' } },
      token: adminToken,
    })).registerNode;
    const other = new TestNode(origin, registered.node.id, registered.nodeSecret);
    const onlinePath = `/v1/internal/nodes/${registered.node.id}/online`;

    const failedBytes = aep();
    const failedHash = md5(failedBytes);
    const failing = await projectWithAeFile(failedBytes);
    // A download that failed says nothing about the file (it may have been the network).
    expect((await other.post(`/v1/internal/nodes/${registered.node.id}/cache-update`, { action: 'Failed', aep_file_md5: failedHash, error_message: 'connection reset' })).status).toBe(204);
    expect(await eventsFor(failedHash)).toEqual([]);

    const bytes = aep();
    const hash = md5(bytes);
    const project = await projectWithAeFile(bytes);
    expect((await other.post(onlinePath, { node_agent_version: '2.1.0', current_ae_version: '24.0', cached_template_md5s: [hash, 'e'.repeat(32)] })).status).toBe(200);
    expect(await eventsFor(hash)).toEqual([{ nodeId: registered.node.id }]);
    await eventually(() => aeStatusOf(project.id), (status) => status === 'Ready');

    // Restarting with the same cache is no news.
    expect((await other.post(onlinePath, { node_agent_version: '2.1.1', current_ae_version: '24.0', cached_template_md5s: [hash] }, 1)).status).toBe(200);
    expect(await eventsFor(hash)).toHaveLength(1);
    expect(await eventsFor('e'.repeat(32))).toHaveLength(1);
    // Evicted, then held again: the node's cache changed, so it is announced again (content has nothing left to do).
    expect((await other.post(onlinePath, { node_agent_version: '2.1.1', current_ae_version: '24.0', cached_template_md5s: [] }, 2)).status).toBe(200);
    expect((await other.post(`/v1/internal/nodes/${registered.node.id}/cache-update`, { action: 'Downloaded', aep_file_md5: hash })).status).toBe(204);
    expect(await eventsFor(hash)).toHaveLength(2);
    expect(await aeStatusOf(project.id)).toBe('Ready');
    expect(await aeStatusOf(failing.id)).toBe('Uploaded');
  });

  test('content\'s handler: only Uploaded projects with that file, however often the event comes', async () => {
    const hash = md5(aep());
    const uploaded = (await catalogProject(db(), { aeFile: true })).project;
    const broken = (await catalogProject(db(), { aeFile: true })).project;
    const otherFile = (await catalogProject(db(), { aeFile: true })).project;
    await db().project.update({ where: { id: uploaded.id }, data: { aepFileMd5: hash, aeStatus: 'Uploaded' } });
    await db().project.update({ where: { id: broken.id }, data: { aepFileMd5: hash, aeStatus: 'Error' } });
    await db().project.update({ where: { id: otherFile.id }, data: { aepFileMd5: md5(aep()), aeStatus: 'Uploaded' } });
    const event: AeFileVerifiedEvent = { eventId: `render.ae-file-verified:${randomUUID()}`, md5s: [hash.toUpperCase(), 'not-an-md5'], nodeId: DEMO_NODE_ID, at: new Date().toISOString() };

    // Delivered twice, by two workers at once, then again: one change.
    const results = await Promise.all([onAeFileVerified(db() as unknown as Db, event), onAeFileVerified(db() as unknown as Db, event)]);
    expect(results.sort()).toEqual(['1 project(s) Ready', 'nothing to mark']);
    expect(await onAeFileVerified(db() as unknown as Db, event)).toBe('nothing to mark');
    expect(await aeStatusOf(uploaded.id)).toBe('Ready');
    expect(await aeStatusOf(broken.id)).toBe('Error');
    expect(await aeStatusOf(otherFile.id)).toBe('Uploaded');
    // Nothing usable in it: nothing done.
    expect(await onAeFileVerified(db() as unknown as Db, { ...event, md5s: ['zz'] })).toBe('nothing to mark');
  });
});

describe('files that cannot be rendered', () => {
  test('Missing and Error are refused with CONFLICT and nothing is queued', async () => {
    const missing = (await catalogProject(db(), { aeFile: false, scenes: [{ key: 'intro', durationSec: 2 }] })).project;
    await db().project.update({ where: { id: missing.id }, data: { durationSec: 2 } });
    const refusedMissing = await submitRender(missing.id);
    expect(refusedMissing.response.errors?.map((e) => [e.extensions?.code, e.extensions?.aeStatus])).toEqual([['CONFLICT', 'Missing']]);
    expect(refusedMissing.response.errors?.[0].message).toMatch(/no After Effects file/);

    const broken = (await catalogProject(db(), { aeFile: true, scenes: [{ key: 'intro', durationSec: 2 }] })).project;
    await db().project.update({ where: { id: broken.id }, data: { durationSec: 2, aeStatus: 'Error' } });
    const refusedBroken = await submitRender(broken.id);
    expect(refusedBroken.response.errors?.map((e) => [e.extensions?.code, e.extensions?.aeStatus])).toEqual([['CONFLICT', 'Error']]);
    expect(refusedBroken.response.errors?.[0].message).toMatch(/could not be opened/);

    expect(await db().renderJob.count({ where: { savedProjectId: { in: [refusedMissing.savedProjectId, refusedBroken.savedProjectId] } } })).toBe(0);
  });
});
