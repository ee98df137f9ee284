// GET /v1/catalog/<key>?expires&signature: the catalog's copies of AE project files and project
// assets, behind the signed links render puts in RenderFrames commands and administrators get
// from GraphQL (kit/catalog-links.ts). Tampered: 403 LINK_INVALID; expired: 403 LINK_EXPIRED;
// gone: 404. Single byte ranges (Range, If-Range) let a node resume a large AE file.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sendJson } from '../../kit/http.ts';
import { CATALOG_LINK_PREFIX, catalogLinks } from '../../kit/catalog-links.ts';
import { storage } from '../../kit/storage.ts';

const MESSAGES = {
  LINK_INVALID: 'This link is not valid.',
  LINK_EXPIRED: 'This link has expired: ask for a new one.',
  NOT_FOUND: 'There is no such file.',
} as const;

const TYPES: Record<string, string> = {
  aep: 'application/vnd.adobe.aftereffects.project',
  aepx: 'application/vnd.adobe.aftereffects.project+xml',
};

/** Bytes `start`..`end` (inclusive) of a range request, 'unsatisfiable', or null to send everything. */
export function byteRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | null {
  // One range only; anything else (several ranges, other units, nonsense) is answered whole, as RFC 9110 allows.
  const match = /^bytes=(\d{0,15})-(\d{0,15})$/.exec(header?.trim() ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return null;
  if (match[1] === '') {
    // The last n bytes.
    const suffix = Number(match[2]);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (match[2] !== '' && Number(match[2]) < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}

/** Bytes start..end of a stream; stops reading (and closes the source) once past the end. */
async function* slice(source: Readable, start: number, end: number): AsyncGenerator<Buffer> {
  let position = 0;
  for await (const chunk of source as AsyncIterable<Buffer>) {
    const from = Math.max(0, start - position);
    const to = Math.min(chunk.length, end + 1 - position);
    if (to > from) yield chunk.subarray(from, to);
    position += chunk.length;
    if (position > end) break;
  }
}

export async function catalogDownloadRoutes(req: IncomingMessage, res: ServerResponse, { serviceSecret }: { serviceSecret?: string }): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(CATALOG_LINK_PREFIX)) return false;
  const refuse = (status: number, error: keyof typeof MESSAGES) => (sendJson(res, status, { error, message: MESSAGES[error] }), true);
  if (req.method !== 'GET' && req.method !== 'HEAD') return (sendJson(res, 405, { error: 'METHOD_NOT_ALLOWED', message: 'Use GET.' }, { allow: 'GET, HEAD' }), true);
  // Without the service secret no link was ever signed for this process to accept.
  const links = catalogLinks(serviceSecret);
  if (!links) return refuse(403, 'LINK_INVALID');
  const checked = links.check(url.pathname, url.searchParams);
  if ('refused' in checked) return refuse(checked.refused === 'NOT_FOUND' ? 404 : 403, checked.refused);

  const object = await storage().open(checked.key);
  if (!object) return refuse(404, 'NOT_FOUND');
  const name = checked.key.slice(checked.key.lastIndexOf('/') + 1);
  // A catalog key names one upload's bytes forever (a new file gets a new key): the key is a strong validator.
  const etag = `"${createHash('sha256').update(checked.key).digest('hex').slice(0, 32)}"`;
  const headers: Record<string, string | number> = {
    'content-type': TYPES[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream',
    'content-disposition': `attachment; filename="${name}"`,
    'accept-ranges': 'bytes',
    etag,
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
  };
  const ifRange = req.headers['if-range'];
  const range = ifRange === undefined || ifRange === etag ? byteRange(req.headers.range, object.size) : null;
  if (range === 'unsatisfiable') {
    object.stream.destroy();
    res.writeHead(416, { 'content-range': `bytes */${object.size}`, 'accept-ranges': 'bytes', 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ error: 'RANGE_NOT_SATISFIABLE', message: `The file has ${object.size} bytes.` }));
    return true;
  }
  const { start, end } = range ?? { start: 0, end: object.size - 1 };
  if (range) headers['content-range'] = `bytes ${start}-${end}/${object.size}`;
  headers['content-length'] = object.size === 0 ? 0 : end - start + 1;
  res.writeHead(range ? 206 : 200, headers);
  if (req.method === 'HEAD' || object.size === 0) {
    object.stream.destroy();
    res.end();
    return true;
  }
  const body = range ? Readable.from(slice(object.stream, start, end)) : object.stream;
  // A node that hangs up mid-file is not a server error: it asks again with a Range.
  await pipeline(body, res).catch(() => res.destroy());
  return true;
}
