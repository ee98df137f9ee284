// Where files live: one small interface with two drivers, chosen by STORAGE_DRIVER. `local`
// (the default) keeps objects on disk under STORAGE_DIR and signs links to /v1/storage/<key> that
// serveSignedObject answers; `s3` keeps them in an S3 bucket (AWS, or any S3-compatible store),
// see storage-s3.ts. Keys are the same on both (`files/...`, `uploads/...`, `catalog/...`), so a
// `storage://<key>` URI names an object whichever driver holds it.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError, ErrorCode } from './errors.ts';
import { readStorageConfig, type StorageConfig } from './storage-config.ts';

export { readStorageConfig, type S3Config, type StorageConfig } from './storage-config.ts';

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

/** What a caller knows of what it stores. */
export interface PutOptions {
  /**
   * The exact size, when known: the S3 driver then streams the body in one request instead of
   * buffering it in parts. A stream of another length fails with SizeMismatchError.
   */
  size?: number;
}

/** A stream that was not as long as the size given to put (nothing is stored). */
export class SizeMismatchError extends Error {
  constructor(readonly expected: number, readonly actual: number | string) {
    super(`The stream had ${actual} bytes, not the ${expected} declared.`);
    this.name = 'SizeMismatchError';
  }
}

/**
 * The bytes of `source` as they pass, counted: `counter.size` so far. With `expected`, more bytes
 * fail at once and fewer at the end, both with SizeMismatchError; each chunk is held back until
 * the next one (or the end) has been seen, so a request sized `expected` is never completed by a
 * stream that turns out too long or fails: the store sees it cut short and keeps nothing.
 */
export function countBytes(source: AsyncIterable<unknown> | Iterable<unknown>, expected?: number): { stream: Readable; counter: { size: number } } {
  const counter = { size: 0 };
  const stream = Readable.from((async function* () {
    let held: Buffer | undefined;
    for await (const chunk of source) {
      counter.size += (chunk as Buffer).length;
      if (expected === undefined) {
        yield chunk as Buffer;
        continue;
      }
      if (counter.size > expected) throw new SizeMismatchError(expected, `more than ${expected}`);
      if (held) yield held;
      held = chunk as Buffer;
    }
    if (expected !== undefined && counter.size !== expected) throw new SizeMismatchError(expected, counter.size);
    if (held) yield held;
  })(), { objectMode: false });
  return { stream, counter };
}

/** Bytes `start`..`end` of an object, both inclusive (as in an HTTP Range). */
export interface ByteRange {
  start: number;
  end: number;
}

export interface Storage {
  /** Which driver this is. */
  readonly driver: 'local' | 's3';
  /** Where objects are kept, as recorded in file rows' storage_bucket: `local`, or the S3 bucket. */
  readonly bucket: string;
  /**
   * Stores an object whole: readers never see a half-written one (written aside, then renamed;
   * on S3 an object appears only when its upload completes). A stream that fails leaves nothing
   * behind and rejects with the stream's own error. Resolves with the bytes written.
   */
  put(key: string, data: Buffer | Readable, options?: PutOptions): Promise<{ size: number }>;
  /**
   * A stream of the object (only `range` of it when given), or null when there is none. `size`
   * is always the whole object's size.
   */
  open(key: string, range?: ByteRange): Promise<{ stream: Readable; size: number } | null>;
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

/** Why the storage failed, in `extensions.reason` of a STORAGE_UNAVAILABLE error. */
export type StorageFailure = 'unreachable' | 'throttled' | 'unavailable' | 'denied' | 'misconfigured' | 'full' | 'failed';

const FAILURE_MESSAGES: Record<StorageFailure, string> = {
  unreachable: 'File storage could not be reached',
  throttled: 'File storage is busy',
  unavailable: 'File storage is failing',
  denied: "File storage refused this server's credentials",
  misconfigured: 'File storage is misconfigured (no such bucket, or the wrong region)',
  full: 'File storage is full',
  failed: 'File storage refused the request',
};

/**
 * The store itself failed (not the caller's input): STORAGE_UNAVAILABLE with `reason`, so a client
 * may try again later and an operator sees what to fix. Whatever the operation was, it did not
 * happen (puts leave no object; deletes may be repeated). The store's own error is `cause`.
 */
export class StorageError extends AppError {
  readonly reason: StorageFailure;
  constructor(reason: StorageFailure, operation: string, cause?: unknown) {
    super(ErrorCode.STORAGE_UNAVAILABLE, `${FAILURE_MESSAGES[reason]}: nothing was changed; try again later.`, { reason, operation, retryable: reason === 'unreachable' || reason === 'throttled' || reason === 'unavailable' });
    this.reason = reason;
    if (cause !== undefined) Object.defineProperty(this, 'cause', { value: cause, enumerable: false });
  }
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

/** A link to GET /v1/storage/<key> on our own servers (serveSignedObject answers it, whatever the driver). */
export function signStorageLink(key: string, { expiresInSeconds, fileName = '', contentType = '' }: SignedUrlOptions): { url: string; expiresAt: Date } {
  assertSafeKey(key);
  const expires = Math.floor(Date.now() / 1000) + expiresInSeconds;
  const query = new URLSearchParams({ expires: String(expires), name: fileName, type: contentType, signature: linkSignature(key, expires, fileName, contentType) });
  return { url: `${publicUrl()}${SIGNED_PATH_PREFIX}${key}?${query}`, expiresAt: new Date(expires * 1000) };
}

/** Disk errors that are the disk's fault, not the data's: mapped to STORAGE_UNAVAILABLE. */
const DISK_FAILURES: Record<string, StorageFailure> = { ENOSPC: 'full', EDQUOT: 'full', EACCES: 'denied', EPERM: 'denied', EROFS: 'denied', EIO: 'failed', EMFILE: 'throttled', ENFILE: 'throttled' };

function diskFailure(error: unknown, operation: string): unknown {
  const reason = DISK_FAILURES[(error as { code?: string })?.code ?? ''];
  return reason ? new StorageError(reason, operation, error) : error;
}

export class LocalStorage implements Storage {
  readonly driver = 'local';
  readonly bucket = 'local';
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

