// Content's uploads driven through the admin SDK against the whole stack: files go up through the
// file subgraph's resumable upload sessions (parts PUT to the router's /v1/uploads), then the AE
// project file, named assets and SVG colour previews are attached by file id. Good and bad paths:
// wrong types, someone else's file, non-administrators, SQL-shaped names, nothing left behind.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import WebSocket from 'ws';
import { parse } from 'graphql';
import { PNG } from 'pngjs';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { linksThrough, startStack, type Stack } from './kit/stack.ts';
import { eventually } from './kit/eventually.ts';
import { callerToken, catalogProject, type TestCaller } from '../subgraphs/content/test-factories.ts';
import { createAdminSdk, operations as ops, SdkError, type AdminSdk } from '../clients/admin/sdk.ts';
import jpeg from 'jpeg-js';
import { normaliseSvg, traceToSvg } from '../subgraphs/content/previews/tracer.ts';
import { decodeImage } from '../subgraphs/content/previews/decode.ts';

let stack: Stack;
let admin: TestCaller;
let otherAdmin: TestCaller;
let user: TestCaller;
let adminSdk: AdminSdk;
let otherAdminSdk: AdminSdk;
let userSdk: AdminSdk;
let anonymousSdk: AdminSdk;

beforeAll(async () => {
  stack = await startStack({ jobs: true });
  linksThrough(stack.url);
  admin = await callerToken(stack.jwt.privateKey, 'Admin');
  otherAdmin = await callerToken(stack.jwt.privateKey, 'Admin');
  user = await callerToken(stack.jwt.privateKey, 'User');
  const sdkFor = (caller?: TestCaller) => createAdminSdk({ url: stack.url, token: () => caller?.token, webSocketImpl: WebSocket });
  adminSdk = sdkFor(admin);
  otherAdminSdk = sdkFor(otherAdmin);
  userSdk = sdkFor(user);
  anonymousSdk = sdkFor();
});
afterAll(async () => {
  for (const sdk of [adminSdk, otherAdminSdk, userSdk, anonymousSdk]) await sdk?.close();
  await stack?.stop();
});

