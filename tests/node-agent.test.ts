// The node-agent REST contract through the router: registration hands out a secret once, signed
// requests are validated against the OpenAPI document, and missing, forged, stale, replayed or
// malformed requests are refused with the contract's statuses.
import { readFile } from 'node:fs/promises';
import { Validator } from '@seriousme/openapi-schema-validator';
import YAML from 'yaml';
import { startStack, type Stack } from './kit/stack.ts';
import { errorCodes, execute, expectNoErrors } from './kit/client.ts';
import { login } from './kit/session.ts';
import { seedDemo, DEMO_NODE_ID, DEMO_NODE_SECRET } from '../prisma/seed.ts';
import { signRequest } from '../subgraphs/render/http/hmac.ts';
import { CONTRACT_PATH, EXTENSIONS_PATH, operationName, responseProblems } from '../subgraphs/render/http/contract.ts';
import { CONTRACT_DIR } from '../scripts/validate-operations.ts';

let stack: Stack;
let admin: string;
let node: { id: string; secret: string };
let base: string;

interface SendOptions {
  body?: unknown;
  raw?: string;
  secret?: string;
  timestamp?: number;
  headers?: Record<string, string>;
  unsigned?: boolean;
}

/** Sends a request the way a node agent does: signed over timestamp, method, path and body. */
async function send(method: string, path: string, options: SendOptions = {}) {
  const raw = options.raw ?? (options.body === undefined ? '' : JSON.stringify(options.body));
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = signRequest(options.secret ?? node.secret, timestamp, method, path, raw);
  const response = await fetch(base + path, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(options.unsigned ? {} : { 'x-node-timestamp': String(timestamp), 'x-node-signature': signature }),
      ...options.headers,
    },
    body: raw || undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, raw, timestamp, signature };
}

const heartbeatPath = (id: string) => `/v1/internal/nodes/${id}/heartbeat`;

beforeAll(async () => {
  stack = await startStack();
  await seedDemo(stack.db.adminUrl);
  base = new URL(stack.url).origin;
  admin = (await login(stack.url, 'admin@flatrender.local')).accessToken;
  const data = expectNoErrors(await execute(stack.url, {
    document: 'mutation($input: RegisterNodeInput!) { registerNode(input: $input) { node { id name status } nodeSecret } }',
    variables: { input: { name: 'node-test-01', region: 'teh', nodeIp: '10.0.0.7', workerPort: 7001, currentAeVersion: '24.0', cpuCores: 8 } },
    token: admin,
  }));
  node = { id: data.registerNode.node.id, secret: data.registerNode.nodeSecret };
});
afterAll(() => stack?.stop());

describe('the contract document', () => {
  test('the project copy is valid OpenAPI 3.0; the seed as given lacks 22 response descriptions', async () => {
    const validator = new Validator();
    const copy = YAML.parse(await readFile(CONTRACT_PATH, 'utf8'));
    expect((await validator.validate(copy)).valid).toBe(true);
    const seed = YAML.parse(await readFile(`${CONTRACT_DIR}/../render-svc.openapi.yaml`, 'utf8'));
    expect((await validator.validate(seed)).valid).toBe(false);
  });

  test('the extension document (seed 002\'s snapshot endpoints) is valid OpenAPI 3.0 and shares no path with the seed\'s', async () => {
    const extensions = YAML.parse(await readFile(EXTENSIONS_PATH, 'utf8'));
    expect((await new Validator().validate(extensions)).valid).toBe(true);
    const seed = YAML.parse(await readFile(CONTRACT_PATH, 'utf8'));
    expect(Object.keys(extensions.paths).filter((p) => p in seed.paths)).toEqual([]);
  });

  test('the copy differs from the seed only by added response descriptions', async () => {
    const seed = (await readFile(`${CONTRACT_DIR}/../render-svc.openapi.yaml`, 'utf8')).trimEnd().split('\n');
    const copy = (await readFile(CONTRACT_PATH, 'utf8')).trimEnd().split('\n');
    expect(copy.filter((line) => !seed.includes(line)).every((line) => /^\s+description: /.test(line))).toBe(true);
    expect(copy.length - seed.length).toBe(22);
    // Taking the added lines out gives the seed back, line for line.
    const addedLines = new Set(copy.filter((line) => !seed.includes(line)));
    expect(copy.filter((line) => !addedLines.has(line))).toEqual(seed);
  });
});

