// The frames the router writes straight to subscribers' sockets (router/subscriptions.ts), read by
// a real ws client over loopback: each length class of RFC 6455 (7-bit, 16-bit and 64-bit) arrives
// as the one text message meant, in order with the frames ws itself sends on the same socket.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';
import { textFrame } from './subscriptions.ts';

let server: http.Server;
let wss: WebSocketServer;
let url: string;
const accepted: { socket: WebSocket; raw: import('node:net').Socket }[] = [];

beforeAll(async () => {
  server = http.createServer();
  wss = new WebSocketServer({ server });
  wss.on('connection', (socket, request) => accepted.push({ socket, raw: request.socket as import('node:net').Socket }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const client of wss.clients) client.terminate();
  await new Promise((resolve) => wss.close(resolve));
  await new Promise((resolve) => server.close(resolve));
});

test('messages of every length class arrive whole, in order with frames ws sends', async () => {
  const client = new WebSocket(url);
  const received: string[] = [];
  const all = new Promise<void>((resolve) => client.on('message', (data, isBinary) => {
    expect(isBinary).toBe(false);
    received.push(data.toString());
    if (received.length === 4) resolve();
  }));
  await new Promise((resolve) => client.once('open', resolve));
  await new Promise((resolve) => setTimeout(resolve, 20));
  const { socket, raw } = accepted.at(-1)!;
  const prefix = Buffer.from('{"id":"1","type":"next","payload":');
  const payloads = [{ n: 1 }, { text: 'é'.repeat(200) }, { text: 'x'.repeat(70_000) }].map((value) => Buffer.from(JSON.stringify(value)));
  raw.write(textFrame(prefix, payloads[0]));
  socket.send('{"id":"1","type":"complete"}');
  raw.write(textFrame(prefix, payloads[1]));
  raw.write(textFrame(prefix, payloads[2]));
  await all;
  expect(received.map((message) => JSON.parse(message))).toEqual([
    { id: '1', type: 'next', payload: { n: 1 } },
    { id: '1', type: 'complete' },
    { id: '1', type: 'next', payload: { text: 'é'.repeat(200) } },
    { id: '1', type: 'next', payload: { text: 'x'.repeat(70_000) } },
  ]);
  client.close();
});
