// Files from the studio SDK through a real router: the folder tree, files and the trash, the quota,
// and resumable uploads with the SDK's upload helper (GraphQL to open and complete, each part PUT
// to the router's /v1/uploads, progress, resume of the missing parts, abort). Every refusal has
// its code, and leaves no session, file row, stored object or quota charge behind.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { PNG } from 'pngjs';
import WebSocket from 'ws';
import { startStack, type Stack } from './kit/stack.ts';
import { DEFAULT_TENANT_ID } from '../subgraphs/kit/auth.ts';
import { storage } from '../subgraphs/kit/storage.ts';
import { createStudioSdk, operations, SdkError, UploadError, type StudioSdk, type UploadProgress } from '../clients/studio/sdk.ts';

let stack: Stack;
let routerOrigin: string;

interface Person { sdk: StudioSdk; id: string; puts: string[] }
const people: Person[] = [];

/**
 * A new user with an SDK whose fetch records every part PUT; `onPut` may stand in for the network:
 * throw (a lost connection), answer itself (a busy server), or change the bytes on the way.
 */
async function person(options: { onPut?: (url: string, body: Uint8Array) => Error | Response | Uint8Array | undefined } = {}): Promise<Person> {
  const puts: string[] = [];
  const fetching: typeof fetch = async (input, init) => {
    if (init?.method === 'PUT') {
      puts.push(String(input));
      const instead = options.onPut?.(String(input), init.body as Uint8Array);
      if (instead instanceof Error) throw instead;
      if (instead instanceof Response) return instead;
      if (instead) return fetch(input, { ...init, body: instead as Uint8Array<ArrayBuffer> });
    }
    return fetch(input, init);
  };
  const sdk = createStudioSdk({ url: stack.url, webSocketImpl: WebSocket, fetch: fetching });
  const { user } = await sdk.register({ email: `files-${randomUUID().slice(0, 8)}@flatrender.test`, password: 'Correct-Horse-Battery-9' });
  const made = { sdk, id: user!.id, puts };
  people.push(made);
  return made;
}

beforeAll(async () => {
  process.env.FILE_SECRET_KEY = 'test-file-secret-key';
  stack = await startStack({ owners: ['identity', 'file'] });
  routerOrigin = new URL(stack.url).origin;
});
afterAll(async () => {
  for (const p of people) await p.sdk.close();
  await stack?.stop();
});

/** A real PNG of noise (incompressible), about width × height × 4 bytes. */
function png(width = 40, height = 20): Uint8Array<ArrayBuffer> {
  const image = new PNG({ width, height });
  image.data = randomBytes(width * height * 4);
  return new Uint8Array(PNG.sync.write(image));
}
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Keys of the stored objects under a prefix (through the storage adapter, whatever it is). */
async function stored(prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const object of storage().list(prefix)) keys.push(object.key);
  return keys;
}
const partsOf = (sessionId: string) => stored(`uploads/${sessionId}`);
const objectsOf = (who: Person) => stored(`files/${DEFAULT_TENANT_ID}/${who.id}`);
const db = () => stack.db.admin;
/** What a user has in file_mgr: sessions by status, files, quota. */
async function holdings(who: Person) {
  const quota = await db().quota.findFirst({ where: { userId: who.id } });
  return {
    sessions: (await db().uploadSession.findMany({ where: { userId: who.id }, select: { status: true }, orderBy: { createdAt: 'asc' } })).map((s) => s.status),
    files: await db().file.count({ where: { userId: who.id } }),
    usedBytes: Number(quota?.usedBytes ?? 0),
    objects: (await objectsOf(who)).length,
  };
}
/** The SdkError (or UploadError) a call ends with. */
async function refusal(call: Promise<unknown>): Promise<SdkError> {
  const error = await call.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(SdkError);
  return error as SdkError;
}

