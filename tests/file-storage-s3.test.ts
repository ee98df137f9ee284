// The file subgraph on the S3 driver (STORAGE_DRIVER=s3) behind the router, against s3rver on
// loopback (tests/kit/s3-server.ts, the test double of the cloud store, as the SMTP receiver is
// the mail relay's): a resumable upload's parts land in the bucket as objects, completion
// composes them into the file's object and deletes them, the signed link is the bucket's own
// presigned GET. Bad content leaves nothing in the bucket; the bucket going away is
// STORAGE_UNAVAILABLE and the upload completes once it is back; the cleanup sweeps the bucket.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { PNG } from 'pngjs';
import { startStack, type Stack } from './kit/stack.ts';
import { errorCodes, execute, expectNoErrors } from './kit/client.ts';
import { startS3Server, type S3Server } from './kit/s3-server.ts';
import { DEFAULT_TENANT_ID, TokenSigner } from '../subgraphs/kit/auth.ts';
import { S3Storage } from '../subgraphs/kit/storage-s3.ts';
import { runDueSchedules } from '../subgraphs/file/cleanup/schedules.ts';

let s3: S3Server;
let bucket: S3Storage;
let stack: Stack;
let admin: pg.Client;
let signer: TokenSigner;

interface User { id: string; token: string }

beforeAll(async () => {
  s3 = await startS3Server();
  Object.assign(process.env, s3.env(), { FILE_SECRET_KEY: 'test-file-secret-key' });
  // What the subgraph stores, seen directly in the bucket.
  bucket = new S3Storage(s3.config());
  stack = await startStack({ owners: ['file'] });
  admin = new pg.Client({ connectionString: stack.db.adminUrl });
  await admin.connect();
  signer = await TokenSigner.fromPem(stack.jwt.privateKey);
});
afterAll(async () => {
  await admin?.end();
  await stack?.stop();
  await s3?.stop();
});

async function newUser(): Promise<User> {
  const id = randomUUID();
  return { id, token: await signer.sign({ kind: 'user', userId: id, tenantId: DEFAULT_TENANT_ID, role: 'User', sessionId: randomUUID() }) };
}

const gql = (user: User, document: string, variables: Record<string, unknown> = {}) => execute<any>(stack.url, { document, variables, token: user.token });
const ok = async (user: User, document: string, variables: Record<string, unknown> = {}) => expectNoErrors(await gql(user, document, variables));

const SESSION = 'id status partSize partCount missingParts uploadUrl uploadToken';
const INIT = `mutation($input: InitUploadInput!) { initUpload(input: $input) { ${SESSION} } }`;
const STATUS = `query($id: ID!) { uploadStatus(sessionId: $id) { ${SESSION} } }`;
const COMPLETE = 'mutation($id: ID!) { completeUpload(sessionId: $id) { id name sizeBytes mimeType sha256 } }';
const LINK = 'query($id: ID!) { fileDownloadUrl(id: $id) { url expiresAt } }';

interface Session { id: string; uploadUrl: string; uploadToken: string; partSize: number; partCount: number; missingParts: number[]; status: string }

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** A real PNG of noise (incompressible): width × height × 4 bytes and a little more. */
function png(width = 40, height = 20): Buffer {
  const image = new PNG({ width, height });
  image.data = randomBytes(width * height * 4);
  return PNG.sync.write(image);
}

async function init(user: User, bytes: Buffer, input: Record<string, unknown> = {}): Promise<Session> {
  return (await ok(user, INIT, { input: { name: 'noise.png', mimeType: 'image/png', sizeBytes: bytes.length, partSize: 1024, ...input } })).initUpload;
}
const slice = (bytes: Buffer, session: Session, n: number) => bytes.subarray((n - 1) * session.partSize, n * session.partSize);
async function putPart(session: Session, n: number, body: Buffer) {
  const response = await fetch(`${session.uploadUrl}/parts/${n}`, { method: 'PUT', body: new Uint8Array(body), headers: { authorization: `Bearer ${session.uploadToken}` } });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}
async function sendAll(session: Session, bytes: Buffer) {
  for (let n = 1; n <= session.partCount; n++) expect((await putPart(session, n, slice(bytes, session, n))).status).toBe(200);
}

