// Where files live: one small interface, local disk by default (STORAGE_DIR). An object store
// (S3, MinIO) is another implementation of the same operations; its signedUrl is the store's own
// presigned URL, while local disk signs links to /v1/storage/<key> that serveSignedObject answers.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** What a stored object is. */
export interface StoredObject {
  key: string;
  size: number;
  modifiedAt: Date;
}

/** Options of a time-limited download link. */
export interface SignedUrlOptions {
  /** How long the link works (seconds). */
  expiresInSeconds: number;
  /** The name the browser saves it as. */
  fileName?: string;
  /** Content-Type it is served with. */
  contentType?: string;
}

export interface Storage {
  /**
   * Stores an object whole: readers never see a half-written one (written aside, then renamed).
   * A stream that fails leaves nothing behind. Resolves with the bytes written.
   */
  put(key: string, data: Buffer | Readable): Promise<{ size: number }>;
  /** A stream of the object, or null when there is none. */
  open(key: string): Promise<{ stream: Readable; size: number } | null>;
  /** Size and time of an object, or null when there is none. */
  stat(key: string): Promise<StoredObject | null>;
  /** Deletes an object; deleting one that is not there is fine (idempotent). */
  delete(key: string): Promise<void>;
  /** Deletes every object whose key starts with `prefix/` (idempotent). */
  deletePrefix(prefix: string): Promise<void>;
  /** Every object under `prefix/` (for sweeps). */
  list(prefix: string): AsyncIterable<StoredObject>;
  /** A link anyone holding it may download the object with until it expires. */
  signedUrl(key: string, options: SignedUrlOptions): Promise<{ url: string; expiresAt: Date }>;
}

/** Keys are ours (ids and fixed words), never user input: a narrow alphabet, no `..`. */
const SAFE_KEY = /^[a-z0-9][a-z0-9/_.-]{0,500}$/i;

export function assertSafeKey(key: string): void {
  if (!SAFE_KEY.test(key) || key.split('/').some((part) => part === '' || part === '.' || part === '..')) throw new Error(`bad storage key ${key}`);
}

/** Where signed local links point: STORAGE_PUBLIC_URL, PUBLIC_URL, or the local router. */
const publicUrl = () => (process.env.STORAGE_PUBLIC_URL ?? process.env.PUBLIC_URL ?? `http://127.0.0.1:${process.env.ROUTER_PORT ?? 4000}`).replace(/\/$/, '');

/** Prefix of the local-disk links served by serveSignedObject. */
export const SIGNED_PATH_PREFIX = '/v1/storage/';

let fallbackSecret: string | undefined;
/** Key of local links: STORAGE_SIGNING_KEY, else SERVICE_SECRET (shared by every replica), else one per process. */
function signingKey(): Buffer {
  const secret = process.env.STORAGE_SIGNING_KEY ?? process.env.SERVICE_SECRET ?? (fallbackSecret ??= randomBytes(32).toString('hex'));
  return createHash('sha256').update(`storage-links:${secret}`).digest();
}

const linkSignature = (key: string, expires: number, fileName: string, contentType: string) =>
  createHmac('sha256', signingKey()).update(JSON.stringify([key, expires, fileName, contentType])).digest('hex');