describe('the folder tree', () => {
  test('create, nest, rename (paths follow), move; the tree lists folders and files', async () => {
    const { sdk } = await person();
    const footage = await sdk.createFolder('Footage');
    const raw = await sdk.createFolder('Raw', footage.id);
    const takes = await sdk.createFolder('Takes', raw.id);
    const archive = await sdk.createFolder('Archive');
    expect(takes.path).toBe('/Footage/Raw/Takes');

    expect((await sdk.renameFolder(footage.id, 'Video')).path).toBe('/Video');
    expect((await sdk.folder(takes.id))?.path).toBe('/Video/Raw/Takes');
    expect(await sdk.moveFolder(raw.id, archive.id)).toMatchObject({ path: '/Archive/Raw', parentId: archive.id });
    expect((await sdk.folder(takes.id))?.path).toBe('/Archive/Raw/Takes');

    const root = await sdk.folder();
    expect(root).toMatchObject({ id: 'root', path: '/', parentId: null });
    expect(root?.folders.map((f) => f.name)).toEqual(['Archive', 'Video']);
    expect((await sdk.folder(archive.id))?.folders.map((f) => [f.name, f.path])).toEqual([['Raw', '/Archive/Raw']]);
    // Back to the root.
    expect(await sdk.moveFolder(raw.id, null)).toMatchObject({ path: '/Raw', parentId: null });
  });

  test('a folder moved into itself or below itself is FOLDER_CYCLE; a taken name is CONFLICT; nothing moves', async () => {
    const who = await person();
    const top = await who.sdk.createFolder('Top');
    const middle = await who.sdk.createFolder('Middle', top.id);
    const bottom = await who.sdk.createFolder('Bottom', middle.id);
    await who.sdk.createFolder('Taken');
    const tree = () => db().folder.findMany({ where: { userId: who.id }, select: { id: true, parentId: true, path: true, name: true }, orderBy: { path: 'asc' } });
    const before = await tree();
    for (const [id, parent] of [[top.id, top.id], [top.id, bottom.id], [middle.id, bottom.id]]) {
      const error = await refusal(who.sdk.moveFolder(id, parent));
      expect(error.code).toBe('FOLDER_CYCLE');
    }
    expect((await refusal(who.sdk.renameFolder(top.id, 'Taken'))).code).toBe('CONFLICT');
    expect((await refusal(who.sdk.createFolder('Middle', top.id))).code).toBe('CONFLICT');
    expect((await refusal(who.sdk.createFolder('../escape'))).code).toBe('BAD_USER_INPUT');
    expect(await tree()).toEqual(before);
  });

  test('another user\'s folders and files are NOT_FOUND, and cannot be moved into', async () => {
    const owner = await person();
    const intruder = await person();
    const folder = await owner.sdk.createFolder('Private');
    const file = await owner.sdk.uploadFile(png(), { name: 'secret.png', mimeType: 'image/png', folderId: folder.id });
    expect((await refusal(intruder.sdk.folder(folder.id))).code).toBe('NOT_FOUND');
    expect((await refusal(intruder.sdk.renameFolder(folder.id, 'Mine'))).code).toBe('NOT_FOUND');
    expect((await refusal(intruder.sdk.createFolder('Inside', folder.id))).code).toBe('NOT_FOUND');
    expect((await refusal(intruder.sdk.deleteFile(file.id))).code).toBe('NOT_FOUND');
    expect((await refusal(intruder.sdk.fileDownloadUrl(file.id))).code).toBe('NOT_FOUND');
    const own = await intruder.sdk.createFolder('Own');
    expect((await refusal(intruder.sdk.moveFolder(own.id, folder.id))).code).toBe('NOT_FOUND');
    expect((await refusal(intruder.sdk.uploadFile(png(), { name: 'x.png', mimeType: 'image/png', folderId: folder.id }))).code).toBe('NOT_FOUND');
    expect(await holdings(intruder)).toEqual({ sessions: [], files: 0, usedBytes: 0, objects: 0 });
    expect((await owner.sdk.folder(folder.id))?.files.map((f) => f.id)).toEqual([file.id]);
  });
});

