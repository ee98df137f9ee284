// Forwards the node agents' REST calls (/v1/internal/*) to the render subgraph, so a node needs
// one address. Bodies pass byte for byte: the node's signature covers them.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLargeError, readRawBody, sendJson } from '../subgraphs/kit/http.ts';

export const NODE_AGENT_PREFIX = '/v1/internal/';
/** Download links of exports, served by render too. */
export const DOWNLOADS_PREFIX = '/v1/downloads/';
/** Scene preview stills, served by render. */
export const SNAPSHOTS_PREFIX = '/v1/snapshots/';

/** Request headers a node agent's call carries through. */
const PASSED_HEADERS = ['content-type', 'x-node-timestamp', 'x-node-signature', 'x-request-id', 'user-agent'];

export function nodeAgentForwarder(renderUrl: string, bodyLimitBytes: number) {
  const origin = new URL(renderUrl).origin;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let body: Blob | undefined;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      try {
        body = new Blob([new Uint8Array(await readRawBody(req, bodyLimitBytes))]);
      } catch (error) {
        if (error instanceof BodyTooLargeError) return sendJson(res, 413, { error: 'PAYLOAD_TOO_LARGE', message: `Bodies are limited to ${bodyLimitBytes} bytes.` });
        throw error;
      }
    }
    const headers: Record<string, string> = {};
    for (const name of PASSED_HEADERS) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    let upstream: Response;
    try {
      upstream = await fetch(origin + (req.url ?? '/'), { method: req.method, headers, body, signal: AbortSignal.timeout(30_000) });
    } catch {
      return sendJson(res, 502, { error: 'BAD_GATEWAY', message: 'The render service did not answer.' });
    }
    const text = Buffer.from(await upstream.arrayBuffer());
    const passed: Record<string, string | number> = { 'content-length': text.length };
    for (const name of ['content-type', 'content-disposition', 'cache-control']) {
      const value = upstream.headers.get(name);
      if (value) passed[name] = value;
    }
    res.writeHead(upstream.status, passed);
    res.end(text);
  };
}