export class LocalStorage implements Storage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** The file of a key, refusing anything that would land outside the root. */
  private file(key: string): string {
    assertSafeKey(key);
    const file = path.resolve(this.root, key);
    const relative = path.relative(this.root, file);
    if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) throw new Error(`bad storage key ${key}`);
    return file;
  }

  async put(key: string, data: Buffer | Readable): Promise<{ size: number }> {
    const file = this.file(key);
    await mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    let size = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        done(null, chunk);
      },
    });
    try {
      await pipeline(Buffer.isBuffer(data) ? Readable.from([data]) : data, counter, createWriteStream(temporary, { flags: 'wx' }));
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    return { size };
  }

  async open(key: string) {
    const file = this.file(key);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return null;
    return { stream: createReadStream(file), size: info.size };
  }

  async stat(key: string): Promise<StoredObject | null> {
    const info = await stat(this.file(key)).catch(() => null);
    return info?.isFile() ? { key, size: info.size, modifiedAt: info.mtime } : null;
  }

  async delete(key: string): Promise<void> {
    await rm(this.file(key), { force: true });
  }

  async deletePrefix(prefix: string): Promise<void> {
    await rm(this.file(prefix), { force: true, recursive: true });
  }

  async *list(prefix: string): AsyncIterable<StoredObject> {
    const dir = this.file(prefix);
    const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isFile() || entry.name.endsWith('.tmp')) continue;
      // `parentPath` on Node 24, `path` on Node 20.
      const parent = (entry as unknown as { parentPath?: string; path: string }).parentPath ?? (entry as unknown as { path: string }).path;
      const key = path.relative(this.root, path.join(parent, entry.name)).split(path.sep).join('/');
      const info = await stat(path.join(parent, entry.name)).catch(() => null);
      if (info) yield { key, size: info.size, modifiedAt: info.mtime };
    }
  }

  async signedUrl(key: string, { expiresInSeconds, fileName = '', contentType = '' }: SignedUrlOptions): Promise<{ url: string; expiresAt: Date }> {
    assertSafeKey(key);
    const expires = Math.floor(Date.now() / 1000) + expiresInSeconds;
    const query = new URLSearchParams({ expires: String(expires), name: fileName, type: contentType, signature: linkSignature(key, expires, fileName, contentType) });
    return { url: `${publicUrl()}${SIGNED_PATH_PREFIX}${key}?${query}`, expiresAt: new Date(expires * 1000) };
  }
}

/** A header value for a user-chosen file name (RFC 6266/5987): an ASCII fallback and the UTF-8 name. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, '_') || 'download';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * Answers GET /v1/storage/<key>?expires&name&type&signature, the links LocalStorage signs:
 * 403 tampered, 410 expired, 404 when `allowed` says the object is no longer served (a deleted
 * file) or it is gone. True when the request was one of these links.
 */
export async function serveSignedObject(req: IncomingMessage, res: ServerResponse, allowed: (key: string) => Promise<boolean>): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(SIGNED_PATH_PREFIX)) return false;
  const send = (status: number, error: string, message: string) => {
    const body = JSON.stringify({ error, message });
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(body);
    return true;
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'METHOD_NOT_ALLOWED', 'Use GET.');
  const key = url.pathname.slice(SIGNED_PATH_PREFIX.length);
  const expires = url.searchParams.get('expires') ?? '';
  const fileName = url.searchParams.get('name') ?? '';
  const contentType = url.searchParams.get('type') ?? '';
  const signature = url.searchParams.get('signature') ?? '';
  try {
    assertSafeKey(key);
  } catch {
    return send(404, 'NOT_FOUND', 'There is nothing here.');
  }
  if (!/^\d{1,12}$/.test(expires) || !/^[0-9a-f]{64}$/.test(signature)) return send(403, 'FORBIDDEN', 'This link is not valid.');
  if (!timingSafeEqual(Buffer.from(linkSignature(key, Number(expires), fileName, contentType), 'hex'), Buffer.from(signature, 'hex'))) return send(403, 'FORBIDDEN', 'This link is not valid.');
  if (Number(expires) * 1000 < Date.now()) return send(410, 'EXPIRED', 'This link has expired: ask for a new one.');
  const object = (await allowed(key)) ? await storage().open(key) : null;
  if (!object) return send(404, 'NOT_FOUND', 'The file is gone.');
  res.writeHead(200, {
    'content-type': contentType || 'application/octet-stream',
    'content-length': object.size,
    'content-disposition': contentDisposition(fileName || 'download'),
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    object.stream.destroy();
    res.end();
    return true;
  }
  await pipeline(object.stream, res);
  return true;
}

let shared: Storage | undefined;

/** The process's storage: STORAGE_DIR, or `.data/storage` in the project. */
export function storage(): Storage {
  shared ??= new LocalStorage(path.resolve(process.env.STORAGE_DIR ?? path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..', '.data', 'storage')));
  return shared;
}