const db = () => stack.db.admin;
const md5 = (bytes: Buffer) => createHash('md5').update(bytes).digest('hex');
const storagePath = (key: string) => path.join(process.env.STORAGE_DIR!, key);
const keyOf = (uri: string) => uri.replace(/^storage:\/\//, '');
/** Objects content keeps for a project. */
const catalogObjects = (projectId: string, kind: 'ae' | 'assets') => {
  const dir = storagePath(`catalog/projects/${projectId}/${kind}`);
  return existsSync(dir) ? readdirSync(dir).filter((name) => !name.endsWith('.tmp')) : [];
};

/** The SDK's error code for a call that must fail. */
async function codeOf(call: Promise<unknown>): Promise<string | undefined> {
  const error = await call.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(SdkError);
  return (error as SdkError).code;
}

// Fixtures: real magic bytes, random rest; one real PNG for tracing.
const aep = (size = 3000) => {
  const head = Buffer.alloc(12);
  head.write('RIFX', 0, 'latin1');
  head.writeUInt32BE(size - 8, 4);
  head.write('Egg!', 8, 'latin1');
  return Buffer.concat([head, randomBytes(size - 12)]);
};
const aepx = () => Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<AfterEffectsProject xmlns="http://www.adobe.com/products/aftereffects/1.0" majorVersion="1">\n${'<Fold/>'.repeat(200)}\n</AfterEffectsProject>\n`);
const mp4 = () => Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom', 'latin1'), randomBytes(2000)]);
const ttf = () => Buffer.concat([Buffer.from([0, 1, 0, 0, 0]), randomBytes(1500)]);
/** A 64×48 PNG: red on the left, blue on the right. */
function twoColourPng(): Buffer {
  const png = new PNG({ width: 64, height: 48 });
  for (let y = 0; y < 48; y++) {
    for (let x = 0; x < 64; x++) {
      const i = (y * 64 + x) * 4;
      png.data[i] = x < 32 ? 255 : 0;
      png.data[i + 1] = 0;
      png.data[i + 2] = x < 32 ? 0 : 255;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

/** Uploads bytes through the router in 1 KiB parts with the caller's SDK; returns the file. */
async function upload(sdk: AdminSdk, name: string, mimeType: string, bytes: Buffer) {
  const { initUpload: session } = await sdk.mutate(ops.AdminInitUploadDocument, { input: { name, mimeType, sizeBytes: bytes.length, partSize: 1024 } });
  expect(session.uploadUrl).toBe(`${new URL(stack.url).origin}/v1/uploads/${session.id}`);
  // Parts go to the router, which forwards /v1/uploads to the file subgraph.
  for (let n = 1; n <= session.partCount; n++) {
    const part = bytes.subarray((n - 1) * session.partSize, n * session.partSize);
    const response = await fetch(`${session.uploadUrl}/parts/${n}`, { method: 'PUT', body: new Uint8Array(part), headers: { authorization: `Bearer ${session.uploadToken}`, 'content-type': 'application/octet-stream' } });
    expect(response.status).toBe(200);
  }
  return (await sdk.mutate(ops.AdminCompleteUploadDocument, { sessionId: session.id })).completeUpload;
}

const draftProject = (options: Parameters<typeof catalogProject>[1] = {}) =>
  catalogProject(db(), { published: false, aeFile: false, scenes: [{ key: 'intro', fields: [{ key: 'bg_color', type: 'Color' }] }], ...options });

describe('the AE project file', () => {
  test('an .aep uploaded through the router and attached makes the project publishable; an .aepx replaces it', async () => {
    const { project } = await draftProject();
    expect(await codeOf(adminSdk.mutate(ops.PublishProjectDocument, { id: project.id }))).toBe('NOT_PUBLISHABLE');

    const bytes = aep();
    const file = await upload(adminSdk, 'Intro.aep', 'application/vnd.adobe.aftereffects.project', bytes);
    expect(file).toMatchObject({ mimeType: 'application/vnd.adobe.aftereffects.project', sizeBytes: bytes.length });

    const { attachProjectAeFile: attached } = await adminSdk.mutate(ops.AttachProjectAeFileDocument, { projectId: project.id, fileId: file.id, aeVersion: '24.0', mainComp: 'MAIN' });
    expect(attached).toMatchObject({ id: project.id, aeStatus: 'Uploaded', hasAeFile: true, aepFileMd5: md5(bytes), aeVersion: '24.0', mainComp: 'MAIN', publishStatus: 'Draft' });
    expect(attached.aepFileUrl).toBe(`storage://catalog/projects/${project.id}/ae/${file.id}.aep`);
    // The catalog keeps its own copy, byte for byte.
    expect(readFileSync(storagePath(keyOf(attached.aepFileUrl!))).equals(bytes)).toBe(true);
    const row = await db().project.findUniqueOrThrow({ where: { id: project.id } });
    expect(row.aepFileSizeBytes).toBe(BigInt(bytes.length));

    expect((await adminSdk.mutate(ops.PublishProjectDocument, { id: project.id })).publishProject.publishStatus).toBe('Published');

    const xml = aepx();
    const xmlFile = await upload(adminSdk, 'Intro.aepx', 'application/vnd.adobe.aftereffects.project+xml', xml);
    expect(xmlFile.mimeType).toBe('application/vnd.adobe.aftereffects.project+xml');
    const { attachProjectAeFile: replaced } = await adminSdk.mutate(ops.AttachProjectAeFileDocument, { projectId: project.id, fileId: xmlFile.id });
    // Version and composition stay when not given; the old copy is gone.
    expect(replaced).toMatchObject({ aepFileMd5: md5(xml), aeVersion: '24.0', mainComp: 'MAIN', aepFileUrl: `storage://catalog/projects/${project.id}/ae/${xmlFile.id}.aepx` });
    expect(catalogObjects(project.id, 'ae')).toEqual([`${xmlFile.id}.aepx`]);
    // Attaching the same file again changes nothing and keeps its object.
    await adminSdk.mutate(ops.AttachProjectAeFileDocument, { projectId: project.id, fileId: xmlFile.id });
    expect(catalogObjects(project.id, 'ae')).toEqual([`${xmlFile.id}.aepx`]);
  });

  test('files that are not AE projects are refused, and nothing changes', async () => {
    const { project } = await draftProject();
    const picture = await upload(adminSdk, 'poster.png', 'image/png', twoColourPng());
    expect(await codeOf(adminSdk.mutate(ops.AttachProjectAeFileDocument, { projectId: project.id, fileId: picture.id }))).toBe('UNSUPPORTED_FILE_TYPE');
    expect(await db().project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({ aepFileUrl: null, aeStatus: 'Missing' });
    expect(catalogObjects(project.id, 'ae')).toEqual([]);

    // RIFX without the AE form type, and XML that is not an AE project, never become files.
    const notAe = Buffer.concat([Buffer.from('RIFX\0\0\0\0MV93', 'latin1'), randomBytes(500)]);
    expect(await codeOf(upload(adminSdk, 'movie.aep', 'application/vnd.adobe.aftereffects.project', notAe))).toBe('UNSUPPORTED_FILE_TYPE');
    const svg = Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(await codeOf(upload(adminSdk, 'x.aepx', 'application/vnd.adobe.aftereffects.project+xml', svg))).toBe('UNSUPPORTED_FILE_TYPE');
  });

  test("someone else's file, an unknown file or project, and bad ids", async () => {
    const { project } = await draftProject();
    const theirs = await upload(otherAdminSdk, 'theirs.aep', 'application/vnd.adobe.aftereffects.project', aep());
    const usersFile = await upload(userSdk, 'mine.aep', 'application/vnd.adobe.aftereffects.project', aep());
    // Another administrator's upload, a user's upload: not yours, so not found.
    expect(await codeOf(adminSdk.mutate(ops.AttachProjectAeFileDocument, { projectId: project.id, fileId: theirs.id }))).toBe('NOT_FOUND');
    expect(await codeOf(adminSdk.mutate(ops.AttachProjectAeFileDocument, { projectId: project.id, fileId: usersFile.id }))).toBe('NOT_FOUND');
    expect(await codeOf(adminSdk.mutate(ops.AttachProjectAeFileDocument, { projectId: project.id, fileId: '00000000-0000-4000-8000-00000000dead' }))).toBe('NOT_FOUND');
    expect(await codeOf(adminSdk.mutate(ops.AttachProjectAeFileDocument, { projectId: project.id, fileId: "1' OR '1'='1" }))).toBe('INVALID_ID');
    const mine = await upload(adminSdk, 'mine.aep', 'application/vnd.adobe.aftereffects.project', aep());
    expect(await codeOf(adminSdk.mutate(ops.AttachProjectAeFileDocument, { projectId: '00000000-0000-4000-8000-00000000dead', fileId: mine.id }))).toBe('NOT_FOUND');
    expect(await codeOf(adminSdk.mutate(ops.AttachProjectAeFileDocument, { projectId: project.id, fileId: mine.id, mainComp: 'bad\u0000comp' }))).toBe('BAD_USER_INPUT');
    // A trashed upload is gone for content too.
    const trash = parse('mutation Trash($id: ID!) { deleteFile(id: $id) { id } }') as TypedDocumentNode<unknown, { id: string }>;
    await adminSdk.mutate(trash, { id: mine.id });
    expect(await codeOf(adminSdk.mutate(ops.AttachProjectAeFileDocument, { projectId: project.id, fileId: mine.id }))).toBe('NOT_FOUND');
    expect(await db().project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({ aepFileUrl: null, aeStatus: 'Missing' });
  });

  test('only administrators attach, add assets or trace previews', async () => {
    const { project, template } = await draftProject();
    const file = await upload(userSdk, 'mine.aep', 'application/vnd.adobe.aftereffects.project', aep());
    expect(await codeOf(userSdk.mutate(ops.AttachProjectAeFileDocument, { projectId: project.id, fileId: file.id }))).toBe('FORBIDDEN');
    expect(await codeOf(userSdk.mutate(ops.AddProjectAssetDocument, { projectId: project.id, input: { name: 'a', kind: 'Font', fileId: file.id } }))).toBe('FORBIDDEN');
    expect(await codeOf(userSdk.mutate(ops.TraceSvgPreviewDocument, { templateId: template.id, fileId: file.id }))).toBe('FORBIDDEN');
    expect(await codeOf(userSdk.query(ops.ProjectAssetsDocument, { projectId: project.id }))).toBe('FORBIDDEN');
    expect(await codeOf(anonymousSdk.mutate(ops.AttachProjectAeFileDocument, { projectId: project.id, fileId: file.id }))).toBe('UNAUTHENTICATED');
    expect(await db().project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({ aepFileUrl: null });
  });
});

describe('project assets', () => {
  test('footage, image, audio and font files are added, listed and deleted; the upload stays', async () => {
    const { project } = await draftProject();
    const footage = await upload(adminSdk, 'Clouds.mp4', 'video/mp4', mp4());
    const font = await upload(adminSdk, 'Vazir.ttf', 'font/ttf', ttf());
    const picture = await upload(adminSdk, 'logo.png', 'image/png', twoColourPng());
    const sqlName = "logo'); DROP TABLE content.project_assets; --";
    for (const [name, kind, file] of [['clouds', 'Footage', footage], ['font_main', 'Font', font], [sqlName, 'Image', picture]] as const) {
      const { addProjectAsset } = await adminSdk.mutate(ops.AddProjectAssetDocument, { projectId: project.id, input: { name, kind, fileId: file.id } });
      expect(addProjectAsset).toMatchObject({ name, kind });
    }
    const { projectAssets } = await adminSdk.query(ops.ProjectAssetsDocument, { projectId: project.id });
    expect(projectAssets.map((a) => [a.name, a.kind, a.fileName, a.mimeType])).toEqual([
      ['clouds', 'Footage', 'Clouds.mp4', 'video/mp4'],
      ['font_main', 'Font', 'Vazir.ttf', 'font/ttf'],
      [sqlName, 'Image', 'logo.png', 'image/png'],
    ]);
    const stored = projectAssets[0];
    expect(stored.md5).toBe(md5(readFileSync(storagePath(keyOf(stored.url)))));
    expect(catalogObjects(project.id, 'assets')).toHaveLength(3);
    // The admin list shows them too.
    const listed = await adminSdk.query(ops.AdminProjectsDocument, { search: project.name, first: 5 });
    expect(listed.adminProjects.edges.find((e) => e.node.id === project.id)?.node.assets.map((a) => a.name).sort()).toEqual(['clouds', 'font_main', sqlName].sort());

    expect((await adminSdk.mutate(ops.DeleteProjectAssetDocument, { id: stored.id })).deleteProjectAsset).toBe(true);
    expect((await adminSdk.mutate(ops.DeleteProjectAssetDocument, { id: stored.id })).deleteProjectAsset).toBe(false);
    expect(catalogObjects(project.id, 'assets')).toHaveLength(2);
    expect(existsSync(storagePath(keyOf(stored.url)))).toBe(false);
    // The uploaded file is still in the administrator's files.
    const fileQuery = parse('query OwnFile($id: ID!) { file(id: $id) { id name } }') as TypedDocumentNode<{ file: { id: string; name: string } }, { id: string }>;
    expect((await adminSdk.query(fileQuery, { id: footage.id })).file.name).toBe('Clouds.mp4');
    expect(await db().$queryRawUnsafe('SELECT count(*)::int AS n FROM content.project_assets WHERE project_id = $1::uuid', project.id)).toEqual([{ n: 2 }]);
  });

  test('a taken name, a file of the wrong kind, someone else\'s file and bad names change nothing', async () => {
    const { project } = await draftProject();
    const font = await upload(adminSdk, 'Vazir.ttf', 'font/ttf', ttf());
    const picture = await upload(adminSdk, 'logo.png', 'image/png', twoColourPng());
    const theirs = await upload(otherAdminSdk, 'theirs.ttf', 'font/ttf', ttf());
    await adminSdk.mutate(ops.AddProjectAssetDocument, { projectId: project.id, input: { name: 'main font', kind: 'Font', fileId: font.id } });
    const add = (name: string, kind: 'Footage' | 'Image' | 'Audio' | 'Font', fileId: string, projectId = project.id) =>
      codeOf(adminSdk.mutate(ops.AddProjectAssetDocument, { projectId, input: { name, kind, fileId } }));
    expect(await add('  main font ', 'Font', font.id)).toBe('CONFLICT');
    expect(await add('logo', 'Audio', picture.id)).toBe('UNSUPPORTED_FILE_TYPE');
    expect(await add('logo', 'Footage', font.id)).toBe('UNSUPPORTED_FILE_TYPE');
    expect(await add('theirs', 'Font', theirs.id)).toBe('NOT_FOUND');
    expect(await add('', 'Image', picture.id)).toBe('BAD_USER_INPUT');
    expect(await add('x'.repeat(201), 'Image', picture.id)).toBe('BAD_USER_INPUT');
    expect(await add('tab\tname', 'Image', picture.id)).toBe('BAD_USER_INPUT');
    expect(await add('logo', 'Image', picture.id, '00000000-0000-4000-8000-00000000dead')).toBe('NOT_FOUND');
    expect(await add('logo', 'Image', picture.id, "'; DROP TABLE content.projects; --")).toBe('INVALID_ID');
    expect((await adminSdk.query(ops.ProjectAssetsDocument, { projectId: project.id })).projectAssets.map((a) => a.name)).toEqual(['main font']);
    expect(catalogObjects(project.id, 'assets')).toHaveLength(1);
  });
});

describe('SVG colour previews', () => {
  test("the tracer's SVG is normalised: #rrggbb fills, most used first, invisible ones and scripts left out", () => {
    const traced = '<svg width="4" height="2" viewBox="0 0 4 2"><path fill="rgb(0,0,255)" stroke="rgb(0,0,255)" opacity="1" d="M0 0"/>'
      + '<path fill="rgb(255,0,0)" opacity="1" d="M1 0"/><path fill="rgb(255,0,0)" opacity="1" d="M2 0"/><path fill="rgb(9,9,9)" opacity="0" d="M3 0"/></svg>';
    const { svg, fills } = normaliseSvg(traced);
    expect(fills).toEqual(['#ff0000', '#0000ff']);
    expect(svg).toContain('fill="#0000ff" stroke="#0000ff"');
    expect(svg).not.toContain('rgb(');
    expect(() => normaliseSvg('<svg><script>alert(1)</script></svg>')).toThrow('plain SVG');
    expect(() => normaliseSvg('<svg onload="x()"></svg>')).toThrow('plain SVG');
    expect(() => normaliseSvg('<html></html>')).toThrow('plain SVG');
  });

  test('a JPEG decodes and traces like a PNG', async () => {
    const width = 32, height = 16;
    const data = Buffer.alloc(width * height * 4);
    for (let i = 0; i < width * height; i++) data.set(i % width < width / 2 ? [255, 0, 0, 255] : [0, 0, 255, 255], i * 4);
    const image = await decodeImage(jpeg.encode({ width, height, data }, 95).data);
    expect([image.width, image.height]).toEqual([width, height]);
    const { fills } = normaliseSvg(await traceToSvg(image));
    expect(fills.length).toBeGreaterThanOrEqual(2);
  });

  const previewOf = async (projectId: string) => (await adminSdk.query(ops.ProjectSvgPreviewDocument, { id: projectId })).project?.svgPreview;

  test('an uploaded PNG is traced in the background and served with its colour slots', async () => {
    const { project, template } = await draftProject();
    const picture = await upload(adminSdk, 'colours.png', 'image/png', twoColourPng());
    const { traceSvgPreview } = await adminSdk.mutate(ops.TraceSvgPreviewDocument, { templateId: template.id, projectId: project.id, fileId: picture.id });
    expect(traceSvgPreview.status).toBe('Pending');
    const done = await eventually(() => previewOf(project.id), (p) => p?.status !== 'Pending', 30_000);
    expect(done).toMatchObject({ status: 'Traced', width: 64, height: 48, errorMessage: null });
    expect(done!.svg).toMatch(/^<svg[\s>]/);
    expect(done!.svgUrl).toBe(`data:image/svg+xml;base64,${Buffer.from(done!.svg!).toString('base64')}`);
    expect(done!.colorSlots.map((s) => s.fill)).toEqual(expect.arrayContaining(['#0000ff', '#ff0000']));
    const { setSvgPreviewColorSlots } = await adminSdk.mutate(ops.SetSvgPreviewColorSlotsDocument, { id: done!.id, slots: [{ fill: '#FF0000', fieldKey: 'bg_color' }] });
    expect(setSvgPreviewColorSlots.colorSlots).toEqual(expect.arrayContaining([expect.objectContaining({ fill: '#ff0000', fieldKey: 'bg_color' }), expect.objectContaining({ fill: '#0000ff', fieldKey: null })]));
    expect(await codeOf(adminSdk.mutate(ops.SetSvgPreviewColorSlotsDocument, { id: done!.id, slots: [{ fill: '#00ff00', fieldKey: 'bg_color' }] }))).toBe('BAD_USER_INPUT');
    expect(await codeOf(adminSdk.mutate(ops.SetSvgPreviewColorSlotsDocument, { id: done!.id, slots: [{ fill: '#ff0000', fieldKey: 'no_such_field' }] }))).toBe('INVALID_FIELD');
    // Asking again replaces it (one preview per project), keeping one source copy.
    await adminSdk.mutate(ops.TraceSvgPreviewDocument, { templateId: template.id, projectId: project.id, fileId: picture.id });
    await eventually(() => previewOf(project.id), (p) => p?.status !== 'Pending', 30_000);
    expect(await db().templateSvgPreview.count({ where: { templateId: template.id } })).toBe(1);
    expect(readdirSync(storagePath(`catalog/svg-previews/${template.id}`))).toHaveLength(1);
    // Deleted with its source copy.
    expect((await adminSdk.mutate(ops.DeleteSvgPreviewDocument, { id: done!.id })).deleteSvgPreview).toBe(true);
    expect((await adminSdk.mutate(ops.DeleteSvgPreviewDocument, { id: done!.id })).deleteSvgPreview).toBe(false);
    expect(readdirSync(storagePath(`catalog/svg-previews/${template.id}`))).toHaveLength(0);
    expect(await previewOf(project.id)).toBeNull();
  });

  test('a damaged PNG fails with its reason; other files, other projects and other people\'s images are refused', async () => {
    const { project, template } = await draftProject();
    const other = await draftProject();
    // Whole up to the first IDAT chunk's header (so its type is known from the content), garbage after.
    const damaged = Buffer.concat([twoColourPng().subarray(0, 41), randomBytes(200)]);
    const broken = await upload(adminSdk, 'broken.png', 'image/png', damaged);
    await adminSdk.mutate(ops.TraceSvgPreviewDocument, { templateId: template.id, projectId: project.id, fileId: broken.id });
    const failed = await eventually(() => previewOf(project.id), (p) => p?.status !== 'Pending', 30_000);
    expect(failed).toMatchObject({ status: 'Failed', svg: null });
    expect(failed!.errorMessage).toMatch(/PNG/);

    const font = await upload(adminSdk, 'Vazir.ttf', 'font/ttf', ttf());
    const picture = await upload(adminSdk, 'ok.png', 'image/png', twoColourPng());
    const theirs = await upload(otherAdminSdk, 'theirs.png', 'image/png', twoColourPng());
    const trace = (variables: { templateId: string; projectId?: string | null; fileId: string }) => codeOf(adminSdk.mutate(ops.TraceSvgPreviewDocument, variables));
    expect(await trace({ templateId: template.id, fileId: font.id })).toBe('UNSUPPORTED_FILE_TYPE');
    expect(await trace({ templateId: template.id, projectId: other.project.id, fileId: picture.id })).toBe('NOT_FOUND');
    expect(await trace({ templateId: template.id, fileId: theirs.id })).toBe('NOT_FOUND');
    expect(await trace({ templateId: '00000000-0000-4000-8000-00000000dead', fileId: picture.id })).toBe('NOT_FOUND');
    expect(await trace({ templateId: "x' OR 1=1 --", fileId: picture.id })).toBe('INVALID_ID');
    // Only the failed preview exists; the refused requests stored nothing.
    expect(await db().templateSvgPreview.count({ where: { templateId: { in: [template.id, other.template.id] } } })).toBe(1);
    expect(readdirSync(storagePath(`catalog/svg-previews/${template.id}`))).toHaveLength(1);
  });
});
