// The node-agent forwarder against a real HTTP server on loopback: answers pass through, and a
// node that leaves before render answers ends the upstream call too (its connection is not held
// for the timeout), after which calls pass as before.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { nodeAgentForwarder } from './forward.ts';

let render: http.Server;
let router: http.Server;
let routerUrl: string;
/** Calls whose connection render saw closed before it answered. */
const upstreamClosed: string[] = [];

beforeAll(async () => {
  render = http.createServer((req, res) => {
    // A slow answer for /slow, at once otherwise.
    const answer = setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'), req.url === '/v1/internal/slow' ? 1500 : 0);
    res.on('close', () => {
      // The connection went away before this answer was sent (and it never will be).
      if (!res.writableFinished) upstreamClosed.push(req.url!);
      clearTimeout(answer);
    });
  });
  await new Promise<void>((resolve) => render.listen(0, '127.0.0.1', resolve));
  const forward = nodeAgentForwarder(`http://127.0.0.1:${(render.address() as AddressInfo).port}`, 1024);
  router = http.createServer((req, res) => void forward(req, res));
  await new Promise<void>((resolve) => router.listen(0, '127.0.0.1', resolve));
  routerUrl = `http://127.0.0.1:${(router.address() as AddressInfo).port}`;
});
afterAll(async () => {
  router.closeAllConnections();
  render.closeAllConnections();
  await Promise.all([router, render].map((server) => new Promise((resolve) => server.close(resolve))));
});

test('an answer passes through', async () => {
  const response = await fetch(`${routerUrl}/v1/internal/fast`, { method: 'POST', body: '{}' });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ ok: true });
});

test('a node that leaves before render answers ends the upstream call', async () => {
  await expect(fetch(`${routerUrl}/v1/internal/slow`, { method: 'POST', body: '{}', signal: AbortSignal.timeout(100) })).rejects.toThrow();
  const deadline = Date.now() + 1000;
  while (!upstreamClosed.includes('/v1/internal/slow') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(upstreamClosed).toContain('/v1/internal/slow');
  expect((await fetch(`${routerUrl}/v1/internal/fast`, { method: 'POST', body: '{}' })).status).toBe(200);
});

test('a body over the limit: 413', async () => {
  const response = await fetch(`${routerUrl}/v1/internal/fast`, { method: 'POST', body: 'x'.repeat(2048) });
  expect(response.status).toBe(413);
  expect(await response.json()).toMatchObject({ error: 'PAYLOAD_TOO_LARGE' });
});
