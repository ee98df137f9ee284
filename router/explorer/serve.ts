// Serves the admin explorer: /explorer (the page) and /explorer/assets/* (the esbuild bundle and
// Monaco's workers from dist/), under a strict Content-Security-Policy. Signing in happens in the
// page (the `login` mutation); the router's usual checks guard every request the page sends.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { EXPLORER_DIST, EXPLORER_FILES, buildExplorer, explorerBuilt } from '../../scripts/build-explorer.ts';

export const EXPLORER_PATH = '/explorer';

/**
 * Only the router's own origin: scripts, workers, fonts and styles from /explorer/assets, requests
 * to /graphql (HTTP and WebSocket: 'self' covers ws: and wss: of the same host). Monaco and
 * GraphiQL set styles at run time, so style-src needs 'unsafe-inline', and their CSS embeds fonts as data:
 * URLs; no script is inline or eval'd.
 */
export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'content-security-policy': EXPLORER_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>FlatRender explorer</title>
<link rel="stylesheet" href="/explorer/assets/explorer.css">
<script src="/explorer/assets/explorer.js" defer></script>
</head>
<body><div id="explorer"></div></body>
</html>
`;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
};

/** A handler for /explorer and /explorer/assets/*; builds the bundle once when it is missing. */
export function explorerHandler(log: Logger) {
  let building: Promise<void> | undefined;
  const ready = (): Promise<void> => {
    if (explorerBuilt()) return Promise.resolve();
    building ??= buildExplorer().then(() => log.info('explorer bundle built'));
    return building;
  };
  return async (req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (pathname === EXPLORER_PATH || pathname === `${EXPLORER_PATH}/`) {
      await ready();
      res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : PAGE);
      return;
    }
    const name = pathname.slice(`${EXPLORER_PATH}/assets/`.length);
    // Only the bundle's own files: no path from the request reaches the file system otherwise.
    const known = EXPLORER_FILES.includes(name) || /^codicon-[A-Z0-9]+\.ttf$/.test(name);
    if (!pathname.startsWith(`${EXPLORER_PATH}/assets/`) || !known) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    await ready();
    let body: Buffer;
    try {
      body = await readFile(path.join(EXPLORER_DIST, name));
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': TYPES[path.extname(name)] ?? 'application/octet-stream', 'content-length': body.length, 'cache-control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
