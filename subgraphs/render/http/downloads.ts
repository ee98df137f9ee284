// GET /v1/downloads/<export id>.<extension>?expires=...&signature=...: the files behind the
// short-lived links exportDownloadUrl hands out, streamed from storage; and GET
// /v1/snapshots/<job id>.png: scene preview stills, public like the catalog they illustrate.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '../../kit/prisma.ts';
import { sendJson } from '../../kit/http.ts';
import { storage } from '../../kit/storage.ts';
import { resolveDownload } from '../orchestrator/exports.ts';
import { snapshotKey, userSnapshotKey } from '../orchestrator/snapshots.ts';

const PATH = /^\/v1\/downloads\/([0-9a-f-]{36})\.([a-z0-9]{1,8})$/;
const TYPES: Record<string, string> = { png: 'image/png', mp4: 'video/mp4', webm: 'video/webm', jpg: 'image/jpeg', mp3: 'audio/mpeg' };

const SNAPSHOT_PATH = /^\/v1\/snapshots\/([0-9a-f-]{36})\.png$/;

async function serveSnapshot(req: IncomingMessage, res: ServerResponse, db: Db, pathname: string): Promise<void> {
  const match = SNAPSHOT_PATH.exec(pathname);
  if (!match || req.method !== 'GET') return sendJson(res, 404, { error: 'NOT_FOUND' });
  // A scene preview (seed 002), or a user's snapshot (its id is as unguessable as a link).
  const job = await db.snapshotJob.findUnique({ where: { id: match[1] } });
  const snapshot = job ? null : await db.snapshot.findUnique({ where: { id: match[1] } });
  const key = job?.status === 'done' ? snapshotKey(job) : snapshot?.status === 'Cached' ? userSnapshotKey(snapshot) : null;
  const file = key ? await storage().open(key) : null;
  if (!file) return sendJson(res, 404, { error: 'NOT_FOUND' });
  res.writeHead(200, { 'content-type': 'image/png', 'content-length': file.size, 'cache-control': 'public, max-age=86400, immutable' });
  file.stream.pipe(res);
}

export async function downloadRoutes(req: IncomingMessage, res: ServerResponse, { db }: { db: Db }): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname.startsWith('/v1/snapshots/')) {
    await serveSnapshot(req, res, db, url.pathname);
    return true;
  }
  if (!url.pathname.startsWith('/v1/downloads/')) return false;
  const match = PATH.exec(url.pathname);
  if (req.method !== 'GET' || !match) {
    sendJson(res, 404, { error: 'NOT_FOUND' });
    return true;
  }
  const found = await resolveDownload(db, match[1], match[2], url.searchParams.get('expires'), url.searchParams.get('signature'));
  if (found === 'forged') return (sendJson(res, 403, { error: 'FORBIDDEN', message: 'This link is not valid.' }), true);
  if (found === 'expired') return (sendJson(res, 410, { error: 'EXPIRED', message: 'This link has expired: ask for a new one.' }), true);
  const file = found === 'gone' ? null : await storage().open(found.key);
  if (!file || found === 'gone') return (sendJson(res, 404, { error: 'NOT_FOUND', message: 'The export is gone.' }), true);
  res.writeHead(200, {
    'content-type': TYPES[match[2]] ?? 'application/octet-stream',
    'content-length': file.size,
    'content-disposition': `attachment; filename="${found.fileName}"`,
    'cache-control': 'private, no-store',
  });
  file.stream.pipe(res);
  return true;
}