async function keys(prefix: string): Promise<string[]> {
  const found: string[] = [];
  for await (const object of bucket.list(prefix)) found.push(object.key);
  return found.sort();
}
const userFiles = (user: User) => keys(`files/${DEFAULT_TENANT_ID}/${user.id}`);
const fileRows = async (user: User) => (await admin.query('SELECT id, storage_bucket, storage_key, checksum FROM file_mgr.files WHERE user_id = $1', [user.id])).rows;

test('a resumable upload through the router lands in the bucket and downloads by its presigned link', async () => {
  const user = await newUser();
  const bytes = png();
  const session = await init(user, bytes, { sha256: sha256(bytes) });
  expect(session.uploadUrl).toBe(`${new URL(stack.url).origin}/v1/uploads/${session.id}`);
  expect(session.partCount).toBeGreaterThanOrEqual(4);

  // Some parts, out of order, one twice; then resumed from uploadStatus.
  const first = [session.partCount, 2];
  for (const n of first) expect(await putPart(session, n, slice(bytes, session, n))).toMatchObject({ status: 200, body: { partNumber: n, duplicate: false } });
  expect(await putPart(session, 2, slice(bytes, session, 2))).toMatchObject({ status: 200, body: { duplicate: true } });
  expect(await putPart(session, 2, randomBytes(1024))).toMatchObject({ status: 409, body: { error: 'PART_CONFLICT' } });
  expect(await keys(`uploads/${session.id}`)).toHaveLength(2);
  const resumed: Session = (await ok(user, STATUS, { id: session.id })).uploadStatus;
  expect(resumed.missingParts).toEqual(Array.from({ length: session.partCount }, (_, i) => i + 1).filter((n) => !first.includes(n)));
  for (const n of resumed.missingParts) expect((await putPart(resumed, n, slice(bytes, session, n))).status).toBe(200);

  const file = (await ok(user, COMPLETE, { id: session.id })).completeUpload;
  expect(file).toMatchObject({ name: 'noise.png', mimeType: 'image/png', sizeBytes: bytes.length, sha256: sha256(bytes) });
  // The parts are gone; the file is one object of the bucket, recorded as such.
  expect(await keys(`uploads/${session.id}`)).toEqual([]);
  const [row] = await fileRows(user);
  expect(row).toMatchObject({ id: file.id, storage_bucket: s3.bucket, storage_key: `files/${DEFAULT_TENANT_ID}/${user.id}/${file.id}`, checksum: sha256(bytes) });
  expect(await bucket.stat(row.storage_key)).toMatchObject({ size: bytes.length });
  const { rows: [recorded] } = await admin.query('SELECT s3_upload_id FROM file_mgr.upload_sessions WHERE id = $1', [session.id]);
  expect(recorded.s3_upload_id).toBe(`s3:${session.id}`);

  const link = (await ok(user, LINK, { id: file.id })).fileDownloadUrl;
  expect(link.url.startsWith(`${s3.endpoint}/${s3.bucket}/${row.storage_key}?`)).toBe(true);
  expect(link.url).toContain('X-Amz-Signature=');
  const download = await fetch(link.url);
  expect(download.status).toBe(200);
  expect(download.headers.get('content-type')).toBe('image/png');
  expect(download.headers.get('content-disposition')).toContain('filename="noise.png"');
  expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
});

test('content that is not what it claims, or not the announced SHA-256, leaves nothing in the bucket', async () => {
  const user = await newUser();
  const exe = Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), randomBytes(2000)]);
  const disguised = await init(user, exe, { name: 'innocent.png' });
  await sendAll(disguised, exe);
  expect(errorCodes(await gql(user, COMPLETE, { id: disguised.id }))).toEqual(['UNSUPPORTED_FILE_TYPE']);

  const bytes = png();
  const mismatched = await init(user, bytes, { sha256: sha256(png()) });
  await sendAll(mismatched, bytes);
  expect(errorCodes(await gql(user, COMPLETE, { id: mismatched.id }))).toEqual(['CHECKSUM_MISMATCH']);

  for (const session of [disguised, mismatched]) {
    expect((await ok(user, STATUS, { id: session.id })).uploadStatus.status).toBe('Aborted');
    expect(await keys(`uploads/${session.id}`)).toEqual([]);
  }
  expect(await userFiles(user)).toEqual([]);
  expect(await fileRows(user)).toEqual([]);
});

