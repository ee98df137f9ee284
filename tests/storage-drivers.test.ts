// The storage contract (subgraphs/kit/storage.ts), run against both drivers: local disk, and S3
// through the real AWS SDK against s3rver on loopback (tests/kit/s3-server.ts, the test double of
// the cloud store). Then what only S3 has: its failures mapped to STORAGE_UNAVAILABLE with a
// reason, presigned or proxied downloads, a key prefix; and the storage environment's checks.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { LocalStorage, SizeMismatchError, StorageError, createStorage, readStorageConfig, serveSignedObject, type Storage } from '../subgraphs/kit/storage.ts';
import { S3Storage } from '../subgraphs/kit/storage-s3.ts';
import { startS3Server, type S3Server } from './kit/s3-server.ts';

let s3: S3Server;
/** A loopback server answering /v1/storage links for whichever storage the test names. */
let linkServer: http.Server;
let linkStore: Storage;

beforeAll(async () => {
  s3 = await startS3Server();
  linkServer = http.createServer((req, res) => {
    void serveSignedObject(req, res, async () => true, linkStore).then((answered) => {
      if (!answered) res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => linkServer.listen(0, '127.0.0.1', resolve));
  process.env.STORAGE_PUBLIC_URL = `http://127.0.0.1:${(linkServer.address() as { port: number }).port}`;
  process.env.STORAGE_SIGNING_KEY = 'test-storage-signing-key';
});
afterAll(async () => {
  linkServer?.closeAllConnections();
  await new Promise((resolve) => linkServer?.close(resolve));
  await s3?.stop();
});

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A stream of `chunks` random chunks of `chunkSize` bytes, made as it is read; its SHA-256 when done. */
function randomStream(chunks: number, chunkSize: number, failAfter?: number) {
  const hash = createHash('sha256');
  const stream = Readable.from((async function* () {
    for (let i = 0; i < chunks; i++) {
      if (failAfter !== undefined && i === failAfter) throw Object.assign(new Error('the client went away'), { code: 'ECONNRESET' });
      const chunk = randomBytes(chunkSize);
      hash.update(chunk);
      yield chunk;
    }
  })(), { objectMode: false });
  return { stream, digest: () => hash.digest('hex') };
}

async function read(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function keys(store: Storage, prefix: string): Promise<string[]> {
  const found: string[] = [];
  for await (const object of store.list(prefix)) found.push(object.key);
  return found.sort();
}

/**
 * The drivers, and whether their store keeps the bytes of a request cut short: s3rver does (it
 * writes as it receives), S3 and MinIO never do (a PUT is atomic: IncompleteBody, nothing kept).
 */
const drivers: [string, () => Promise<Storage>, { keepsCutBodies: boolean }][] = [
  ['local disk', async () => new LocalStorage(await mkdtemp(path.join(os.tmpdir(), 'fr-storage-contract-'))), { keepsCutBodies: false }],
  ['S3 (s3rver)', async () => new S3Storage(s3.config()), { keepsCutBodies: true }],
];

describe.each(drivers)('the storage contract on %s', (_name, make, { keepsCutBodies }) => {
  let store: Storage;
  beforeAll(async () => {
    store = await make();
  });
  beforeEach(() => {
    linkStore = store;
  });

  test('a buffer is stored, read back, stat-ed and replaced whole', async () => {
    const bytes = randomBytes(3000);
    expect(await store.put('files/t/u/one', bytes)).toEqual({ size: 3000 });
    const object = await store.open('files/t/u/one');
    expect(object?.size).toBe(3000);
    expect((await read(object!.stream)).equals(bytes)).toBe(true);
    const info = await store.stat('files/t/u/one');
    expect(info).toMatchObject({ key: 'files/t/u/one', size: 3000 });
    expect(Math.abs(info!.modifiedAt.getTime() - Date.now())).toBeLessThan(5 * 60_000);
    const other = randomBytes(10);
    await store.put('files/t/u/one', other);
    expect((await read((await store.open('files/t/u/one'))!.stream)).equals(other)).toBe(true);
    // Empty objects are objects too.
    expect(await store.put('files/t/u/empty', Buffer.alloc(0))).toEqual({ size: 0 });
    expect(await store.stat('files/t/u/empty')).toMatchObject({ size: 0 });
  });

  test('a large stream is stored without knowing its length, in several multipart parts on S3, and read back as a stream', async () => {
    // 20 MiB in 1 MiB chunks: more than two of the S3 driver's 8 MiB parts.
    const source = randomStream(20, 1024 * 1024);
    expect(await store.put('files/t/u/large', source.stream)).toEqual({ size: 20 * 1024 * 1024 });
    const object = await store.open('files/t/u/large');
    expect(object?.size).toBe(20 * 1024 * 1024);
    const hash = createHash('sha256');
    let chunks = 0;
    for await (const chunk of object!.stream) {
      hash.update(chunk as Buffer);
      chunks++;
    }
    expect(hash.digest('hex')).toBe(source.digest());
    expect(chunks).toBeGreaterThan(1);
    // A byte range of it: those bytes, and the whole object's size.
    const whole = await read((await store.open('files/t/u/large'))!.stream);
    const range = await store.open('files/t/u/large', { start: 9 * 1024 * 1024 - 3, end: 9 * 1024 * 1024 + 4 });
    expect(range?.size).toBe(20 * 1024 * 1024);
    expect((await read(range!.stream)).equals(whole.subarray(9 * 1024 * 1024 - 3, 9 * 1024 * 1024 + 5))).toBe(true);
  });

  test('a stream that fails leaves no object (nor a replaced one broken) and rejects with its own error', async () => {
    const before = randomBytes(100);
    await store.put('files/t/u/kept', before);
    // Fails early (one small request on S3) and late (after a multipart upload began).
    for (const [chunks, failAfter] of [[3, 1], [12, 10]]) {
      const failing = randomStream(chunks, 1024 * 1024, failAfter);
      await expect(store.put('files/t/u/broken', failing.stream)).rejects.toMatchObject({ code: 'ECONNRESET', message: 'the client went away' });
      expect(await store.stat('files/t/u/broken')).toBeNull();
      await expect(store.put('files/t/u/kept', randomStream(chunks, 1024 * 1024, failAfter).stream)).rejects.toMatchObject({ code: 'ECONNRESET' });
    }
    expect((await read((await store.open('files/t/u/kept'))!.stream)).equals(before)).toBe(true);
    expect(await keys(store, 'files/t/u')).not.toContain('files/t/u/broken');
  });

  test('with its size given, a stream is stored (in one streamed request on S3); another length fails at once and stores nothing', async () => {
    const source = randomStream(3, 1024 * 1024);
    expect(await store.put('uploads/sized/1', source.stream, { size: 3 * 1024 * 1024 })).toEqual({ size: 3 * 1024 * 1024 });
    const hash = createHash('sha256');
    for await (const chunk of (await store.open('uploads/sized/1'))!.stream) hash.update(chunk as Buffer);
    expect(hash.digest('hex')).toBe(source.digest());
    // Shorter, longer, failing mid-way: refused without waiting for a timeout, nothing kept.
    await expect(store.put('uploads/sized/short', randomStream(2, 1024 * 1024).stream, { size: 3 * 1024 * 1024 })).rejects.toBeInstanceOf(SizeMismatchError);
    await expect(store.put('uploads/sized/long', randomStream(4, 1024 * 1024).stream, { size: 3 * 1024 * 1024 })).rejects.toMatchObject({ name: 'SizeMismatchError', expected: 3 * 1024 * 1024 });
    await expect(store.put('uploads/sized/cut', randomStream(3, 1024 * 1024, 2).stream, { size: 3 * 1024 * 1024 })).rejects.toMatchObject({ code: 'ECONNRESET' });
    await expect(store.put('uploads/sized/buffer', randomBytes(10), { size: 11 })).rejects.toBeInstanceOf(SizeMismatchError);
    if (!keepsCutBodies) expect(await keys(store, 'uploads/sized')).toEqual(['uploads/sized/1']);
    // Whatever the store kept of a cut request, it never has the declared size.
    for (const key of ['short', 'long', 'cut', 'buffer']) expect((await store.stat(`uploads/sized/${key}`))?.size ?? 0).toBeLessThan(3 * 1024 * 1024);
  });

  test('what is not there: open and stat are null, deletes are fine (twice too)', async () => {
    expect(await store.open('files/t/none')).toBeNull();
    expect(await store.stat('files/t/none')).toBeNull();
    await store.delete('files/t/none');
    await store.put('files/t/gone', randomBytes(5));
    await store.delete('files/t/gone');
    await store.delete('files/t/gone');
    expect(await store.stat('files/t/gone')).toBeNull();
    await store.deletePrefix('uploads/never-was');
  });

  test('list and deletePrefix see keys under `prefix/` only, never a sibling that merely starts alike', async () => {
    for (const key of ['uploads/s1/1.a', 'uploads/s1/2.b', 'uploads/s1/deep/3.c', 'uploads/s10/1.a', 'uploads/s1.x']) await store.put(key, randomBytes(7));
    expect(await keys(store, 'uploads/s1')).toEqual(['uploads/s1/1.a', 'uploads/s1/2.b', 'uploads/s1/deep/3.c']);
    const listed = [];
    for await (const object of store.list('uploads/s1')) listed.push(object);
    expect(listed.every((o) => o.size === 7 && Number.isFinite(o.modifiedAt.getTime()))).toBe(true);
    await store.deletePrefix('uploads/s1');
    await store.deletePrefix('uploads/s1');
    expect(await keys(store, 'uploads/s1')).toEqual([]);
    expect(await keys(store, 'uploads/s10')).toEqual(['uploads/s10/1.a']);
    expect(await store.stat('uploads/s1.x')).not.toBeNull();
    expect(await keys(store, 'nothing-here')).toEqual([]);
  });

  test('keys outside the narrow alphabet, or that would climb out, are refused before any I/O', async () => {
    for (const key of ['../etc/passwd', '/abs', 'a//b', 'a/./b', 'a/../b', 'space here', 'ünïcode', '']) {
      await expect(store.put(key, randomBytes(1))).rejects.toThrow(/bad storage key/);
      await expect(store.open(key)).rejects.toThrow(/bad storage key/);
      await expect(store.delete(key)).rejects.toThrow(/bad storage key/);
      await expect(store.signedUrl(key, { expiresInSeconds: 60 })).rejects.toThrow(/bad storage key/);
    }
  });

  test('a signed link downloads the object with its name and type; an expired one does not', async () => {
    const bytes = randomBytes(1500);
    await store.put('files/t/u/linked', bytes);
    const link = await store.signedUrl('files/t/u/linked', { expiresInSeconds: 60, fileName: 'Mon fichier "final".png', contentType: 'image/png' });
    expect(link.expiresAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
    const response = await fetch(link.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-disposition')).toContain("filename*=UTF-8''Mon%20fichier%20%22final%22.png");
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
    const expired = await store.signedUrl('files/t/u/linked', { expiresInSeconds: -1, fileName: 'x.png', contentType: 'image/png' });
    expect(expired.expiresAt.getTime()).toBeLessThanOrEqual(Date.now());
    const refused = await fetch(expired.url);
    // 410 from our links, 403 (AccessDenied: Request has expired) from the store's.
    expect([403, 410]).toContain(refused.status);
    expect(Buffer.from(await refused.arrayBuffer()).includes(bytes.subarray(0, 64))).toBe(false);
  });
});

describe('S3 only', () => {
  test('the store failing is STORAGE_UNAVAILABLE with its reason, never a crash or a null', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadEndpoint = `http://127.0.0.1:${(closed.address() as { port: number }).port}`;
    await new Promise((resolve) => closed.close(resolve));
    const cases: [S3Storage, string][] = [
      [new S3Storage(s3.config({ endpoint: deadEndpoint })), 'unreachable'],
      [new S3Storage(s3.config({ credentials: { accessKeyId: 'NOT-A-KEY', secretAccessKey: 'x' } })), 'denied'],
      [new S3Storage(s3.config({ bucket: 'no-such-bucket' })), 'misconfigured'],
    ];
    for (const [store, reason] of cases) {
      const expected = { extensions: expect.objectContaining({ code: 'STORAGE_UNAVAILABLE', reason }) };
      await expect(store.put('files/x', randomBytes(10))).rejects.toMatchObject(expected);
      await expect(store.put('files/x', randomStream(1, 100).stream)).rejects.toMatchObject(expected);
      await expect(store.open('files/x')).rejects.toBeInstanceOf(StorageError);
      await expect(keys(store, 'files')).rejects.toMatchObject(expected);
      await expect(store.deletePrefix('files')).rejects.toMatchObject(expected);
      await expect(store.delete('files/x')).rejects.toMatchObject(expected);
    }
    // Only an unreachable store is worth trying again as it is.
    await expect(cases[0][0].stat('files/x')).rejects.toMatchObject({ extensions: expect.objectContaining({ retryable: true }) });
    await expect(cases[1][0].stat('files/x')).rejects.toMatchObject({ extensions: expect.objectContaining({ retryable: false }) });
  });

  test('a key prefix keeps environments apart in one bucket; list answers our own keys', async () => {
    const staging = new S3Storage(s3.config({ prefix: 'staging/' }));
    const plain = new S3Storage(s3.config());
    await staging.put('files/p/1', randomBytes(3));
    expect(await keys(staging, 'files/p')).toEqual(['files/p/1']);
    expect(await plain.stat('files/p/1')).toBeNull();
    expect(await plain.stat('staging/files/p/1')).toMatchObject({ size: 3 });
    await staging.deletePrefix('files/p');
    expect(await plain.stat('staging/files/p/1')).toBeNull();
  });

  test('S3_DOWNLOADS=proxy signs our own /v1/storage links, served from the bucket', async () => {
    const proxied = new S3Storage(s3.config({ downloads: 'proxy' }));
    linkStore = proxied;
    const bytes = randomBytes(200);
    await proxied.put('files/q/1', bytes);
    const link = await proxied.signedUrl('files/q/1', { expiresInSeconds: 60, fileName: 'q.pdf', contentType: 'application/pdf' });
    expect(link.url.startsWith(`${process.env.STORAGE_PUBLIC_URL}/v1/storage/files/q/1?`)).toBe(true);
    const response = await fetch(link.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
    // The bucket failing while serving one: 503 with the code, not a hang or a 500.
    linkStore = new S3Storage(s3.config({ credentials: { accessKeyId: 'NOT-A-KEY', secretAccessKey: 'x' }, downloads: 'proxy' }));
    const failing = await fetch(link.url);
    expect(failing.status).toBe(503);
    expect(await failing.json()).toMatchObject({ error: 'STORAGE_UNAVAILABLE' });
  });

  test('presigned links may name a public endpoint other than the one the server uses', async () => {
    const store = new S3Storage(s3.config({ publicEndpoint: 'https://files.example.test' }));
    const { url } = await store.signedUrl('files/r/1', { expiresInSeconds: 60 });
    expect(url.startsWith(`https://files.example.test/${s3.bucket}/files/r/1?`)).toBe(true);
    expect(url).toContain('X-Amz-Signature=');
  });

  test('storage() is local disk unless STORAGE_DRIVER=s3; the S3 SDK loads on first use', async () => {
    const local = createStorage(readStorageConfig({ STORAGE_DIR: '/tmp/x' }));
    expect(local).toBeInstanceOf(LocalStorage);
    expect([local.driver, local.bucket]).toEqual(['local', 'local']);
    const lazy = createStorage(readStorageConfig(s3.env()));
    expect([lazy.driver, lazy.bucket]).toEqual(['s3', s3.bucket]);
    await lazy.put('files/lazy/1', randomBytes(4));
    expect(await keys(lazy, 'files/lazy')).toEqual(['files/lazy/1']);
  });
});

describe('the storage environment', () => {
  test('S3 needs a bucket, keys go in pairs, and bad values are named', () => {
    expect(() => readStorageConfig({ STORAGE_DRIVER: 's3' })).toThrow(/S3_BUCKET: is required when STORAGE_DRIVER=s3/);
    expect(() => readStorageConfig({ STORAGE_DRIVER: 's3', S3_BUCKET: 'b-1', S3_ACCESS_KEY_ID: 'k' })).toThrow(/S3_SECRET_ACCESS_KEY/);
    expect(() => readStorageConfig({ STORAGE_DRIVER: 'ftp' })).toThrow(/STORAGE_DRIVER/);
    expect(() => readStorageConfig({ STORAGE_DRIVER: 's3', S3_BUCKET: 'Bad_Bucket' })).toThrow(/S3_BUCKET: must be an S3 bucket name/);
    expect(() => readStorageConfig({ STORAGE_DRIVER: 's3', S3_BUCKET: 'b-1', S3_ENDPOINT: 'not a url' })).toThrow(/S3_ENDPOINT/);
    expect(() => readStorageConfig({ STORAGE_DRIVER: 's3', S3_BUCKET: 'b-1', S3_PREFIX: 'no-slash' })).toThrow(/S3_PREFIX/);
  });

  test('defaults: AWS with virtual-hosted addressing; an endpoint of its own means path style', () => {
    expect(readStorageConfig({ STORAGE_DRIVER: 's3', S3_BUCKET: 'b-1' })).toEqual({
      driver: 's3',
      s3: { bucket: 'b-1', region: 'us-east-1', endpoint: undefined, publicEndpoint: undefined, forcePathStyle: false, credentials: undefined, prefix: '', downloads: 'presigned', checksums: 'when_required' },
    });
    expect(readStorageConfig({ STORAGE_DRIVER: 's3', S3_BUCKET: 'b-1', S3_ENDPOINT: 'http://minio:9000' })).toMatchObject({ s3: { forcePathStyle: true } });
    expect(readStorageConfig({ STORAGE_DRIVER: 's3', S3_BUCKET: 'b-1', S3_ENDPOINT: 'http://minio:9000', S3_FORCE_PATH_STYLE: 'false' })).toMatchObject({ s3: { forcePathStyle: false } });
    expect(readStorageConfig({})).toMatchObject({ driver: 'local' });
  });
});