describe('uploading with the SDK', () => {
  test('bytes in, a file out: every part through the router\'s /v1/uploads, progress to the end, the same bytes back', async () => {
    const who = await person();
    const folder = await who.sdk.createFolder('Logos');
    const bytes = png(40, 20);
    const progress: UploadProgress[] = [];
    const file = await who.sdk.uploadFile(bytes, { name: 'logo.png', mimeType: 'image/png', folderId: folder.id, partSize: 1024, concurrency: 2, onProgress: (p) => progress.push(p) });
    const partCount = Math.ceil(bytes.length / 1024);
    expect(partCount).toBeGreaterThan(2);
    expect(file).toMatchObject({ name: 'logo.png', mimeType: 'image/png', sizeBytes: bytes.length, sha256: sha256(bytes), folderId: folder.id, status: 'Ready' });

    // Through the router, once per part.
    expect(who.puts).toHaveLength(partCount);
    for (const url of who.puts) expect(url).toMatch(new RegExp(`^${routerOrigin}/v1/uploads/[0-9a-f-]{36}/parts/\\d+$`));
    // Progress only grows, from nothing to everything.
    expect(progress[0]).toMatchObject({ uploadedBytes: 0, partsUploaded: 0, partCount, totalBytes: bytes.length });
    expect(progress.at(-1)).toMatchObject({ uploadedBytes: bytes.length, partsUploaded: partCount });
    expect(progress.map((p) => p.uploadedBytes)).toEqual([...progress.map((p) => p.uploadedBytes)].sort((a, b) => a - b));

    expect((await who.sdk.folder(folder.id))?.files.map((f) => [f.id, f.name])).toEqual([[file.id, 'logo.png']]);
    expect(await who.sdk.quota()).toMatchObject({ usedBytes: bytes.length, fileCount: 1 });
    const link = await who.sdk.fileDownloadUrl(file.id);
    expect(link.url.startsWith(`${routerOrigin}/v1/storage/`)).toBe(true);
    const download = await fetch(link.url);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
    expect(await holdings(who)).toMatchObject({ sessions: ['Completed'], files: 1, usedBytes: bytes.length, objects: 1 });
  });

  test('a File (name and type from it) or a Blob, in one part with the server\'s part size', async () => {
    const who = await person();
    const bytes = png(16, 16);
    const file = await who.sdk.uploadFile(new File([bytes], 'avatar.png', { type: 'image/png' }));
    expect(file).toMatchObject({ name: 'avatar.png', mimeType: 'image/png', sizeBytes: bytes.length });
    const blob = await who.sdk.uploadFile(new Blob([bytes], { type: 'image/png' }), { name: 'blob.png' });
    expect(blob.sha256).toBe(sha256(bytes));
    expect(who.puts).toHaveLength(2);
    const nameless = await refusal(who.sdk.uploadFile(new Blob([bytes], { type: 'image/png' })));
    expect(nameless.code).toBe('BAD_USER_INPUT');
  });

  test('a connection lost part-way: UploadError with the session; resume sends only the missing parts and completes', async () => {
    const bytes = png(40, 20);
    let broken = true;
    const who = await person({ onPut: (url) => (broken && url.endsWith('/parts/3') ? new TypeError('fetch failed') : undefined) });
    const error = await refusal(who.sdk.uploadFile(bytes, { name: 'flaky.png', mimeType: 'image/png', partSize: 1024, concurrency: 1, retries: 1 }));
    expect(error).toBeInstanceOf(UploadError);
    expect(error.code).toBe('NETWORK_ERROR');
    const sessionId = (error as UploadError).sessionId!;
    // Part 3 was tried twice (one retry), and the other workers stopped taking parts.
    expect(who.puts.filter((u) => u.endsWith('/parts/3'))).toHaveLength(2);
    const status = await who.sdk.uploadStatus(sessionId);
    expect(status.status).toBe('Uploading');
    expect(status.missingParts).toContain(3);
    expect(await holdings(who)).toMatchObject({ files: 0, usedBytes: 0 });

    broken = false;
    who.puts.length = 0;
    const progress: UploadProgress[] = [];
    const file = await who.sdk.resumeUpload(sessionId, bytes, { onProgress: (p) => progress.push(p) });
    expect(file).toMatchObject({ name: 'flaky.png', sizeBytes: bytes.length, sha256: sha256(bytes) });
    expect(who.puts.map((u) => Number(u.split('/').at(-1))).sort((a, b) => a - b)).toEqual(status.missingParts);
    expect(progress[0].partsUploaded).toBe(status.partCount - status.missingParts.length);
    // Resuming a completed upload answers its file, sending nothing.
    who.puts.length = 0;
    expect((await who.sdk.resumeUpload(sessionId, bytes)).id).toBe(file.id);
    expect(who.puts).toEqual([]);
    expect(await partsOf(sessionId)).toEqual([]);
  });

  test('a busy server (503, 502) is tried again; the file is whole', async () => {
    let busy = 0;
    const who = await person({
      onPut: (url) => (url.endsWith('/parts/2') && busy++ < 2 ? new Response(JSON.stringify({ error: 'STORAGE_UNAVAILABLE', message: 'try later' }), { status: busy === 1 ? 503 : 502 }) : undefined),
    });
    const bytes = png(40, 20);
    const file = await who.sdk.uploadFile(bytes, { name: 'busy.png', mimeType: 'image/png', partSize: 1024 });
    expect(file.sha256).toBe(sha256(bytes));
    expect(who.puts.filter((u) => u.endsWith('/parts/2'))).toHaveLength(3);
  });

  test('a part damaged on the way (the server\'s receipt differs) aborts the upload: no parts, no file', async () => {
    const who = await person({
      onPut: (url, body) => {
        if (!url.endsWith('/parts/1')) return undefined;
        const damaged = body.slice();
        damaged[damaged.length - 1] ^= 0xff;
        return damaged;
      },
    });
    const error = await refusal(who.sdk.uploadFile(png(40, 20), { name: 'damaged.png', mimeType: 'image/png', partSize: 1024, concurrency: 1 }));
    expect([error.code, error.extensions.partNumber]).toEqual(['CHECKSUM_MISMATCH', 1]);
    const sessionId = (error as UploadError).sessionId!;
    expect(await partsOf(sessionId)).toEqual([]);
    expect(await holdings(who)).toEqual({ sessions: ['Aborted'], files: 0, usedBytes: 0, objects: 0 });
  });

  test('resuming with another file is PART_CONFLICT before anything is sent; stopping (AbortSignal) keeps the session to resume or abort', async () => {
    const who = await person();
    const bytes = png(40, 20);
    const controller = new AbortController();
    const stopped = await refusal(who.sdk.uploadFile(bytes, {
      name: 'stop.png', mimeType: 'image/png', partSize: 1024, concurrency: 1,
      onProgress: (p) => { if (p.partsUploaded === 2) controller.abort(); },
      signal: controller.signal,
    }));
    expect(stopped.code).toBe('ABORTED');
    const sessionId = (stopped as UploadError).sessionId!;
    expect((await who.sdk.uploadStatus(sessionId)).partsReceived.map((p) => p.number)).toEqual([1, 2]);

    who.puts.length = 0;
    // Same size, one byte of part 2 changed: not the file the upload began with.
    const other = bytes.slice();
    other[1500] ^= 0xff;
    const conflict = await refusal(who.sdk.resumeUpload(sessionId, other));
    expect([conflict.code, conflict.extensions.partNumber]).toEqual(['PART_CONFLICT', 2]);
    expect(who.puts).toEqual([]);
    expect((await refusal(who.sdk.resumeUpload(sessionId, bytes.subarray(1)))).code).toBe('BAD_USER_INPUT');

    expect(await who.sdk.abortUpload(sessionId)).toMatchObject({ status: 'Aborted', uploadUrl: null });
    expect(await partsOf(sessionId)).toEqual([]);
    expect((await refusal(who.sdk.resumeUpload(sessionId, bytes))).code).toBe('UPLOAD_CLOSED');
    expect((await who.sdk.abortUpload(sessionId)).status).toBe('Aborted');
    expect(await holdings(who)).toEqual({ sessions: ['Aborted'], files: 0, usedBytes: 0, objects: 0 });
  });
});

