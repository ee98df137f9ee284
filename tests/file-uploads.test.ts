// The file subgraph over real HTTP on loopback: folders, files and quotas through GraphQL, and
// resumable multipart uploads whose parts go to PUT /v1/uploads/<id>/parts/<n>. Every bad input
// gets its code, and leaves no file row, no stored object and no quota charge behind.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import pg from 'pg';
import { startStack, type Stack } from './kit/stack.ts';
import { errorCodes, execute, expectNoErrors } from './kit/client.ts';
import { DEFAULT_TENANT_ID, TokenSigner } from '../subgraphs/kit/auth.ts';
import { storage } from '../subgraphs/kit/storage.ts';
import { runDueSchedules } from '../subgraphs/file/cleanup/schedules.ts';
import { fileForwarder } from '../router/uploads.ts';

let stack: Stack;
let url: string;
let admin: pg.Client;
let signer: TokenSigner;

interface User { id: string; token: string }
let alice: User;
let bob: User;

const OTHER_TENANT = '00000000-0000-4000-8000-00000000aaaa';

async function newUser(tenantId = DEFAULT_TENANT_ID): Promise<User> {
  const id = randomUUID();
  return { id, token: await signer.sign({ kind: 'user', userId: id, tenantId, role: 'User', sessionId: randomUUID() }) };
}

beforeAll(async () => {
  process.env.FILE_SECRET_KEY = 'test-file-secret-key';
  stack = await startStack({ owners: ['file'], router: false });
  url = stack.subgraphs.file!.url;
  // Upload links point at the subgraph itself here (through the router in production).
  process.env.FILE_PUBLIC_URL = new URL(url).origin;
  process.env.STORAGE_PUBLIC_URL = new URL(url).origin;
  admin = new pg.Client({ connectionString: stack.db.adminUrl });
  await admin.connect();
  signer = await TokenSigner.fromPem(stack.jwt.privateKey);
  alice = await newUser();
  bob = await newUser();
});
afterAll(async () => {
  await admin?.end();
  await stack?.stop();
});

const gql = async <T = any>(user: User, document: string, variables: Record<string, unknown> = {}) => execute<T>(url, { document, variables, token: user.token });
const ok = async <T = any>(user: User, document: string, variables: Record<string, unknown> = {}) => expectNoErrors(await gql<T>(user, document, variables));

/**
 * What sniffing reads of a PNG (file-type checks its structure, not only the magic bytes): the
 * signature, a 16×16 RGBA IHDR chunk, and the header of the first IDAT chunk.
 */
const PNG = Buffer.from('89504e470d0a1a0a' + '0000000d49484452' + '00000010000000100806000000' + '00000000' + '0000040049444154', 'hex');
/** A "PNG" (right head, random rest) of `size` bytes. */
const png = (size: number) => Buffer.concat([PNG, randomBytes(size - PNG.length)]);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const SESSION = 'id status partSize partCount sizeBytes missingParts uploadUrl uploadToken expiresAt partsReceived { number sizeBytes sha256 } file { id name sizeBytes mimeType }';
const INIT = `mutation($input: InitUploadInput!) { initUpload(input: $input) { ${SESSION} } }`;
const COMPLETE = 'mutation($id: ID!) { completeUpload(sessionId: $id) { id name sizeBytes mimeType sha256 folderId } }';
const STATUS = `query($id: ID!) { uploadStatus(sessionId: $id) { ${SESSION} } }`;
const ABORT = 'mutation($id: ID!) { abortUpload(sessionId: $id) { id status uploadUrl } }';

interface Session { id: string; uploadUrl: string; uploadToken: string; partSize: number; partCount: number; missingParts: number[]; status: string }

async function init(user: User, input: Record<string, unknown>): Promise<Session> {
  return (await ok<{ initUpload: Session }>(user, INIT, { input: { partSize: 1024, mimeType: 'image/png', ...input } })).initUpload;
}

