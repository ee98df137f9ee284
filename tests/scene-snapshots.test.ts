// Scene preview stills (seed 002) end to end: an administrator queues them, nodes claim, deliver
// or fail, and the still shows on content's Scene through render's `snapshot` field.
import { randomUUID } from 'node:crypto';
import { startStack, type Stack } from './kit/stack.ts';
import { errorCodes, execute, expectNoErrors } from './kit/client.ts';
import { login } from './kit/session.ts';
import { TestNode } from './kit/node-agent.ts';
import { seedDemo, DEMO_IDS, DEMO_NODE_ID, DEMO_NODE_SECRET } from '../prisma/seed.ts';
import { placeholderFrame } from '../scripts/node-agent.ts';
import { EXTENSIONS_PATH, operationName, responseProblems } from '../subgraphs/render/http/contract.ts';

let stack: Stack;
let admin: string;
let node: TestNode;
let projectId: string;

const claim = () => node.post(`/v1/internal/nodes/${DEMO_NODE_ID}/scene-snapshots/claim`, { nonce: randomUUID() });
const result = (jobId: string, png: string) => node.post(`/v1/internal/nodes/${DEMO_NODE_ID}/scene-snapshots/${jobId}/result`, { image_png_base64: png });

beforeAll(async () => {
  stack = await startStack();
  await seedDemo(stack.db.adminUrl);
  admin = (await login(stack.url, 'admin@flatrender.local')).accessToken;
  node = new TestNode(new URL(stack.url).origin, DEMO_NODE_ID, DEMO_NODE_SECRET);
  const template = expectNoErrors(await execute(stack.url, { document: `{ templates(search: "glass") { edges { node { projects { id } } } } }` }));
  projectId = template.templates.edges[0].node.projects[0].id;
});
afterAll(() => stack?.stop());

test('generate, claim, deliver: the still shows on the scene', async () => {
  const generated = expectNoErrors(await execute(stack.url, { document: `mutation { generateSceneSnapshots(projectId: "${projectId}") { id sceneKey status } }`, token: admin })).generateSceneSnapshots;
  expect(generated.map((j: any) => j.sceneKey)).toEqual(['intro', 'main', 'outro']);
  expect(generated.every((j: any) => j.status === 'queued')).toBe(true);
  // Asking again while they are queued queues nothing more.
  const again = expectNoErrors(await execute(stack.url, { document: `mutation { generateSceneSnapshots(projectId: "${projectId}") { id } }`, token: admin })).generateSceneSnapshots;
  expect(again.map((j: any) => j.id).sort()).toEqual(generated.map((j: any) => j.id).sort());

  for (let i = 0; i < 3; i++) {
    const claimed = await claim();
    expect(claimed.status).toBe(200);
    expect(await responseProblems(operationName('post', '/internal/nodes/{node_id}/scene-snapshots/claim'), 200, claimed.body, EXTENSIONS_PATH)).toEqual([]);
    expect((await result(claimed.body.snapshot_job_id, placeholderFrame(claimed.body.scene_key, 1).toString('base64'))).status).toBe(204);
  }
  expect((await claim()).status).toBe(204);

  const jobs = expectNoErrors(await execute(stack.url, {
    document: `{ sceneSnapshotJobs(projectId: "${projectId}") { status imageUrl scene { id sceneKey title snapshot { imageUrl } } } }`,
    token: admin,
  })).sceneSnapshotJobs;
  expect(jobs).toHaveLength(3);
  for (const job of jobs) {
    expect(job.status).toBe('done');
    expect(job.scene.snapshot.imageUrl).toBe(job.imageUrl);
    const image = await fetch(job.imageUrl);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
  }
  // The studio sees it too, on the template's scenes.
  const detail = expectNoErrors(await execute(stack.url, { document: '{ template(slug: "logo-reveal-glass") { projects { id scenes { sceneKey snapshot { imageUrl } } } } }' }));
  const scenes = detail.template.projects.find((p: any) => p.id === projectId).scenes;
  expect(scenes.every((s: any) => s.snapshot?.imageUrl)).toBe(true);
});

test('a failed still is queued again, then marked error after three attempts', async () => {
  expectNoErrors(await execute(stack.url, { document: `mutation { generateSceneSnapshots(projectId: "${projectId}") { id } }`, token: admin }));
  const claimedIds: string[] = [];
  for (let attempt = 1; attempt <= 3; attempt++) {
    const claimed = await claim();
    expect(claimed.status).toBe(200);
    claimedIds.push(claimed.body.snapshot_job_id);
    const failed = await node.post(`/v1/internal/nodes/${DEMO_NODE_ID}/scene-snapshots/${claimed.body.snapshot_job_id}/fail`, { error: `AE crashed (${attempt})` });
    expect(failed.status).toBe(204);
    const row = await stack.db.admin.snapshotJob.findUniqueOrThrow({ where: { id: claimed.body.snapshot_job_id } });
    // The oldest job comes back first: the same one, queued again until its last attempt.
    expect(row).toMatchObject(attempt < 3 ? { status: 'queued', attempts: attempt, nodeId: null } : { status: 'error', attempts: 3, error: 'AE crashed (3)' });
  }
  expect(new Set(claimedIds).size).toBe(1);
});