  async put(key: string, data: Buffer | Readable, options: PutOptions = {}): Promise<{ size: number }> {
    const file = this.file(key);
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    const { stream, counter } = countBytes(Buffer.isBuffer(data) ? [data] : data, options.size);
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await pipeline(stream, createWriteStream(temporary, { flags: 'wx' }));
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw diskFailure(error, 'put');
    }
    return { size: counter.size };
  }

  async open(key: string, range?: ByteRange) {
    const file = this.file(key);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return null;
    return { stream: createReadStream(file, range ? { start: range.start, end: range.end } : {}), size: info.size };
  }

  async stat(key: string): Promise<StoredObject | null> {
    const info = await stat(this.file(key)).catch(() => null);
    return info?.isFile() ? { key, size: info.size, modifiedAt: info.mtime } : null;
  }

  async delete(key: string): Promise<void> {
    await rm(this.file(key), { force: true }).catch((error) => {
      throw diskFailure(error, 'delete');
    });
  }

  async deletePrefix(prefix: string): Promise<void> {
    await rm(this.file(prefix), { force: true, recursive: true }).catch((error) => {
      throw diskFailure(error, 'deletePrefix');
    });
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

  async signedUrl(key: string, options: SignedUrlOptions): Promise<{ url: string; expiresAt: Date }> {
    return signStorageLink(key, options);
  }
}

/** A header value for a user-chosen file name (RFC 6266/5987): an ASCII fallback and the UTF-8 name. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, '_') || 'download';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * Answers GET /v1/storage/<key>?expires&name&type&signature, the links signStorageLink makes:
 * 403 tampered, 410 expired, 404 when `allowed` says the object is no longer served (a deleted
 * file) or it is gone, 503 when the storage (`store`, the process's by default) fails. True when
 * the request was one of these links.
 */
export async function serveSignedObject(req: IncomingMessage, res: ServerResponse, allowed: (key: string) => Promise<boolean>, store: Storage = storage()): Promise<boolean> {
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
  let object: Awaited<ReturnType<Storage['open']>>;
  try {
    object = (await allowed(key)) ? await store.open(key) : null;
  } catch (error) {
    if (error instanceof StorageError) return send(503, ErrorCode.STORAGE_UNAVAILABLE, error.message);
    throw error;
  }
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

/**
 * The S3 driver behind the same interface, its module (and the AWS SDK) loaded on first use:
 * processes and tests on local disk never load the SDK.
 */
class LazyStorage implements Storage {
  readonly driver: Storage['driver'];
  readonly bucket: string;
  private loading?: Promise<Storage>;
  constructor(driver: Storage['driver'], bucket: string, private readonly load: () => Promise<Storage>) {
    this.driver = driver;
    this.bucket = bucket;
  }
  private target(): Promise<Storage> {
    return (this.loading ??= this.load());
  }
  async put(key: string, data: Buffer | Readable, options?: PutOptions) { return (await this.target()).put(key, data, options); }
  async open(key: string, range?: ByteRange) { return (await this.target()).open(key, range); }
  async stat(key: string) { return (await this.target()).stat(key); }
  async delete(key: string) { return (await this.target()).delete(key); }
  async deletePrefix(prefix: string) { return (await this.target()).deletePrefix(prefix); }
  async *list(prefix: string) { yield* (await this.target()).list(prefix); }
  async signedUrl(key: string, options: SignedUrlOptions) { return (await this.target()).signedUrl(key, options); }
}

/** A storage for a configuration (tests make several; the process uses storage()). */
export function createStorage(config: StorageConfig): Storage {
  if (config.driver === 'local') return new LocalStorage(config.dir);
  return new LazyStorage('s3', config.s3.bucket, async () => new (await import('./storage-s3.ts')).S3Storage(config.s3));
}

let shared: Storage | undefined;

/** The process's storage, made from the environment on first use (STORAGE_DRIVER, default local disk). */
export function storage(): Storage {
  shared ??= createStorage(readStorageConfig());
  return shared;
}
