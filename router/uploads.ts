// Forwards the file subgraph's HTTP endpoints (upload parts, PUT /v1/uploads/...; download links,
// GET /v1/storage/...) and content's catalog downloads (GET /v1/catalog/..., signed links to AE
// files and assets) so a browser or node needs one address. Bodies stream both ways: a part may be
// 64 MiB and an AE file far more, more than the router buffers for GraphQL. The subgraph behind
// checks the upload token or the link's signature.
import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { sendJson } from '../subgraphs/kit/http.ts';

export const UPLOADS_PREFIX = '/v1/uploads/';
export const STORAGE_PREFIX = '/v1/storage/';
export const FILE_PREFIXES = [UPLOADS_PREFIX, STORAGE_PREFIX];
/** Signed downloads of the catalog's AE files and project assets, served by content. */
export const CATALOG_PREFIX = '/v1/catalog/';

// Range and If-Range pass both ways, so a large download can resume where it broke off.
const PASSED_REQUEST_HEADERS = ['authorization', 'content-type', 'content-length', 'transfer-encoding', 'x-request-id', 'user-agent', 'range', 'if-range'];
const PASSED_RESPONSE_HEADERS = ['content-type', 'content-length', 'content-disposition', 'cache-control', 'etag', 'x-content-type-options', 'content-range', 'accept-ranges', 'allow'];

/** A handler that sends the request on to a subgraph's HTTP endpoints (the file subgraph's by default) and streams its answer back. */
export function fileForwarder(fileUrl: string, timeoutMs = 10 * 60_000, service = 'file') {
  const origin = new URL(fileUrl);
  return (req: IncomingMessage, res: ServerResponse): Promise<void> => new Promise((resolve) => {
    const headers: Record<string, string> = {};
    for (const name of PASSED_REQUEST_HEADERS) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const upstream = http.request({ host: origin.hostname, port: origin.port, path: req.url, method: req.method, headers, timeout: timeoutMs }, (answer) => {
      const passed: Record<string, string> = {};
      for (const name of PASSED_RESPONSE_HEADERS) {
        const value = answer.headers[name];
        if (typeof value === 'string') passed[name] = value;
      }
      res.writeHead(answer.statusCode ?? 502, passed);
      pipeline(answer, res).catch(() => res.destroy()).finally(resolve);
    });
    upstream.on('timeout', () => upstream.destroy(new Error('timeout')));
    upstream.on('error', () => {
      if (!res.headersSent) sendJson(res, 502, { error: 'BAD_GATEWAY', message: `The ${service} service did not answer.` });
      else res.destroy();
      resolve();
    });
    // The client hanging up mid-part ends the upstream request too (the part is then not kept).
    req.on('aborted', () => upstream.destroy());
    req.pipe(upstream);
  });
}