describe('a registered node', () => {
  test('registration returns the secret once and never shows it again', async () => {
    expect(node.secret).toMatch(/^frn_/);
    const row = await stack.db.admin.renderNode.findUniqueOrThrow({ where: { id: node.id } });
    expect(Buffer.from(row.hmacSecretEnc).toString('utf8')).not.toContain(node.secret);
  });

  test('heartbeats through the router and gets a response the contract allows', async () => {
    const response = await send('POST', heartbeatPath(node.id), { body: { status: 'idle', cpu_pct: 17, ram_available_mb: 30_000, ae_running: false, cache_used_gb: 3 } });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ next_heartbeat_in_sec: 5, pending_commands: [] });
    expect(await responseProblems(operationName('post', '/internal/nodes/{node_id}/heartbeat'), 200, response.body)).toEqual([]);
    const detail = expectNoErrors(await execute(stack.url, { document: `{ node(id: "${node.id}") { status lastCpuPct health { cpuPct cacheUsedGb } healthHistory { cpuPct } } }`, token: admin }));
    expect(detail.node).toMatchObject({ status: 'Online', lastCpuPct: 17, health: { cpuPct: 17, cacheUsedGb: 3 } });
    expect(detail.node.healthHistory).toEqual([{ cpuPct: 17 }]);
  });

  test('an administrator\'s command arrives on the next heartbeat, exactly once', async () => {
    expect(expectNoErrors(await execute(stack.url, { document: `mutation { restartNode(id: "${node.id}") }`, token: admin })).restartNode).toBe(true);
    const first = await send('POST', heartbeatPath(node.id), { body: {} });
    expect(first.body.pending_commands).toEqual([{ id: expect.any(String), command: 'RestartNode', payload: {} }]);
    // (A different body: the same signed bytes in the same second would be refused as a replay.)
    const second = await send('POST', heartbeatPath(node.id), { body: { cpu_pct: 3 } });
    expect(second.body.pending_commands).toEqual([]);
  });

  test('online and cache-update keep the template cache the scheduler uses', async () => {
    const md5s = ['a'.repeat(32), 'b'.repeat(32)];
    const online = await send('POST', `/v1/internal/nodes/${node.id}/online`, { body: { node_agent_version: '2.1.0', current_ae_version: '24.0', available_ae_versions: ['23.6', '24.0'], cached_template_md5s: md5s } });
    expect(online.status).toBe(200);
    const evicted = await send('POST', `/v1/internal/nodes/${node.id}/cache-update`, { body: { action: 'Evicted', aep_file_md5: md5s[0] } });
    expect(evicted.status).toBe(204);
    const downloaded = await send('POST', `/v1/internal/nodes/${node.id}/cache-update`, { body: { action: 'Downloaded', aep_file_md5: 'c'.repeat(32), file_size_bytes: 1234 } });
    expect(downloaded.status).toBe(204);
    const detail = expectNoErrors(await execute(stack.url, { document: `{ node(id: "${node.id}") { nodeAgentVersion availableAeVersions cachedTemplateCount cachedTemplateMd5s } }`, token: admin }));
    expect(detail.node).toMatchObject({ nodeAgentVersion: '2.1.0', availableAeVersions: ['23.6', '24.0'], cachedTemplateCount: 2 });
    expect([...detail.node.cachedTemplateMd5s].sort()).toEqual(['b'.repeat(32), 'c'.repeat(32)]);
  });

  test('the demo node signs with its documented secret', async () => {
    const response = await send('POST', heartbeatPath(DEMO_NODE_ID), { body: {}, secret: DEMO_NODE_SECRET });
    expect(response.status).toBe(200);
  });
});