async function putPart(session: Session, n: number | string, body: Buffer, token = session.uploadToken) {
  const response = await fetch(`${session.uploadUrl}/parts/${n}`, { method: 'PUT', body: new Uint8Array(body), headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' } });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

const slice = (bytes: Buffer, session: Session, n: number) => bytes.subarray((n - 1) * session.partSize, n * session.partSize);

async function uploadAll(user: User, bytes: Buffer, input: Record<string, unknown> = {}) {
  const session = await init(user, { name: 'picture.png', sizeBytes: bytes.length, ...input });
  for (let n = 1; n <= session.partCount; n++) expect((await putPart(session, n, slice(bytes, session, n))).status).toBe(200);
  return session;
}

const storageDir = () => process.env.STORAGE_DIR!;
const partFiles = (sessionId: string) => (existsSync(path.join(storageDir(), 'uploads', sessionId)) ? readdirSync(path.join(storageDir(), 'uploads', sessionId)) : []);
const quotaOf = async (user: User) => (await admin.query('SELECT quota_bytes, used_bytes, file_count FROM file_mgr.quotas WHERE user_id = $1', [user.id])).rows[0];
const fileRows = async (user: User) => (await admin.query('SELECT id, name, size_bytes, storage_key, deleted_at FROM file_mgr.files WHERE user_id = $1 ORDER BY created_at', [user.id])).rows;
const setQuota = (user: User, bytes: number) => admin.query(`INSERT INTO file_mgr.quotas (tenant_id, user_id, quota_bytes) VALUES ($1, $2, $3)
  ON CONFLICT ON CONSTRAINT quotas_tenant_id_user_id_key DO UPDATE SET quota_bytes = $3`, [DEFAULT_TENANT_ID, user.id, bytes]);
/** Objects stored for a user's files. */
const storedFiles = (user: User) => {
  const dir = path.join(storageDir(), 'files', DEFAULT_TENANT_ID, user.id);
  return existsSync(dir) ? readdirSync(dir).filter((name) => !name.endsWith('.tmp')) : [];
};

describe('a resumable upload', () => {
  test('three parts sent out of order, then completed, download as the same bytes', async () => {
    const user = await newUser();
    const folder = (await ok(user, 'mutation { createFolder(name: "Footage") { id path } }')).createFolder;
    const bytes = png(2500);
    const session = await init(user, { folderId: folder.id, name: 'logo.png', sizeBytes: bytes.length, sha256: sha256(bytes) });
    expect(session).toMatchObject({ status: 'Pending', partSize: 1024, partCount: 3, missingParts: [1, 2, 3] });
    expect(session.uploadUrl).toBe(`${process.env.FILE_PUBLIC_URL}/v1/uploads/${session.id}`);
    for (const n of [3, 1, 2]) {
      const put = await putPart(session, n, slice(bytes, session, n));
      expect(put).toMatchObject({ status: 200, body: { partNumber: n, duplicate: false, sha256: sha256(slice(bytes, session, n)) } });
    }
    const file = (await ok(user, COMPLETE, { id: session.id })).completeUpload;
    expect(file).toMatchObject({ name: 'logo.png', sizeBytes: 2500, mimeType: 'image/png', sha256: sha256(bytes), folderId: folder.id });

    const link = (await ok(user, 'query($id: ID!) { fileDownloadUrl(id: $id) { url expiresAt } }', { id: file.id })).fileDownloadUrl;
    const download = await fetch(link.url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(download.headers.get('content-disposition')).toContain('logo.png');
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);

    expect(await quotaOf(user)).toMatchObject({ used_bytes: '2500', file_count: 1 });
    expect(partFiles(session.id)).toEqual([]);
    const [row] = await fileRows(user);
    // Stored under ids, never under the name.
    expect(row.storage_key).toBe(`files/${DEFAULT_TENANT_ID}/${user.id}/${file.id}`);
    const listed = (await ok(user, 'query($id: ID) { folder(id: $id) { path files { id } } }', { id: folder.id })).folder;
    expect(listed).toEqual({ path: '/Footage', files: [{ id: file.id }] });
    // Completing again is the same file, charged once.
    expect((await ok(user, COMPLETE, { id: session.id })).completeUpload.id).toBe(file.id);
    expect(await quotaOf(user)).toMatchObject({ used_bytes: '2500', file_count: 1 });
    const done = (await ok(user, STATUS, { id: session.id })).uploadStatus;
    expect(done).toMatchObject({ status: 'Completed', uploadUrl: null, uploadToken: null, file: { id: file.id } });
  });

  test('resumes: uploadStatus lists the parts that arrived, completing early is UPLOAD_INCOMPLETE', async () => {
    const bytes = png(3000);
    const session = await init(alice, { name: 'resume.png', sizeBytes: bytes.length });
    await putPart(session, 1, slice(bytes, session, 1));
    await putPart(session, 3, slice(bytes, session, 3));
    const status = (await ok(alice, STATUS, { id: session.id })).uploadStatus;
    expect(status).toMatchObject({ status: 'Uploading', missingParts: [2], uploadToken: session.uploadToken });
    expect(status.partsReceived.map((p: { number: number; sizeBytes: number }) => [p.number, p.sizeBytes])).toEqual([[1, 1024], [3, 952]]);
    const early = await gql(alice, COMPLETE, { id: session.id });
    expect(errorCodes(early)).toEqual(['UPLOAD_INCOMPLETE']);
    expect(early.errors![0].extensions!.missingParts).toEqual([2]);
    expect(await fileRows(alice)).toEqual([]);
    expect((await putPart(session, 2, slice(bytes, session, 2))).status).toBe(200);
    expect((await ok(alice, COMPLETE, { id: session.id })).completeUpload.sizeBytes).toBe(3000);
  });

  test('a part sent twice: the same bytes are fine, other bytes are PART_CONFLICT', async () => {
    const bytes = png(2048);
    const session = await init(bob, { name: 'twice.png', sizeBytes: bytes.length });
    expect((await putPart(session, 1, slice(bytes, session, 1))).body.duplicate).toBe(false);
    expect(await putPart(session, 1, slice(bytes, session, 1))).toMatchObject({ status: 200, body: { duplicate: true, partsReceived: 1 } });
    const other = await putPart(session, 1, randomBytes(1024));
    expect(other).toMatchObject({ status: 409, body: { error: 'PART_CONFLICT' } });
    // One stored part: the repeat and the conflicting copy were not kept.
    expect(partFiles(session.id)).toHaveLength(1);
    expect((await ok(bob, STATUS, { id: session.id })).uploadStatus.partsReceived).toHaveLength(1);
    await ok(bob, ABORT, { id: session.id });
  });

  test('part numbers outside the session and parts of the wrong size are refused, nothing kept', async () => {
    const bytes = png(2500);
    const session = await init(bob, { name: 'sizes.png', sizeBytes: bytes.length });
    for (const n of [0, 4, 99999]) expect(await putPart(session, n, Buffer.alloc(10))).toMatchObject({ status: 400, body: { error: 'PART_OUT_OF_RANGE' } });
    expect((await putPart(session, 'x1', Buffer.alloc(10))).body.error).toBe('PART_OUT_OF_RANGE');
    // A middle part shorter than the part size; the last part longer than what is left of the declared size.
    expect(await putPart(session, 2, Buffer.alloc(1000))).toMatchObject({ status: 400, body: { error: 'PART_SIZE_MISMATCH', expectedBytes: 1024 } });
    expect(await putPart(session, 3, Buffer.alloc(1024))).toMatchObject({ status: 400, body: { error: 'PART_SIZE_MISMATCH', expectedBytes: 452 } });
    expect(await putPart(session, 3, Buffer.alloc(0))).toMatchObject({ status: 400, body: { error: 'PART_SIZE_MISMATCH' } });
    expect(partFiles(session.id)).toEqual([]);
    expect((await ok(bob, STATUS, { id: session.id })).uploadStatus).toMatchObject({ status: 'Pending', missingParts: [1, 2, 3] });
  });

  test('a chunked part (no Content-Length) longer than declared is refused and not kept', async () => {
    const session = await init(bob, { name: 'chunked.png', sizeBytes: 1500 });
    const target = new URL(`${session.uploadUrl}/parts/2`);
    const answer = await new Promise<{ status: number; body: any }>((resolve, reject) => {
      const req = http.request({ host: target.hostname, port: target.port, path: target.pathname, method: 'PUT', headers: { authorization: `Bearer ${session.uploadToken}`, 'transfer-encoding': 'chunked' } }, (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
      });
      req.on('error', reject);
      req.write(randomBytes(400));
      req.end(randomBytes(400));
    });
    expect(answer).toMatchObject({ status: 400, body: { error: 'PART_SIZE_MISMATCH', expectedBytes: 476 } });
    expect(partFiles(session.id)).toEqual([]);
  });

  test('parts need the session\'s own token: none is 401, another session\'s is 404', async () => {
    const mine = await init(alice, { name: 'a.png', sizeBytes: 2000 });
    const theirs = await init(bob, { name: 'b.png', sizeBytes: 2000 });
    const response = await fetch(`${mine.uploadUrl}/parts/1`, { method: 'PUT', body: png(1024) });
    expect(response.status).toBe(401);
    expect((await response.json()).error).toBe('UNAUTHENTICATED');
    expect(await putPart(mine, 1, png(1024), theirs.uploadToken)).toMatchObject({ status: 404, body: { error: 'NOT_FOUND' } });
    // A user's access token is not an upload token.
    expect(await putPart(mine, 1, png(1024), alice.token)).toMatchObject({ status: 404, body: { error: 'NOT_FOUND' } });
    expect(partFiles(mine.id)).toEqual([]);
  });

  test('abort deletes the parts; the session then takes nothing more, and aborting again is fine', async () => {
    const bytes = png(2048);
    const session = await init(alice, { name: 'abort.png', sizeBytes: bytes.length });
    await putPart(session, 1, slice(bytes, session, 1));
    expect(partFiles(session.id)).toHaveLength(1);
    expect((await ok(alice, ABORT, { id: session.id })).abortUpload).toEqual({ id: session.id, status: 'Aborted', uploadUrl: null });
    expect(partFiles(session.id)).toEqual([]);
    expect(await putPart(session, 2, slice(bytes, session, 2))).toMatchObject({ status: 409, body: { error: 'UPLOAD_CLOSED' } });
    expect(errorCodes(await gql(alice, COMPLETE, { id: session.id }))).toEqual(['UPLOAD_CLOSED']);
    expect((await ok(alice, ABORT, { id: session.id })).abortUpload.status).toBe('Aborted');
    expect(partFiles(session.id)).toEqual([]);
  });
});

describe('races', () => {
  test('one part sent twice at once with different bytes: one is kept, the other is PART_CONFLICT', async () => {
    const session = await init(bob, { name: 'race.png', sizeBytes: 2048 });
    const answers = await Promise.all([putPart(session, 1, png(1024)), putPart(session, 1, png(1024))]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(partFiles(session.id)).toHaveLength(1);
    await ok(bob, ABORT, { id: session.id });
  });

  test('abort and complete at once: exactly one wins, and the state matches (a file exactly when completed)', async () => {
    const user = await newUser();
    for (let round = 0; round < 5; round++) {
      const session = await uploadAll(user, png(2100), { name: `race-${round}.png` });
      const [completed, aborted] = await Promise.all([gql(user, COMPLETE, { id: session.id }), gql(user, ABORT, { id: session.id })]);
      const status = (await ok(user, STATUS, { id: session.id })).uploadStatus.status;
      const files = (await fileRows(user)).filter((r) => r.name === `race-${round}.png`);
      if (status === 'Completed') {
        expect(errorCodes(completed)).toEqual([]);
        expect(errorCodes(aborted)).toEqual(['UPLOAD_CLOSED']);
        expect(files).toHaveLength(1);
      } else {
        expect(status).toBe('Aborted');
        expect(errorCodes(aborted)).toEqual([]);
        expect(errorCodes(completed)).toEqual(['UPLOAD_CLOSED']);
        expect(files).toHaveLength(0);
      }
      expect(partFiles(session.id)).toEqual([]);
    }
    const [{ used }] = (await admin.query('SELECT COALESCE(SUM(size_bytes), 0)::text AS used FROM file_mgr.files WHERE user_id = $1 AND deleted_at IS NULL', [user.id])).rows;
    expect((await quotaOf(user)).used_bytes).toBe(used);
  });
});

describe('types and checksums', () => {
  test('a declared type outside the allow-list is refused at initUpload, nothing created', async () => {
    const user = await newUser();
    for (const mimeType of ['application/x-msdownload', 'text/html', 'image/svg+xml']) {
      expect(errorCodes(await gql(user, INIT, { input: { name: 'x', mimeType, sizeBytes: 10 } }))).toEqual(['UNSUPPORTED_FILE_TYPE']);
    }
    expect((await admin.query('SELECT count(*)::int AS n FROM file_mgr.upload_sessions WHERE user_id = $1', [user.id])).rows[0].n).toBe(0);
  });

  test('content that is not what it claims (an executable called a PNG) is UNSUPPORTED_FILE_TYPE at completion: nothing stored', async () => {
    const user = await newUser();
    const bytes = Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), randomBytes(2000)]);
    const session = await uploadAll(user, bytes, { name: 'innocent.png' });
    expect(errorCodes(await gql(user, COMPLETE, { id: session.id }))).toEqual(['UNSUPPORTED_FILE_TYPE']);
    expect(await fileRows(user)).toEqual([]);
    expect(storedFiles(user)).toEqual([]);
    expect(partFiles(session.id)).toEqual([]);
    expect((await quotaOf(user)).used_bytes).toBe('0');
    expect((await ok(user, STATUS, { id: session.id })).uploadStatus.status).toBe('Aborted');
  });

  test('the content decides the type: a JPEG declared as PNG is stored as image/jpeg', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(1500)]);
    const session = await uploadAll(bob, bytes, { name: 'photo.png' });
    expect((await ok(bob, COMPLETE, { id: session.id })).completeUpload.mimeType).toBe('image/jpeg');
  });

  test('bytes with another SHA-256 than announced are CHECKSUM_MISMATCH: nothing stored', async () => {
    const user = await newUser();
    const bytes = png(1500);
    const session = await uploadAll(user, bytes, { sha256: sha256(png(1500)) });
    expect(errorCodes(await gql(user, COMPLETE, { id: session.id }))).toEqual(['CHECKSUM_MISMATCH']);
    expect(await fileRows(user)).toEqual([]);
    expect(storedFiles(user)).toEqual([]);
    expect(partFiles(session.id)).toEqual([]);
  });

  test('bad sizes, part sizes and checksums at initUpload', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ sizeBytes: 0 }, 'BAD_USER_INPUT'],
      [{ sizeBytes: 100, partSize: 10 }, 'BAD_USER_INPUT'],
      [{ sizeBytes: 100, partSize: 128 * 1024 * 1024 }, 'BAD_USER_INPUT'],
      [{ sizeBytes: 100, sha256: 'abc' }, 'BAD_USER_INPUT'],
      [{ sizeBytes: 6 * 1024 ** 3 }, 'FILE_TOO_LARGE'],
      [{ sizeBytes: 100 * 1024 * 1024 * 1024 * 1024, partSize: 1024 }, 'FILE_TOO_LARGE'],
      [{ sizeBytes: 20 * 1024 * 1024, partSize: 1024 }, 'BAD_USER_INPUT'],
    ];
    for (const [input, code] of cases) expect(errorCodes(await gql(alice, INIT, { input: { name: 'x.png', mimeType: 'image/png', ...input } }))).toEqual([code]);
  });
});

