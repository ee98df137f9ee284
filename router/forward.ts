// Forwards the node agents' REST calls (/v1/internal/*) to the render subgraph, so a node needs
// one address. Bodies pass byte for byte: the node's signature covers them.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { BodyTooLargeError, readRawBody, sendJson } from '../subgraphs/kit/http.ts';

export const NODE_AGENT_PREFIX = '/v1/internal/';
/** Download links of exports, served by render too. */
export const DOWNLOADS_PREFIX = '/v1/downloads/';
/** Scene preview stills, served by render. */
export const SNAPSHOTS_PREFIX = '/v1/snapshots/';

/** Request headers a node agent's call carries through. */
const PASSED_HEADERS = ['content-type', 'x-node-timestamp', 'x-node-signature', 'x-request-id', 'user-agent'];

/** Response headers passed back (downloads and snapshots carry the last three). */
const PASSED_RESPONSE_HEADERS = ['content-type', 'content-disposition', 'cache-control'];

/**
 * The forwarder: node:http over kept-alive connections to render (a thousand nodes heartbeat
 * every 5 s; fetch's Blob and stream machinery per call cost more than the call itself). The
 * body is read whole first, within the limit (a node's calls are small); the answer streams back.
 */
export function nodeAgentForwarder(renderUrl: string, bodyLimitBytes: number, timeoutMs = 30_000) {
  const target = new URL(renderUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 128, scheduling: 'lifo' });
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let body: Buffer | undefined;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      try {
        body = await readRawBody(req, bodyLimitBytes);
      } catch (error) {
        if (error instanceof BodyTooLargeError) return sendJson(res, 413, { error: 'PAYLOAD_TOO_LARGE', message: `Bodies are limited to ${bodyLimitBytes} bytes.` });
        throw error;
      }
    }
    const headers: Record<string, string | number> = {};
    for (const name of PASSED_HEADERS) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    if (body) headers['content-length'] = body.length;
    if (res.destroyed) return; // the node left while its body was read
    await new Promise<void>((resolve) => {
      let answer: IncomingMessage | undefined;
      const upstream = http.request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers, agent, timeout: timeoutMs }, (reply) => {
        answer = reply;
        // The node left before render answered: nothing to send it.
        if (res.destroyed) return void reply.destroy();
        const passed: Record<string, string> = {};
        for (const name of PASSED_RESPONSE_HEADERS) {
          const value = reply.headers[name];
          if (typeof value === 'string') passed[name] = value;
        }
        if (reply.headers['content-length']) passed['content-length'] = reply.headers['content-length'];
        res.writeHead(reply.statusCode ?? 502, passed);
        // pipe, not stream.pipeline: pipeline's abort signal costs a DOMException per call, more
        // than a heartbeat's own forwarding.
        reply.pipe(res);
        reply.once('error', () => res.destroy());
      });
      // Whenever the node's side ends (answered, or the node left), so does the upstream call.
      res.once('close', () => {
        if (!answer) upstream.destroy();
        else if (!answer.complete) answer.destroy();
        resolve();
      });
      upstream.on('timeout', () => upstream.destroy(new Error('timeout')));
      upstream.on('error', () => {
        if (res.destroyed) return;
        if (!res.headersSent) sendJson(res, 502, { error: 'BAD_GATEWAY', message: 'The render service did not answer.' });
        else res.destroy();
      });
      upstream.end(body);
    });
  };
}