describe('refused requests', () => {
  test('no signature headers: 401', async () => {
    expect((await send('POST', heartbeatPath(node.id), { body: {}, unsigned: true })).status).toBe(401);
  });

  test('a forged signature: 401', async () => {
    expect((await send('POST', heartbeatPath(node.id), { body: {}, secret: 'frn_not_the_secret' })).status).toBe(401);
    expect((await send('POST', heartbeatPath(node.id), { body: {}, headers: { 'x-node-signature': 'f'.repeat(64) } })).status).toBe(401);
  });

  test('another node\'s secret: 401', async () => {
    expect((await send('POST', heartbeatPath(node.id), { body: {}, secret: DEMO_NODE_SECRET })).status).toBe(401);
  });

  test('older than five minutes: 401', async () => {
    expect((await send('POST', heartbeatPath(node.id), { body: {}, timestamp: Math.floor(Date.now() / 1000) - 301 })).status).toBe(401);
  });

  test('the same signed request twice: the second is a replay, 401, and records nothing', async () => {
    const first = await send('POST', heartbeatPath(node.id), { body: { cpu_pct: 5 }, timestamp: Math.floor(Date.now() / 1000) - 3 });
    expect(first.status).toBe(200);
    const history = () => stack.db.admin.nodeHealthLog.count({ where: { nodeId: node.id } });
    const before = await history();
    const again = await fetch(base + heartbeatPath(node.id), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-node-timestamp': String(first.timestamp), 'x-node-signature': first.signature },
      body: first.raw,
    });
    expect(again.status).toBe(401);
    expect(await again.json()).toEqual(expect.objectContaining({ error: 'UNAUTHENTICATED', message: expect.stringMatching(/replay/) }));
    // The heartbeat claims its signature in its own statement: a replay writes no history row.
    expect(await history()).toBe(before);
  });

  test('a body changed after signing: 401', async () => {
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = signRequest(node.secret, timestamp, 'POST', heartbeatPath(node.id), JSON.stringify({ cpu_pct: 1 }));
    const response = await fetch(base + heartbeatPath(node.id), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-node-timestamp': String(timestamp), 'x-node-signature': signature },
      body: JSON.stringify({ cpu_pct: 99 }),
    });
    expect(response.status).toBe(401);
  });

  test('a frame job handed to another node: the old node\'s reports are refused, the new node\'s count', async () => {
    const db = stack.db.admin;
    const saved = await db.savedProject.findFirstOrThrow();
    const job = await db.renderJob.create({
      data: {
        tenantId: saved.tenantId, userId: saved.userId, savedProjectId: saved.id, projectId: saved.projectId, name: 'Handed over',
        priceType: 'Cash', quality: 'High', resolution: 'FullHD', durationSec: 1, totalFrames: 10, step: 'Rendering',
        frameJobs: { create: [{ startFrame: 0, endFrame: 9, orderValue: 0, status: 'Rendering', nodeId: node.id }] },
      },
      include: { frameJobs: true },
    });
    const frameJobId = job.frameJobs[0].id;
    const report = (secret: string, frame: number) => send('POST', `/v1/internal/render/jobs/${job.id}/frames`, {
      body: { frame_job_id: frameJobId, frame_number: frame, file_size_bytes: 10, completed_at: new Date().toISOString() }, secret,
    });
    // Render keeps which node holds the frame job from this first report.
    expect((await report(node.secret, 0)).status).toBe(204);
    await db.frameJob.update({ where: { id: frameJobId }, data: { nodeId: DEMO_NODE_ID } });
    const late = await report(node.secret, 1);
    expect(late.status).toBe(401);
    expect(late.body).toEqual(expect.objectContaining({ error: 'UNAUTHENTICATED' }));
    expect((await report(DEMO_NODE_SECRET, 2)).status).toBe(204);
    expect((await report(node.secret, 3)).status).toBe(401);
    // Back in the queue: nobody's.
    await db.frameJob.update({ where: { id: frameJobId }, data: { nodeId: null } });
    expect((await report(DEMO_NODE_SECRET, 4)).status).toBe(401);
    const reported = await db.frameReport.findMany({ where: { frameJobId }, select: { frameNumber: true }, orderBy: { frameNumber: 'asc' } });
    expect(reported.map((r) => r.frameNumber)).toEqual([0, 2]);
    expect(await db.frameJob.findUniqueOrThrow({ where: { id: frameJobId } })).toMatchObject({ framesRendered: 2 });
  });

  test('an unknown node: 401', async () => {
    expect((await send('POST', heartbeatPath('00000000-0000-4000-8000-00000000dead'), { body: {} })).status).toBe(401);
  });

  test('malformed JSON, signed: 400', async () => {
    const response = await send('POST', heartbeatPath(node.id), { raw: '{"cpu_pct": ' });
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('BAD_REQUEST');
  });

  test('a body the contract does not allow, signed: 400 with what is wrong', async () => {
    const response = await send('POST', `/v1/internal/nodes/${node.id}/cache-update`, { body: { action: 'Exploded', aep_file_md5: 'a'.repeat(32) } });
    expect(response.status).toBe(400);
    expect(response.body.details.join(' ')).toMatch(/action/);
    const typed = await send('POST', heartbeatPath(node.id), { body: { cpu_pct: 'high' } });
    expect(typed.status).toBe(400);
  });

  test('a path outside the contract: 404', async () => {
    expect((await send('POST', `/v1/internal/nodes/${node.id}/explode`, { body: {} })).status).toBe(404);
  });

  test('registering and commanding nodes is for administrators only', async () => {
    const user = (await login(stack.url, 'user@flatrender.local')).accessToken;
    const response = await execute(stack.url, {
      document: 'mutation { registerNode(input: { name: "x", region: "y", nodeIp: "10.0.0.9", workerPort: 1, currentAeVersion: "24" }) { nodeSecret } }',
      token: user,
    });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(errorCodes(await execute(stack.url, { document: `mutation { restartNode(id: "${node.id}") }`, token: user }))).toEqual(['FORBIDDEN']);
  });

  test('bad registrations: a bad address, a duplicate name', async () => {
    const register = (input: Record<string, unknown>) => execute(stack.url, {
      document: 'mutation($input: RegisterNodeInput!) { registerNode(input: $input) { nodeSecret } }',
      variables: { input: { name: 'node-x', region: 'teh', nodeIp: '10.0.0.8', workerPort: 7002, currentAeVersion: '24.0', ...input } },
      token: admin,
    });
    expect(errorCodes(await register({ nodeIp: 'not-an-ip' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await register({ workerPort: 70000 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await register({ name: 'node-test-01', nodeIp: '10.0.0.99' }))).toEqual(['CONFLICT']);
  });
});