describe('quotas', () => {
  test('over quota at initUpload: QUOTA_EXCEEDED and no session; open uploads count against it', async () => {
    const user = await newUser();
    await setQuota(user, 5000);
    const over = await gql(user, INIT, { input: { name: 'big.png', mimeType: 'image/png', sizeBytes: 5001, partSize: 1024 } });
    expect(errorCodes(over)).toEqual(['QUOTA_EXCEEDED']);
    expect((await admin.query('SELECT count(*)::int AS n FROM file_mgr.upload_sessions WHERE user_id = $1', [user.id])).rows[0].n).toBe(0);
    // Two inits at once, 3000 each: the quota holds one.
    const both = await Promise.all([1, 2].map((i) => gql(user, INIT, { input: { name: `${i}.png`, mimeType: 'image/png', sizeBytes: 3000, partSize: 1024 } })));
    expect(both.map(errorCodes).flat().sort()).toEqual(['QUOTA_EXCEEDED']);
    // Aborting the open one frees its reservation.
    const open = both.find((r) => !r.errors)!.data!.initUpload;
    await ok(user, ABORT, { id: open.id });
    await init(user, { name: 'again.png', sizeBytes: 3000 });
  });

  test('two uploads completed at once cannot together pass the quota', async () => {
    const user = await newUser();
    await setQuota(user, 10_000);
    const first = await uploadAll(user, png(4000), { name: 'one.png' });
    const second = await uploadAll(user, png(4000), { name: 'two.png' });
    // The plan shrank meanwhile: room for one of them.
    await setQuota(user, 6000);
    const results = await Promise.all([first, second].map((s) => gql(user, COMPLETE, { id: s.id })));
    expect(results.map(errorCodes).flat()).toEqual(['QUOTA_EXCEEDED']);
    expect(await quotaOf(user)).toMatchObject({ used_bytes: '4000', file_count: 1 });
    expect(await fileRows(user)).toHaveLength(1);
    expect(storedFiles(user)).toHaveLength(1);
    // The loser stays open with its parts: free space, then complete it (or abort it).
    const loser = [first, second][results.findIndex((r) => r.errors)];
    expect((await ok(user, STATUS, { id: loser.id })).uploadStatus).toMatchObject({ status: 'Uploading', missingParts: [] });
    await setQuota(user, 8000);
    expect((await ok(user, COMPLETE, { id: loser.id })).completeUpload.sizeBytes).toBe(4000);
    expect(await quotaOf(user)).toMatchObject({ used_bytes: '8000', file_count: 2 });
  });

  test('trash gives the bytes back, restore charges them again (QUOTA_EXCEEDED when they no longer fit)', async () => {
    const user = await newUser();
    await setQuota(user, 4000);
    const session = await uploadAll(user, png(3000));
    const file = (await ok(user, COMPLETE, { id: session.id })).completeUpload;
    await ok(user, 'mutation($id: ID!) { deleteFile(id: $id) { deletedAt } }', { id: file.id });
    expect(await quotaOf(user)).toMatchObject({ used_bytes: '0', file_count: 0 });
    expect((await ok(user, 'query { trashedFiles { id } }')).trashedFiles).toEqual([{ id: file.id }]);
    expect(errorCodes(await gql(user, 'mutation($id: ID!) { deleteFile(id: $id) { id } }', { id: file.id }))).toEqual(['NOT_FOUND']);
    // Something else took the room.
    const other = await uploadAll(user, png(2000));
    await ok(user, COMPLETE, { id: other.id });
    expect(errorCodes(await gql(user, 'mutation($id: ID!) { restoreFile(id: $id) { id } }', { id: file.id }))).toEqual(['QUOTA_EXCEEDED']);
    await setQuota(user, 10_000);
    expect((await ok(user, 'mutation($id: ID!) { restoreFile(id: $id) { id deletedAt } }', { id: file.id })).restoreFile.deletedAt).toBeNull();
    expect(await quotaOf(user)).toMatchObject({ used_bytes: '5000', file_count: 2 });
  });
});