describe('uploads refused', () => {
  test('a type that is not allowed is UNSUPPORTED_FILE_TYPE at once: no session, nothing sent', async () => {
    const who = await person();
    for (const mimeType of ['text/html', 'image/svg+xml', 'application/x-msdownload']) {
      const error = await refusal(who.sdk.uploadFile(new TextEncoder().encode('<svg onload="alert(1)"/>'), { name: 'x.svg', mimeType }));
      expect(error.code).toBe('UNSUPPORTED_FILE_TYPE');
    }
    expect(who.puts).toEqual([]);
    expect(await holdings(who)).toEqual({ sessions: [], files: 0, usedBytes: 0, objects: 0 });
  });

  test('bytes that are not what they claim are UNSUPPORTED_FILE_TYPE at completion: the session ends, its parts go', async () => {
    const who = await person();
    const text = new TextEncoder().encode('just some text pretending to be an image '.repeat(60));
    const error = await refusal(who.sdk.uploadFile(text, { name: 'fake.png', mimeType: 'image/png', partSize: 1024 }));
    expect(error.code).toBe('UNSUPPORTED_FILE_TYPE');
    const sessionId = (error as UploadError).sessionId!;
    expect(who.puts.length).toBeGreaterThan(1);
    expect(await partsOf(sessionId)).toEqual([]);
    expect(await holdings(who)).toMatchObject({ files: 0, usedBytes: 0, objects: 0 });
    expect((await who.sdk.uploadStatus(sessionId)).uploadUrl).toBeNull();
  });

  test('a whole-file checksum that does not match is CHECKSUM_MISMATCH: no file, no parts', async () => {
    const who = await person();
    const error = await refusal(who.sdk.uploadFile(png(), { name: 'sum.png', partSize: 1024, sha256: 'ab'.repeat(32), mimeType: 'image/png' }));
    expect(error.code).toBe('CHECKSUM_MISMATCH');
    expect(await partsOf((error as UploadError).sessionId!)).toEqual([]);
    expect(await holdings(who)).toMatchObject({ files: 0, usedBytes: 0, objects: 0 });
    // A malformed checksum is refused before a session opens.
    expect((await refusal(who.sdk.uploadFile(png(), { name: 'sum.png', sha256: 'not-hex', mimeType: 'image/png' }))).code).toBe('BAD_USER_INPUT');
  });

  test('over the quota is QUOTA_EXCEEDED: nothing stored; open uploads count against it', async () => {
    const who = await person();
    const bytes = png(40, 20);
    // Room for one copy of `bytes`, not two.
    const limit = bytes.length * 2 - 10;
    await db().quota.create({ data: { tenantId: DEFAULT_TENANT_ID, userId: who.id, quotaBytes: limit } });
    expect(await who.sdk.quota()).toMatchObject({ limitBytes: limit, usedBytes: 0 });
    const big = await refusal(who.sdk.uploadFile(png(60, 40), { name: 'big.png', mimeType: 'image/png' }));
    expect(big.code).toBe('QUOTA_EXCEEDED');
    expect(who.puts).toEqual([]);
    expect(await holdings(who)).toEqual({ sessions: [], files: 0, usedBytes: 0, objects: 0 });

    // An open upload reserves its size: a second one that would not fit beside it is refused.
    const open = (await who.sdk.mutate(operations.InitUploadDocument, { input: { name: 'one.png', mimeType: 'image/png', sizeBytes: bytes.length, partSize: 1024 } })).initUpload;
    expect((await refusal(who.sdk.uploadFile(bytes, { name: 'two.png', mimeType: 'image/png' }))).code).toBe('QUOTA_EXCEEDED');
    await who.sdk.abortUpload(open.id);
    const first = await who.sdk.uploadFile(bytes, { name: 'fits.png', mimeType: 'image/png' });
    expect(await who.sdk.quota()).toMatchObject({ usedBytes: bytes.length, fileCount: 1 });
    expect((await refusal(who.sdk.uploadFile(bytes, { name: 'no-room.png', mimeType: 'image/png' }))).code).toBe('QUOTA_EXCEEDED');
    expect(await holdings(who)).toEqual({ sessions: ['Aborted', 'Completed'], files: 1, usedBytes: bytes.length, objects: 1 });

    // The trash gives the bytes back; restoring a file that no longer fits is QUOTA_EXCEEDED.
    await who.sdk.deleteFile(first.id);
    const second = await who.sdk.uploadFile(bytes, { name: 'second.png', mimeType: 'image/png' });
    expect((await refusal(who.sdk.restoreFile(first.id))).code).toBe('QUOTA_EXCEEDED');
    expect((await who.sdk.trashedFiles()).map((f) => f.id)).toEqual([first.id]);
    expect(await who.sdk.quota()).toMatchObject({ usedBytes: second.sizeBytes, fileCount: 1 });
  });

  test('parts by hand: out of range, the wrong size, the same part with other bytes (PART_CONFLICT), completing early (UPLOAD_INCOMPLETE)', async () => {
    const who = await person();
    const bytes = png(40, 20);
    const { initUpload: session } = await who.sdk.mutate(operations.InitUploadDocument, { input: { name: 'manual.png', mimeType: 'image/png', sizeBytes: bytes.length, partSize: 1024, sha256: sha256(bytes) } });
    expect(session.uploadUrl).toBe(`${routerOrigin}/v1/uploads/${session.id}`);
    const part = (n: number) => bytes.subarray((n - 1) * 1024, n * 1024);
    for (const n of [0, session.partCount + 1, 100000]) {
      const error = await refusal(who.sdk.uploadPart(session, n, part(1)));
      expect([error.code, (error as UploadError).sessionId]).toEqual(['PART_OUT_OF_RANGE', session.id]);
    }
    expect((await refusal(who.sdk.uploadPart(session, 1, part(1).subarray(0, 1000)))).code).toBe('PART_SIZE_MISMATCH');
    expect(await who.sdk.uploadPart(session, 1, part(1))).toMatchObject({ partNumber: 1, duplicate: false, sha256: sha256(part(1)) });
    expect(await who.sdk.uploadPart(session, 1, part(1))).toMatchObject({ partNumber: 1, duplicate: true });
    const conflict = await refusal(who.sdk.uploadPart(session, 1, randomBytes(1024)));
    expect(conflict.code).toBe('PART_CONFLICT');
    expect(await partsOf(session.id)).toHaveLength(1);
    expect((await refusal(who.sdk.uploadPart({ ...session, uploadToken: 'fru_not-the-token' }, 2, part(2)))).code).toBe('NOT_FOUND');

    const early = await refusal(who.sdk.mutate(operations.CompleteUploadDocument, { sessionId: session.id }));
    expect(early.code).toBe('UPLOAD_INCOMPLETE');
    expect(early.extensions.missingParts).toEqual(Array.from({ length: session.partCount - 1 }, (_, i) => i + 2));
    expect(await holdings(who)).toMatchObject({ files: 0, usedBytes: 0, objects: 0 });
    // The helper finishes it from where it stands.
    expect((await who.sdk.resumeUpload(session.id, bytes)).sha256).toBe(sha256(bytes));
  });

  test('a browser on an allowed origin may PUT parts: the preflight answers PUT and the headers the helper sends', async () => {
    const preflight = await fetch(`${routerOrigin}/v1/uploads/${randomUUID()}/parts/1`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization, content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
    expect(preflight.headers.get('access-control-allow-headers')).toEqual(expect.stringContaining('authorization'));
  });
});

describe('files and the trash', () => {
  test('rename, move, trash (bytes back), restore, delete a folder with its files', async () => {
    const who = await person();
    const docs = await who.sdk.createFolder('Docs');
    const a = await who.sdk.uploadFile(png(), { name: 'a.png', mimeType: 'image/png' });
    const b = await who.sdk.uploadFile(png(), { name: 'b.png', mimeType: 'image/png', folderId: docs.id });
    expect((await who.sdk.renameFile(a.id, 'renamed.png')).name).toBe('renamed.png');
    expect((await refusal(who.sdk.renameFile(a.id, 'a/b.png'))).code).toBe('BAD_USER_INPUT');
    expect((await who.sdk.moveFile(a.id, docs.id)).folderId).toBe(docs.id);
    expect((await who.sdk.folder(docs.id))?.files.map((f) => f.name)).toEqual(['b.png', 'renamed.png']);
    expect((await who.sdk.folder())?.files).toEqual([]);

    expect((await who.sdk.deleteFile(b.id)).deletedAt).toBeTruthy();
    expect(await who.sdk.quota()).toMatchObject({ usedBytes: a.sizeBytes, fileCount: 1 });
    expect((await who.sdk.trashedFiles()).map((f) => f.id)).toEqual([b.id]);
    expect((await refusal(who.sdk.fileDownloadUrl(b.id))).code).toBe('NOT_FOUND');
    expect((await who.sdk.restoreFile(b.id)).deletedAt).toBeNull();
    expect(await who.sdk.quota()).toMatchObject({ usedBytes: a.sizeBytes + b.sizeBytes, fileCount: 2 });

    expect(await who.sdk.deleteFolder(docs.id)).toBe(2);
    expect(await who.sdk.quota()).toMatchObject({ usedBytes: 0, fileCount: 0 });
    expect((await refusal(who.sdk.folder(docs.id))).code).toBe('NOT_FOUND');
    expect((await who.sdk.trashedFiles()).map((f) => f.id).sort()).toEqual([a.id, b.id].sort());
  });
});
