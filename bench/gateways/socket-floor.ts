// The transport floor of the subscription load (its own process): what 2,000 WebSocket subscribers
// cost this machine when the server does nothing else. It speaks just enough of graphql-ws for the
// real clients of bench/loads/subscribers.ts (connection_init, subscribe, next), and on each frame
// report (the same signed POST the node agent sends the router, not checked here) writes one
// ready frame per subscriber, as the router does: no GraphQL, no subgraph, no database. The
// router's subscription latency is read against this.
import http from 'node:http';
import WebSocket, { WebSocketServer } from 'ws';
import { textFrame } from '../../router/subscriptions.ts';
import { readRawBody } from '../../subgraphs/kit/http.ts';

const port = Number(process.env.PORT ?? 0);
const subscribers: { socket: WebSocket; raw: { write(frame: Uint8Array): boolean }; prefix: Buffer }[] = [];
let latest: Buffer = Buffer.from(JSON.stringify({ data: { renderProgress: { jobId: 'floor', step: 'Rendering', progress: 0 } } }));

const server = http.createServer(async (req, res) => {
  if (req.method === 'GET' && req.url === '/readyz') return void res.writeHead(200).end('ok');
  if (req.method !== 'POST') return void res.writeHead(404).end();
  let body: { frame_number?: number };
  try {
    body = JSON.parse((await readRawBody(req, 64 * 1024)).toString('utf8') || '{}');
  } catch {
    return void res.writeHead(400).end();
  }
  if (!req.url?.includes('/frames')) return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"pending_commands":[]}');
  latest = Buffer.from(JSON.stringify({ data: { renderProgress: { jobId: 'floor', step: 'Rendering', progress: (body.frame_number ?? 0) + 1 } } }));
  for (const subscriber of subscribers) if (subscriber.socket.readyState === WebSocket.OPEN) subscriber.raw.write(textFrame(subscriber.prefix, latest));
  res.writeHead(204).end();
});

const sockets = new WebSocketServer({ server, handleProtocols: (protocols) => (protocols.has('graphql-transport-ws') ? 'graphql-transport-ws' : false) });
sockets.on('connection', (socket, request) => {
  socket.on('close', () => {
    for (let index = subscribers.length - 1; index >= 0; index--) if (subscribers[index].socket === socket) subscribers.splice(index, 1);
  });
  socket.on('message', (data) => {
    let message: { type: string; id?: string };
    try {
      message = JSON.parse(data.toString());
    } catch {
      return socket.close(4400, 'Invalid message');
    }
    if (message.type === 'connection_init') socket.send('{"type":"connection_ack"}');
    else if (message.type === 'ping') socket.send('{"type":"pong"}');
    else if (message.type === 'subscribe' && message.id) {
      const subscriber = { socket, raw: request.socket, prefix: Buffer.from(`{"id":${JSON.stringify(message.id)},"type":"next","payload":`) };
      subscribers.push(subscriber);
      // Like renderProgress, the subscription starts with the current state.
      subscriber.raw.write(textFrame(subscriber.prefix, latest));
    }
  });
});

server.listen(port, '127.0.0.1', () => console.log(`socket floor on ${(server.address() as { port: number }).port}`));