describe('folders and files', () => {
  const CREATE = 'mutation($parentId: ID, $name: String!) { createFolder(parentId: $parentId, name: $name) { id name path parentId } }';
  const MOVE = 'mutation($id: ID!, $parentId: ID) { moveFolder(id: $id, parentId: $parentId) { id path parentId } }';

  test('a tree: create, rename and move keep paths right; same-name siblings are CONFLICT; cycles are FOLDER_CYCLE', async () => {
    const user = await newUser();
    const a = (await ok(user, CREATE, { name: 'A' })).createFolder;
    const b = (await ok(user, CREATE, { parentId: a.id, name: 'B' })).createFolder;
    const c = (await ok(user, CREATE, { parentId: b.id, name: 'C' })).createFolder;
    expect(c.path).toBe('/A/B/C');
    expect(errorCodes(await gql(user, CREATE, { parentId: a.id, name: 'B' }))).toEqual(['CONFLICT']);
    expect(errorCodes(await gql(user, CREATE, { name: ' A ' }))).toEqual(['CONFLICT']);
    // The same name in another folder is fine.
    await ok(user, CREATE, { parentId: b.id, name: 'B' });
    expect((await ok(user, 'mutation($id: ID!) { renameFolder(id: $id, name: "Beta") { path } }', { id: b.id })).renameFolder.path).toBe('/A/Beta');
    expect((await ok(user, 'query($id: ID) { folder(id: $id) { path } }', { id: c.id })).folder.path).toBe('/A/Beta/C');
    for (const target of [a.id, b.id, c.id]) expect(errorCodes(await gql(user, MOVE, { id: a.id, parentId: target }))).toEqual(['FOLDER_CYCLE']);
    expect((await ok(user, MOVE, { id: c.id, parentId: null })).moveFolder).toEqual({ id: c.id, path: '/C', parentId: null });
    expect((await ok(user, MOVE, { id: a.id, parentId: c.id })).moveFolder.path).toBe('/C/A');
    expect((await ok(user, 'query($id: ID) { folder(id: $id) { path } }', { id: b.id })).folder.path).toBe('/C/A/Beta');
    const root = (await ok(user, 'query { folder { folders { name } } }')).folder;
    expect(root.folders).toEqual([{ name: 'C' }]);
  });

  test('two crossing moves at once never make a cycle', async () => {
    const user = await newUser();
    const x = (await ok(user, CREATE, { name: 'X' })).createFolder;
    const y = (await ok(user, CREATE, { name: 'Y' })).createFolder;
    const results = await Promise.all([gql(user, MOVE, { id: x.id, parentId: y.id }), gql(user, MOVE, { id: y.id, parentId: x.id })]);
    expect(results.map(errorCodes).flat()).toEqual(['FOLDER_CYCLE']);
  });

  test('files are renamed and moved; deleting a folder trashes its tree and gives the quota back', async () => {
    const user = await newUser();
    const top = (await ok(user, CREATE, { name: 'Top' })).createFolder;
    const inner = (await ok(user, CREATE, { parentId: top.id, name: 'Inner' })).createFolder;
    const session = await uploadAll(user, png(1500), { folderId: inner.id });
    const file = (await ok(user, COMPLETE, { id: session.id })).completeUpload;
    expect((await ok(user, 'mutation($id: ID!) { renameFile(id: $id, name: "renamed.png") { name } }', { id: file.id })).renameFile.name).toBe('renamed.png');
    expect((await ok(user, 'mutation($id: ID!, $f: ID) { moveFile(id: $id, folderId: $f) { folderId } }', { id: file.id, f: top.id })).moveFile.folderId).toBe(top.id);
    await ok(user, 'mutation($id: ID!, $f: ID) { moveFile(id: $id, folderId: $f) { folderId } }', { id: file.id, f: inner.id });
    expect((await ok(user, 'mutation($id: ID!) { deleteFolder(id: $id) }', { id: top.id })).deleteFolder).toBe(1);
    expect(await quotaOf(user)).toMatchObject({ used_bytes: '0', file_count: 0 });
    expect(errorCodes(await gql(user, 'query($id: ID!) { file(id: $id) { id } }', { id: file.id }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(user, 'query($id: ID) { folder(id: $id) { id } }', { id: inner.id }))).toEqual(['NOT_FOUND']);
    // The name is free again; the trashed file comes back to the root, its folder being trashed.
    await ok(user, CREATE, { name: 'Top' });
    expect((await ok(user, 'mutation($id: ID!) { restoreFile(id: $id) { folderId } }', { id: file.id })).restoreFile.folderId).toBeNull();
  });

  test('names cannot traverse paths; storage keys never come from names', async () => {
    const user = await newUser();
    for (const name of ['..', '.', '../../etc/passwd', 'a/b', 'a\\b', '', '   ', 'tab\there', 'x'.repeat(256)]) {
      expect(errorCodes(await gql(user, CREATE, { name }))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await gql(user, INIT, { input: { name, mimeType: 'image/png', sizeBytes: 100 } }))).toEqual(['BAD_USER_INPUT']);
    }
    const bytes = png(1200);
    const session = await uploadAll(user, bytes, { name: '..%2F..%2Fescape.png' });
    const file = (await ok(user, COMPLETE, { id: session.id })).completeUpload;
    expect(errorCodes(await gql(user, 'mutation($id: ID!) { renameFile(id: $id, name: "../up.png") { id } }', { id: file.id }))).toEqual(['BAD_USER_INPUT']);
    expect((await fileRows(user))[0].storage_key).toMatch(new RegExp(`^files/${DEFAULT_TENANT_ID}/${user.id}/[0-9a-f-]{36}$`));
    // Paths that try to climb out of the endpoints reach nothing.
    const origin = new URL(url);
    const raw = (method: string, target: string) => new Promise<number>((resolve, reject) => {
      const req = http.request({ host: origin.hostname, port: origin.port, path: target, method, headers: { authorization: `Bearer ${session.uploadToken}` } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', reject);
      req.end();
    });
    expect(await raw('PUT', `/v1/uploads/${session.id}/parts/../../../etc/passwd`)).toBe(404);
    expect(await raw('PUT', '/v1/uploads/../../etc/passwd/parts/1')).toBe(404);
    expect(await raw('GET', '/v1/storage/../../../../etc/passwd?expires=9999999999&signature=' + '0'.repeat(64))).toBe(404);
    expect(await raw('GET', `/v1/storage/files/%2e%2e/%2e%2e/x?expires=9999999999&signature=${'0'.repeat(64)}`)).not.toBe(200);
  });

  test('SQL-shaped names are kept as plain text', async () => {
    const user = await newUser();
    const evil = "Robert'); DROP TABLE file_mgr.files;--";
    const folder = (await ok(user, CREATE, { name: evil })).createFolder;
    expect(folder).toMatchObject({ name: evil, path: `/${evil}` });
    const session = await uploadAll(user, png(1100), { folderId: folder.id, name: `${evil}.png` });
    expect((await ok(user, COMPLETE, { id: session.id })).completeUpload.name).toBe(`${evil}.png`);
    const like = (await ok(user, CREATE, { name: '%_%' })).createFolder;
    await ok(user, CREATE, { parentId: like.id, name: 'child' });
    expect((await ok(user, 'mutation($id: ID!) { renameFolder(id: $id, name: "100%") { path } }', { id: like.id })).renameFolder.path).toBe('/100%');
    expect((await admin.query('SELECT count(*)::int AS n FROM file_mgr.files')).rows[0].n).toBeGreaterThan(0);
  });
});

describe('other users and tenants', () => {
  test("another user's (or tenant's) sessions, folders and files are NOT_FOUND", async () => {
    const stranger = await newUser(OTHER_TENANT);
    const folder = (await ok(alice, 'mutation { createFolder(name: "Private") { id } }')).createFolder;
    const done = await uploadAll(alice, png(1200), { folderId: folder.id });
    const file = (await ok(alice, COMPLETE, { id: done.id })).completeUpload;
    const open = await init(alice, { name: 'open.png', sizeBytes: 1200 });
    for (const intruder of [bob, stranger]) {
      const attempts = [
        gql(intruder, STATUS, { id: open.id }),
        gql(intruder, COMPLETE, { id: open.id }),
        gql(intruder, ABORT, { id: open.id }),
        gql(intruder, 'query($id: ID!) { file(id: $id) { id } }', { id: file.id }),
        gql(intruder, 'query($id: ID!) { fileDownloadUrl(id: $id) { url } }', { id: file.id }),
        gql(intruder, 'mutation($id: ID!) { deleteFile(id: $id) { id } }', { id: file.id }),
        gql(intruder, 'mutation($id: ID!) { renameFile(id: $id, name: "mine") { id } }', { id: file.id }),
        gql(intruder, 'mutation($id: ID!) { restoreFile(id: $id) { id } }', { id: file.id }),
        gql(intruder, 'query($id: ID) { folder(id: $id) { id } }', { id: folder.id }),
        gql(intruder, 'mutation($id: ID!) { renameFolder(id: $id, name: "mine") { id } }', { id: folder.id }),
        gql(intruder, 'mutation($id: ID!) { deleteFolder(id: $id) }', { id: folder.id }),
        gql(intruder, 'mutation($p: ID) { createFolder(parentId: $p, name: "in") { id } }', { p: folder.id }),
        gql(intruder, INIT, { input: { folderId: folder.id, name: 'x.png', mimeType: 'image/png', sizeBytes: 10 } }),
      ];
      for (const response of await Promise.all(attempts)) expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    }
    // Moving one's own things into someone else's folder, or theirs into one's own.
    const own = await uploadAll(bob, png(1100));
    const ownFile = (await ok(bob, COMPLETE, { id: own.id })).completeUpload;
    const ownFolder = (await ok(bob, 'mutation { createFolder(name: "Mine") { id } }')).createFolder;
    expect(errorCodes(await gql(bob, 'mutation($id: ID!, $f: ID) { moveFile(id: $id, folderId: $f) { id } }', { id: ownFile.id, f: folder.id }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(bob, 'mutation($id: ID!, $p: ID) { moveFolder(id: $id, parentId: $p) { id } }', { id: ownFolder.id, p: folder.id }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(bob, 'mutation($id: ID!, $p: ID) { moveFolder(id: $id, parentId: $p) { id } }', { id: folder.id, p: ownFolder.id }))).toEqual(['NOT_FOUND']);
    expect((await ok(alice, STATUS, { id: open.id })).uploadStatus.status).toBe('Pending');
    expect(await fileRows(alice)).toEqual(expect.arrayContaining([expect.objectContaining({ id: file.id, deleted_at: null })]));
  });

  test('signed-out callers are refused and malformed ids are INVALID_ID', async () => {
    const anonymous = await execute(url, { document: INIT, variables: { input: { name: 'x.png', mimeType: 'image/png', sizeBytes: 10 } } });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await gql(alice, STATUS, { id: "1' OR '1'='1" }))).toEqual(['INVALID_ID']);
  });
});

describe('download links', () => {
  test('a tampered link is 403, an expired one 410, a trashed file 404', async () => {
    const user = await newUser();
    const session = await uploadAll(user, png(1100));
    const file = (await ok(user, COMPLETE, { id: session.id })).completeUpload;
    const link = (await ok(user, 'query($id: ID!) { fileDownloadUrl(id: $id) { url } }', { id: file.id })).fileDownloadUrl.url as string;
    const tampered = new URL(link);
    tampered.searchParams.set('name', 'other.exe');
    expect((await fetch(tampered)).status).toBe(403);
    const [row] = await fileRows(user);
    const expired = await storage().signedUrl(row.storage_key, { expiresInSeconds: -1, fileName: 'x.png', contentType: 'image/png' });
    expect((await fetch(expired.url)).status).toBe(410);
    await ok(user, 'mutation($id: ID!) { deleteFile(id: $id) { id } }', { id: file.id });
    expect((await fetch(link)).status).toBe(404);
  });
});

describe('cleanup schedules (the handler, called directly)', () => {
  const makeDue = () => admin.query('UPDATE file_mgr.cleanup_schedules SET next_run_at = NULL');

  test('abandoned sessions expire and lose their parts; trash and temporary files past their time are purged', async () => {
    const user = await newUser();
    const bytes = png(2048);
    const abandoned = await init(user, { name: 'abandoned.png', sizeBytes: bytes.length });
    await putPart(abandoned, 1, slice(bytes, abandoned, 1));
    const fresh = await init(user, { name: 'fresh.png', sizeBytes: bytes.length });
    await putPart(fresh, 1, slice(bytes, fresh, 1));
    await admin.query("UPDATE file_mgr.upload_sessions SET expires_at = now() - interval '1 minute' WHERE id = $1", [abandoned.id]);

    const trashed = (await ok(user, COMPLETE, { id: (await uploadAll(user, png(1100))).id })).completeUpload;
    await ok(user, 'mutation($id: ID!) { deleteFile(id: $id) { id } }', { id: trashed.id });
    await admin.query("UPDATE file_mgr.files SET deleted_at = now() - interval '31 days' WHERE id = $1", [trashed.id]);
    const recentlyTrashed = (await ok(user, COMPLETE, { id: (await uploadAll(user, png(1100))).id })).completeUpload;
    await ok(user, 'mutation($id: ID!) { deleteFile(id: $id) { id } }', { id: recentlyTrashed.id });
    const temporary = (await ok(user, COMPLETE, { id: (await uploadAll(user, png(1300))).id })).completeUpload;
    await admin.query("UPDATE file_mgr.files SET expires_at = now() - interval '1 minute' WHERE id = $1", [temporary.id]);
    const kept = (await ok(user, COMPLETE, { id: (await uploadAll(user, png(1400))).id })).completeUpload;
    expect(await quotaOf(user)).toMatchObject({ used_bytes: String(1300 + 1400), file_count: 2 });

    await makeDue();
    const runs = await runDueSchedules(stack.subgraphs.file!.db);
    expect(runs.map((r) => r.target).sort()).toEqual(['DeletedFiles', 'OrphanObjects', 'StaleUploads', 'TempFiles']);
    expect(runs.every((r) => r.status === 'Succeeded')).toBe(true);

    expect((await ok(user, STATUS, { id: abandoned.id })).uploadStatus).toMatchObject({ status: 'Expired', uploadUrl: null });
    expect(partFiles(abandoned.id)).toEqual([]);
    expect(await putPart(abandoned, 2, slice(bytes, abandoned, 2))).toMatchObject({ status: 409, body: { error: 'UPLOAD_CLOSED' } });
    expect((await ok(user, STATUS, { id: fresh.id })).uploadStatus.status).toBe('Uploading');
    expect(partFiles(fresh.id)).toHaveLength(1);

    const ids = (await fileRows(user)).map((r) => r.id);
    expect(ids).not.toContain(trashed.id);
    expect(ids).not.toContain(temporary.id);
    expect(ids).toEqual(expect.arrayContaining([recentlyTrashed.id, kept.id]));
    expect(storedFiles(user).sort()).toEqual([recentlyTrashed.id, kept.id].sort());
    expect(await quotaOf(user)).toMatchObject({ used_bytes: '1400', file_count: 1 });
    const recorded = (await admin.query("SELECT last_run_status, last_deleted_count FROM file_mgr.cleanup_schedules WHERE target = 'DeletedFiles' AND tenant_id IS NULL")).rows[0];
    expect(recorded).toEqual({ last_run_status: 'Succeeded', last_deleted_count: 1 });

    // Not due again until their cron time; run twice at once when due, each schedule runs once.
    expect(await runDueSchedules(stack.subgraphs.file!.db)).toEqual([]);
    await makeDue();
    const [a, b] = await Promise.all([runDueSchedules(stack.subgraphs.file!.db), runDueSchedules(stack.subgraphs.file!.db)]);
    expect([...a, ...b].map((r) => r.target).sort()).toEqual(['DeletedFiles', 'OrphanObjects', 'StaleUploads', 'TempFiles']);
  });

  test('objects no row knows are deleted after the retention; known ones stay', async () => {
    const user = await newUser();
    const file = (await ok(user, COMPLETE, { id: (await uploadAll(user, png(1100))).id })).completeUpload;
    const orphanKey = `files/${DEFAULT_TENANT_ID}/${user.id}/${randomUUID()}`;
    await storage().put(orphanKey, randomBytes(100));
    const strayParts = `uploads/${randomUUID()}/1.abc`;
    await storage().put(strayParts, randomBytes(100));
    await admin.query("UPDATE file_mgr.cleanup_schedules SET next_run_at = NULL, retention_days = 0 WHERE target = 'OrphanObjects'");
    await admin.query("UPDATE file_mgr.cleanup_schedules SET next_run_at = now() + interval '1 day' WHERE target <> 'OrphanObjects'");
    const runs = await runDueSchedules(stack.subgraphs.file!.db);
    expect(runs).toEqual([expect.objectContaining({ target: 'OrphanObjects', status: 'Succeeded' })]);
    expect(await storage().stat(orphanKey)).toBeNull();
    expect(await storage().stat(strayParts)).toBeNull();
    expect(storedFiles(user)).toEqual([file.id]);
  });

  test('a tenant\'s own schedule replaces the global one for its rows', async () => {
    const stranger = await newUser(OTHER_TENANT);
    const session = await init(stranger, { name: 'x.png', sizeBytes: 2000 });
    await admin.query("UPDATE file_mgr.upload_sessions SET expires_at = now() - interval '1 minute' WHERE id = $1", [session.id]);
    await admin.query(`INSERT INTO file_mgr.cleanup_schedules (tenant_id, target, cron_expr, retention_days, is_enabled) VALUES ($1, 'StaleUploads', '0 0 1 1 *', 7, false)`, [OTHER_TENANT]);
    await makeDue();
    await runDueSchedules(stack.subgraphs.file!.db);
    // Its own schedule is off: the global one leaves its sessions alone.
    expect((await ok(stranger, STATUS, { id: session.id })).uploadStatus.status).toBe('Pending');
    await admin.query('UPDATE file_mgr.cleanup_schedules SET is_enabled = true, next_run_at = NULL WHERE tenant_id = $1', [OTHER_TENANT]);
    await runDueSchedules(stack.subgraphs.file!.db);
    expect((await ok(stranger, STATUS, { id: session.id })).uploadStatus.status).toBe('Expired');
  });
});

describe('through a forwarder (router/uploads.ts)', () => {
  test('parts stream through to the file subgraph and downloads stream back', async () => {
    const forward = fileForwarder(url);
    const front = http.createServer((req, res) => void forward(req, res));
    await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
    const frontOrigin = `http://127.0.0.1:${(front.address() as { port: number }).port}`;
    try {
      const user = await newUser();
      const bytes = png(2100);
      const session = await init(user, { name: 'via-router.png', sizeBytes: bytes.length });
      const via = { ...session, uploadUrl: session.uploadUrl.replace(process.env.FILE_PUBLIC_URL!, frontOrigin) };
      for (const n of [2, 3, 1]) expect((await putPart(via, n, slice(bytes, session, n))).status).toBe(200);
      expect(await putPart(via, 1, randomBytes(1024))).toMatchObject({ status: 409, body: { error: 'PART_CONFLICT' } });
      const file = (await ok(user, COMPLETE, { id: session.id })).completeUpload;
      const link = (await ok(user, 'query($id: ID!) { fileDownloadUrl(id: $id) { url } }', { id: file.id })).fileDownloadUrl.url as string;
      const download = await fetch(link.replace(process.env.STORAGE_PUBLIC_URL!, frontOrigin));
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
    } finally {
      front.closeAllConnections();
      await new Promise((resolve) => front.close(resolve));
    }
  });
});