test('bad deliveries: not a PNG (400), a job the node does not hold (409); admins only (FORBIDDEN)', async () => {
  expectNoErrors(await execute(stack.url, { document: `mutation { generateSceneSnapshots(projectId: "${projectId}") { id } }`, token: admin }));
  const claimed = await claim();
  expect((await result(claimed.body.snapshot_job_id, Buffer.from('not an image at all').toString('base64'))).status).toBe(400);
  expect((await result('00000000-0000-4000-8000-00000000dead', placeholderFrame('x', 1).toString('base64'))).status).toBe(409);
  const user = (await login(stack.url, 'user@flatrender.local')).accessToken;
  expect(errorCodes(await execute(stack.url, { document: `mutation { generateSceneSnapshots(projectId: "${projectId}") { id } }`, token: user }))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await execute(stack.url, { document: `mutation { generateSceneSnapshots(projectId: "00000000-0000-4000-8000-00000000dead") { id } }`, token: admin }))).toEqual(['NOT_FOUND']);
});

describe("a user's single-frame snapshot", () => {
  const REQUEST = 'mutation($input: RequestSnapshotInput!) { requestSnapshot(input: $input) { snapshotId status imageUrl thumbnailUrl expiresAt } }';

  test('queued, rendered by a node, then Cached at once for the same frame and values; new values, a new render', async () => {
    const user = (await login(stack.url, 'user@flatrender.local')).accessToken;
    const saved = await stack.db.admin.savedProject.findFirstOrThrow({ where: { userId: DEMO_IDS.user } });
    const ask = async () => expectNoErrors(await execute(stack.url, { document: REQUEST, variables: { input: { savedProjectId: saved.id, sceneKey: 'intro', frameNumber: 12 } }, token: user })).requestSnapshot;
    const first = await ask();
    expect(first).toMatchObject({ status: 'Pending', imageUrl: null, expiresAt: null });
    expect((await ask()).snapshotId).toBe(first.snapshotId);

    const claimed = await claim();
    expect(claimed.body).toMatchObject({ kind: 'saved_project', snapshot_job_id: first.snapshotId, scene_key: 'intro', frame_number: 12, saved_project_id: saved.id });
    expect(await responseProblems(operationName('post', '/internal/nodes/{node_id}/scene-snapshots/claim'), 200, claimed.body, EXTENSIONS_PATH)).toEqual([]);
    expect((await result(first.snapshotId, placeholderFrame('intro', 12).toString('base64'))).status).toBe(204);

    const cached = await ask();
    expect(cached).toMatchObject({ snapshotId: first.snapshotId, status: 'Cached' });
    expect((await fetch(cached.imageUrl)).status).toBe(200);
    const read = expectNoErrors(await execute(stack.url, { document: `{ snapshot(id: "${first.snapshotId}") { status sceneKey frameNumber savedProject { id name } } }`, token: user }));
    expect(read.snapshot).toMatchObject({ status: 'Cached', sceneKey: 'intro', frameNumber: 12, savedProject: { id: saved.id } });

    // Change a value: another cache key, another render.
    await execute(stack.url, { document: `mutation { updateSavedProject(id: "${saved.id}", input: { fieldValues: { intro_title: "Changed" } }) { id } }`, token: user });
    expect((await ask()).snapshotId).not.toBe(first.snapshotId);
  });

  test("bad requests: an unknown scene, a negative frame, another user's saved project", async () => {
    const user = (await login(stack.url, 'user@flatrender.local')).accessToken;
    const saved = await stack.db.admin.savedProject.findFirstOrThrow({ where: { userId: DEMO_IDS.user } });
    const ask = (input: Record<string, unknown>, token = user) => execute(stack.url, { document: REQUEST, variables: { input: { savedProjectId: saved.id, sceneKey: 'intro', frameNumber: 0, ...input } }, token });
    expect(errorCodes(await ask({ sceneKey: 'nope' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await ask({ frameNumber: -1 }))).toEqual(['BAD_USER_INPUT']);
    const reseller = (await login(stack.url, 'reseller@acme.test')).accessToken;
    expect(errorCodes(await ask({}, reseller))).toEqual(['NOT_FOUND']);
  });
});