test('the bucket going away is STORAGE_UNAVAILABLE: nothing half-done, and the upload completes once it is back', async () => {
  const user = await newUser();
  const bytes = png();
  const session = await init(user, bytes);
  for (let n = 2; n <= session.partCount; n++) expect((await putPart(session, n, slice(bytes, session, n))).status).toBe(200);
  await s3.pause();
  try {
    // A part: 503 with the code, so the client sends it again later.
    expect(await putPart(session, 1, slice(bytes, session, 1))).toMatchObject({ status: 503, body: { error: 'STORAGE_UNAVAILABLE', reason: 'unreachable', retryable: true } });
  } finally {
    await s3.restart();
  }
  expect((await putPart(session, 1, slice(bytes, session, 1))).status).toBe(200);
  await s3.pause();
  let refused;
  try {
    refused = await gql(user, COMPLETE, { id: session.id });
  } finally {
    await s3.restart();
  }
  expect(errorCodes(refused)).toEqual(['STORAGE_UNAVAILABLE']);
  expect(refused.errors![0].extensions).toMatchObject({ reason: 'unreachable', retryable: true });
  // The session is open again (not aborted, its parts kept), and no file was made.
  expect((await ok(user, STATUS, { id: session.id })).uploadStatus).toMatchObject({ status: 'Uploading', missingParts: [] });
  expect(await keys(`uploads/${session.id}`)).toHaveLength(session.partCount);
  expect(await fileRows(user)).toEqual([]);

  const file = (await ok(user, COMPLETE, { id: session.id })).completeUpload;
  expect(file).toMatchObject({ sizeBytes: bytes.length, sha256: sha256(bytes) });
  const download = await fetch((await ok(user, LINK, { id: file.id })).fileDownloadUrl.url);
  expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
});

test('abort and the cleanup schedules delete in the bucket: parts, purged files and orphans', async () => {
  const user = await newUser();
  const bytes = png();
  const aborted = await init(user, bytes);
  await putPart(aborted, 1, slice(bytes, aborted, 1));
  expect(await keys(`uploads/${aborted.id}`)).toHaveLength(1);
  await ok(user, 'mutation($id: ID!) { abortUpload(sessionId: $id) { id } }', { id: aborted.id });
  expect(await keys(`uploads/${aborted.id}`)).toEqual([]);

  const kept = await init(user, bytes);
  await sendAll(kept, bytes);
  const keptFile = (await ok(user, COMPLETE, { id: kept.id })).completeUpload;
  const trashed = await init(user, bytes);
  await sendAll(trashed, bytes);
  const trashedFile = (await ok(user, COMPLETE, { id: trashed.id })).completeUpload;
  await ok(user, 'mutation($id: ID!) { deleteFile(id: $id) { id } }', { id: trashedFile.id });
  await admin.query("UPDATE file_mgr.files SET deleted_at = now() - interval '31 days' WHERE id = $1", [trashedFile.id]);
  const orphan = `files/${DEFAULT_TENANT_ID}/${user.id}/${randomUUID()}`;
  await bucket.put(orphan, randomBytes(100));
  const strayParts = `uploads/${randomUUID()}`;
  await bucket.put(`${strayParts}/1.abc`, randomBytes(100));
  await bucket.put(`${strayParts}/2.def`, randomBytes(100));

  await admin.query("UPDATE file_mgr.cleanup_schedules SET next_run_at = NULL, retention_days = 0 WHERE target = 'OrphanObjects'");
  await admin.query("UPDATE file_mgr.cleanup_schedules SET next_run_at = NULL WHERE target = 'DeletedFiles'");
  await admin.query("UPDATE file_mgr.cleanup_schedules SET next_run_at = now() + interval '1 day' WHERE target NOT IN ('OrphanObjects', 'DeletedFiles')");
  const runs = await runDueSchedules(stack.subgraphs.file!.db);
  expect(runs.map((r) => [r.target, r.status]).sort()).toEqual([['DeletedFiles', 'Succeeded'], ['OrphanObjects', 'Succeeded']]);
  expect(await userFiles(user)).toEqual([`files/${DEFAULT_TENANT_ID}/${user.id}/${keptFile.id}`]);
  expect(await keys(strayParts)).toEqual([]);
});
