// The catalog administered through the admin SDK against the whole stack (router, every subgraph):
// templates and projects created, changed, deleted (archived) and restored; the publish workflow
// with its refusal reasons; scenes with editable fields; characters and presets; blog posts and
// pages in fa and en; the search of renderable projects; and the signed /v1/catalog downloads of
// AE files and assets, for administrators and for a render node following its RenderFrames command.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import WebSocket from 'ws';
import { linksThrough, startStack, SERVICE_SECRET, type Stack } from './kit/stack.ts';
import { execute, expectNoErrors } from './kit/client.ts';
import { login } from './kit/session.ts';
import { TestNode } from './kit/node-agent.ts';
import { seedDemo, DEMO_NODE_ID, DEMO_NODE_SECRET } from '../prisma/seed.ts';
import { createAdminSdk, operations as ops, SdkError, type AdminSdk } from '../clients/admin/sdk.ts';
import { CatalogLinks } from '../subgraphs/kit/catalog-links.ts';
import { slugOf } from '../subgraphs/content/catalog/templates.ts';

const ACME_TENANT_ID = '00000000-0000-0000-0000-00000000ac3e';

let stack: Stack;
let origin: string;
let adminSdk: AdminSdk;
let resellerSdk: AdminSdk;
let userSdk: AdminSdk;
let anonymousSdk: AdminSdk;
let userToken: string;
let adminToken: string;

beforeAll(async () => {
  stack = await startStack();
  await seedDemo(stack.db.adminUrl);
  origin = new URL(stack.url).origin;
  linksThrough(stack.url);
  adminToken = (await login(stack.url, 'admin@flatrender.local')).accessToken;
  const resellerToken = (await login(stack.url, 'reseller@acme.test')).accessToken;
  userToken = (await login(stack.url, 'user@flatrender.local')).accessToken;
  const sdkFor = (token?: string) => createAdminSdk({ url: stack.url, token: () => token, webSocketImpl: WebSocket });
  adminSdk = sdkFor(adminToken);
  resellerSdk = sdkFor(resellerToken);
  userSdk = sdkFor(userToken);
  anonymousSdk = sdkFor();
});
afterAll(async () => {
  for (const sdk of [adminSdk, resellerSdk, userSdk, anonymousSdk]) await sdk?.close();
  await stack?.stop();
});

const db = () => stack.db.admin;
const unique = () => randomUUID().slice(0, 8);
const md5 = (bytes: Buffer | Uint8Array) => createHash('md5').update(bytes).digest('hex');

/** The SDK's error for a call that must fail. */
async function failure(call: Promise<unknown>): Promise<SdkError> {
  const error = await call.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(SdkError);
  return error as SdkError;
}
const codeOf = async (call: Promise<unknown>) => (await failure(call)).code;

const aep = (size = 5000) => {
  const head = Buffer.alloc(12);
  head.write('RIFX', 0, 'latin1');
  head.writeUInt32BE(size - 8, 4);
  head.write('Egg!', 8, 'latin1');
  return Buffer.concat([head, randomBytes(size - 12)]);
};
const ttf = () => Buffer.concat([Buffer.from([0, 1, 0, 0, 0]), randomBytes(1500)]);

/** Uploads bytes through the router with the admin SDK (file's resumable sessions); returns the file. */
async function upload(name: string, mimeType: string, bytes: Buffer) {
  const { initUpload: session } = await adminSdk.mutate(ops.AdminInitUploadDocument, { input: { name, mimeType, sizeBytes: bytes.length, partSize: 4096 } });
  for (let n = 1; n <= session.partCount; n++) {
    const part = bytes.subarray((n - 1) * session.partSize, n * session.partSize);
    const response = await fetch(`${session.uploadUrl}/parts/${n}`, { method: 'PUT', body: new Uint8Array(part), headers: { authorization: `Bearer ${session.uploadToken}` } });
    expect(response.status).toBe(200);
  }
  return (await adminSdk.mutate(ops.AdminCompleteUploadDocument, { sessionId: session.id })).completeUpload;
}

const newTemplate = async (input: Partial<ops.CreateTemplateInput> = {}) =>
  (await adminSdk.mutate(ops.CreateTemplateDocument, { input: { name: `Catalog ${unique()}`, ...input } })).createTemplate;
const newProject = async (templateId: string, input: Partial<ops.CreateProjectInput> = {}) =>
  (await adminSdk.mutate(ops.CreateProjectDocument, { templateId, input: { aspectRatio: '16:9', width: 1920, height: 1080, durationSec: 2, ...input } })).createProject;

describe('templates', () => {
  test('created as drafts with a slug made from the name, unique in the tenant', async () => {
    const category = (await adminSdk.query(ops.AdminCategoriesDocument)).categories[0];
    const name = `Summer Sale ${unique()}!`;
    const first = await newTemplate({ name, categoryId: category.id, priceMinor: 1_500_000, description: '  A sale.  ', isFeatured: true, thumbnailUrl: 'https://cdn.example/t.jpg' });
    expect(first).toMatchObject({
      title: name, slug: slugOf(name), description: 'A sale.', publishStatus: 'Draft', publishedAt: null, archivedAt: null,
      isFeatured: true, priceMinor: 1_500_000, thumbnailUrl: 'https://cdn.example/t.jpg', category: { id: category.id },
    });
    expect(first.slug).toMatch(/^summer-sale-[a-z0-9]+$/);
    // The same name again: the next free slug.
    expect((await newTemplate({ name })).slug).toBe(`${first.slug}-2`);
    expect((await newTemplate({ name })).slug).toBe(`${first.slug}-3`);
    // A title without Latin letters still gets a slug.
    expect((await newTemplate({ name: 'تبریک نوروز' })).slug).toMatch(/^template(-\d+)?$/);
    const row = await db().template.findUniqueOrThrow({ where: { id: first.id } });
    expect(row).toMatchObject({ tenantId: '00000000-0000-0000-0000-000000000001', priceMinor: 1_500_000n });
    expect(row.createdBy).toBeTruthy();
    // Drafts are the administrators' to see.
    expect((await adminSdk.query(ops.AdminTemplateDocument, { slug: first.slug })).template?.id).toBe(first.id);
    expect((await anonymousSdk.query(ops.AdminTemplateDocument, { slug: first.slug })).template).toBeNull();
  });

  test('a tenant\'s private catalog has slugs of its own', async () => {
    const slug = `shared-${unique()}`;
    const platform = await newTemplate({ slug });
    const acme = await newTemplate({ slug, tenantId: ACME_TENANT_ID });
    expect(acme.slug).toBe(slug);
    expect((await db().template.findUniqueOrThrow({ where: { id: acme.id } })).tenantId).toBe(ACME_TENANT_ID);
    expect(platform.id).not.toBe(acme.id);
    expect(await codeOf(newTemplate({ slug, tenantId: ACME_TENANT_ID }))).toBe('SLUG_TAKEN');
    expect(await codeOf(newTemplate({ tenantId: '00000000-0000-4000-8000-00000000dead' }))).toBe('NOT_FOUND');
  });

  test('bad input is refused with its code and creates nothing', async () => {
    const taken = await newTemplate();
    const before = await db().template.count();
    const cases: [Partial<ops.CreateTemplateInput>, string][] = [
      [{ slug: taken.slug }, 'SLUG_TAKEN'],
      [{ slug: 'Bad Slug' }, 'BAD_USER_INPUT'],
      [{ slug: 'double--hyphen' }, 'BAD_USER_INPUT'],
      [{ name: '   ' }, 'BAD_USER_INPUT'],
      [{ name: 'x'.repeat(201) }, 'BAD_USER_INPUT'],
      [{ categoryId: '00000000-0000-4000-8000-00000000dead' }, 'NOT_FOUND'],
      [{ categoryId: "1' OR '1'='1" }, 'INVALID_ID'],
      [{ priceMinor: -1 }, 'BAD_USER_INPUT'],
      [{ thumbnailUrl: 'javascript:alert(1)' }, 'BAD_USER_INPUT'],
      [{ previewVideoUrl: 'ftp://example.com/v.mp4' }, 'BAD_USER_INPUT'],
      [{ description: 'x'.repeat(5001) }, 'BAD_USER_INPUT'],
    ];
    for (const [input, code] of cases) expect([input, await codeOf(newTemplate(input))]).toEqual([input, code]);
    // The slug refusal says who holds it.
    const conflict = await execute(stack.url, { document: 'mutation($i: CreateTemplateInput!) { createTemplate(input: $i) { id } }', variables: { i: { name: 'x', slug: taken.slug } }, token: adminToken });
    expect(conflict.errors?.[0].extensions).toMatchObject({ code: 'SLUG_TAKEN', field: 'slug', templateId: taken.id, archived: false });
    expect(await db().template.count()).toBe(before);
  });

  test('updates change what is given, clear what is null, and nothing on a refusal', async () => {
    const category = (await adminSdk.query(ops.AdminCategoriesDocument)).categories[1];
    const template = await newTemplate({ description: 'old', categoryId: category.id });
    const other = await newTemplate();
    const newSlug = `renamed-${unique()}`;
    const { updateTemplate: updated } = await adminSdk.mutate(ops.UpdateTemplateDocument, { id: template.id, input: { name: 'Renamed', slug: newSlug, description: null, categoryId: null, priceMinor: 0 } });
    expect(updated).toMatchObject({ id: template.id, title: 'Renamed', slug: newSlug, description: null, category: null, priceMinor: 0 });

    const fails = async (input: Record<string, unknown>, code: string) =>
      expect(await codeOf(adminSdk.mutate(ops.UpdateTemplateDocument, { id: template.id, input: input as never }))).toBe(code);
    await fails({ slug: other.slug }, 'SLUG_TAKEN');
    // A good name with a bad URL: neither is written.
    await fails({ name: 'Half', thumbnailUrl: 'not a url' }, 'BAD_USER_INPUT');
    await fails({ name: null }, 'BAD_USER_INPUT');
    await fails({ categoryId: '00000000-0000-4000-8000-00000000dead' }, 'NOT_FOUND');
    expect(await codeOf(adminSdk.mutate(ops.UpdateTemplateDocument, { id: '00000000-0000-4000-8000-00000000dead', input: { name: 'x' } }))).toBe('NOT_FOUND');
    expect(await codeOf(adminSdk.mutate(ops.UpdateTemplateDocument, { id: 'nope', input: { name: 'x' } }))).toBe('INVALID_ID');
    // Its own slug again is no conflict.
    await adminSdk.mutate(ops.UpdateTemplateDocument, { id: template.id, input: { slug: newSlug } });
    expect(await db().template.findUniqueOrThrow({ where: { id: template.id } })).toMatchObject({ name: 'Renamed', slug: newSlug, thumbnailUrl: null });
  });

  test('only platform administrators manage templates: not tenant administrators, users or visitors', async () => {
    const template = await newTemplate();
    const before = await db().template.count();
    for (const [sdk, code] of [[resellerSdk, 'FORBIDDEN'], [userSdk, 'FORBIDDEN'], [anonymousSdk, 'UNAUTHENTICATED']] as const) {
      expect(await codeOf(sdk.mutate(ops.CreateTemplateDocument, { input: { name: 'Mine' } }))).toBe(code);
      expect(await codeOf(sdk.mutate(ops.UpdateTemplateDocument, { id: template.id, input: { name: 'Mine' } }))).toBe(code);
      expect(await codeOf(sdk.mutate(ops.DeleteTemplateDocument, { id: template.id }))).toBe(code);
      expect(await codeOf(sdk.mutate(ops.CreateProjectDocument, { templateId: template.id, input: { aspectRatio: '1:1', width: 1080, height: 1080 } }))).toBe(code);
    }
    expect(await db().template.count()).toBe(before);
    expect(await db().template.findUniqueOrThrow({ where: { id: template.id } })).toMatchObject({ archivedAt: null, name: template.title });
  });
});

describe('projects', () => {
  test('added in order with a default name; sizes, rates and lengths are checked', async () => {
    const template = await newTemplate({ name: 'Variants' });
    const wide = await newProject(template.id, { frameRate: 25, durationSec: 12.5, previewVideoUrl: 'https://cdn.example/p.mp4' });
    expect(wide).toMatchObject({ name: 'Variants 16:9', aspectRatio: '16:9', resolution: '1920x1080', frameRate: 25, durationSec: 12.5, order: 0, aeStatus: 'Missing', hasAeFile: false, publishStatus: 'Draft', archivedAt: null, template: { id: template.id } });
    const tall = await newProject(template.id, { name: 'Story', aspectRatio: '9:16', width: 1080, height: 1920 });
    expect(tall).toMatchObject({ name: 'Story', order: 1, frameRate: 30 });
    // 1366×768 is 16:9 within a hair.
    expect((await newProject(template.id, { width: 1366, height: 768 })).order).toBe(2);
    const { template: detail } = await adminSdk.query(ops.AdminTemplateDocument, { slug: template.slug });
    expect(detail?.projects.map((p) => p.name)).toEqual(['Variants 16:9', 'Story', 'Variants 16:9']);
    expect((await db().project.findUniqueOrThrow({ where: { id: wide.id } })).tenantId).toBe('00000000-0000-0000-0000-000000000001');

    const before = await db().project.count();
    const cases: [Partial<ops.CreateProjectInput>, string][] = [
      [{ aspectRatio: '2:1', width: 2000, height: 1000 }, 'BAD_USER_INPUT'],
      [{ aspectRatio: '16:9', width: 1080, height: 1920 }, 'BAD_USER_INPUT'],
      [{ width: 0, height: 1080 }, 'BAD_USER_INPUT'],
      [{ width: 10_000, height: 5625 }, 'BAD_USER_INPUT'],
      [{ frameRate: 48 }, 'BAD_USER_INPUT'],
      [{ durationSec: 0 }, 'BAD_USER_INPUT'],
      [{ durationSec: -3 }, 'BAD_USER_INPUT'],
      [{ durationSec: 7200 }, 'BAD_USER_INPUT'],
      [{ order: -1 }, 'BAD_USER_INPUT'],
      [{ thumbnailUrl: 'data:image/png;base64,AAAA' }, 'BAD_USER_INPUT'],
      // The template has a 16:9 1920×1080 already.
      [{}, 'CONFLICT'],
    ];
    for (const [input, code] of cases) expect([input, await codeOf(newProject(template.id, input))]).toEqual([input, code]);
    expect(await codeOf(newProject('00000000-0000-4000-8000-00000000dead'))).toBe('NOT_FOUND');
    expect(await codeOf(newProject("'; DROP TABLE content.projects; --"))).toBe('INVALID_ID');
    expect(await db().project.count()).toBe(before);
  });

  test('updates are checked against the project as it will be', async () => {
    const template = await newTemplate();
    const project = await newProject(template.id);
    const sibling = await newProject(template.id, { aspectRatio: '1:1', width: 1080, height: 1080 });
    const { updateProject: updated } = await adminSdk.mutate(ops.UpdateProjectDocument, { id: project.id, input: { name: 'Wide', frameRate: 60, durationSec: 30.25, order: 5, mainComp: 'MAIN', aeVersion: '24.0' } });
    expect(updated).toMatchObject({ name: 'Wide', frameRate: 60, durationSec: 30.25, order: 5, mainComp: 'MAIN', aeVersion: '24.0', aspectRatio: '16:9' });
    const fails = async (input: Record<string, unknown>, code: string) =>
      expect(await codeOf(adminSdk.mutate(ops.UpdateProjectDocument, { id: project.id, input: input as never }))).toBe(code);
    // 1920×1080 is no 1:1, and the 1:1 1080×1080 is the sibling's.
    await fails({ aspectRatio: '1:1' }, 'BAD_USER_INPUT');
    await fails({ aspectRatio: '1:1', width: 1080, height: 1080 }, 'CONFLICT');
    await fails({ name: null }, 'BAD_USER_INPUT');
    await fails({ width: null }, 'BAD_USER_INPUT');
    await fails({ name: 'Half', frameRate: 7 }, 'BAD_USER_INPUT');
    await fails({ mainComp: 'bad\u0001comp' }, 'BAD_USER_INPUT');
    expect(await codeOf(adminSdk.mutate(ops.UpdateProjectDocument, { id: '00000000-0000-4000-8000-00000000dead', input: { name: 'x' } }))).toBe('NOT_FOUND');
    // A change of shape that fits, and clearing the length.
    const { updateProject: square } = await adminSdk.mutate(ops.UpdateProjectDocument, { id: project.id, input: { aspectRatio: '4:5', width: 1080, height: 1350, durationSec: null } });
    expect(square).toMatchObject({ aspectRatio: '4:5', resolution: '1080x1350', durationSec: null, name: 'Wide' });
    expect(sibling.order).toBe(1);
  });
});

/** A template with one project that has a scene and an AE file in the catalog; published unless told not to. */
async function readyProject({ publish = true, assets = false } = {}) {
  const template = await newTemplate({ priceMinor: 0 });
  const project = await newProject(template.id);
  await adminSdk.mutate(ops.CreateSceneDocument, { projectId: project.id, input: { sceneKey: 'intro', title: 'Intro', durationSec: 2, fields: [{ key: 'headline', type: 'Text', label: 'Headline', layerName: 'TXT_HEADLINE', defaultValue: 'Hi' }] } });
  const bytes = aep(20_000);
  const file = await upload('Intro.aep', 'application/vnd.adobe.aftereffects.project', bytes);
  await adminSdk.mutate(ops.AttachProjectAeFileDocument, { projectId: project.id, fileId: file.id, aeVersion: '24.0', mainComp: 'MAIN' });
  let font: Buffer | undefined;
  if (assets) {
    font = ttf();
    const fontFile = await upload('Vazir.ttf', 'font/ttf', font);
    await adminSdk.mutate(ops.AddProjectAssetDocument, { projectId: project.id, input: { name: 'font_main', kind: 'Font', fileId: fontFile.id } });
  }
  if (publish) {
    await adminSdk.mutate(ops.PublishProjectDocument, { id: project.id });
    await adminSdk.mutate(ops.PublishTemplateDocument, { id: template.id });
  }
  return { template, project, bytes, font };
}

describe('the publish workflow', () => {
  test('refusals name every reason; ready projects and templates publish and unpublish', async () => {
    const template = await newTemplate();
    const project = await newProject(template.id);
    const notReady = await failure(adminSdk.mutate(ops.PublishProjectDocument, { id: project.id }));
    expect(notReady.code).toBe('NOT_PUBLISHABLE');
    expect(notReady.message).toMatch(/no After Effects file.*no scenes/);
    const raw = await execute(stack.url, { document: 'mutation($id: ID!) { publishProject(id: $id) { id } }', variables: { id: project.id }, token: adminToken });
    expect(raw.errors?.[0].extensions).toMatchObject({ code: 'NOT_PUBLISHABLE', reasons: ['AE_FILE_MISSING', 'NO_SCENES'] });
    const templateRefusal = await execute(stack.url, { document: 'mutation($id: ID!) { publishTemplate(id: $id) { id } }', variables: { id: template.id }, token: adminToken });
    expect(templateRefusal.errors?.[0].extensions).toMatchObject({ code: 'NOT_PUBLISHABLE', reasons: ['NO_PUBLISHED_PROJECT'] });
    expect(await codeOf(adminSdk.mutate(ops.UnpublishTemplateDocument, { id: template.id }))).toBe('CONFLICT');
    expect(await codeOf(adminSdk.mutate(ops.UnpublishProjectDocument, { id: project.id }))).toBe('CONFLICT');

    const ready = await readyProject();
    const { templates } = await anonymousSdk.query(ops.AdminTemplatesDocument, { search: ready.template.slug });
    expect(templates.edges.map((e) => e.node.id)).toEqual([ready.template.id]);
    expect((await adminSdk.mutate(ops.UnpublishProjectDocument, { id: ready.project.id })).unpublishProject.publishStatus).toBe('Unpublished');
    expect((await adminSdk.mutate(ops.UnpublishTemplateDocument, { id: ready.template.id })).unpublishTemplate.publishStatus).toBe('Unpublished');
    expect((await anonymousSdk.query(ops.AdminTemplatesDocument, { search: ready.template.slug })).templates.totalCount).toBe(0);
    expect(await codeOf(userSdk.mutate(ops.PublishProjectDocument, { id: ready.project.id }))).toBe('FORBIDDEN');
  });
});

describe('deleting archives', () => {
  test('a project with a saved project is hidden, not removed; it can be restored', async () => {
    const { template, project } = await readyProject();
    // A user saved a customisation of it (and studio keeps pointing at it by id).
    const saved = expectNoErrors(await execute(stack.url, { document: 'mutation($i: CreateSavedProjectInput!) { createSavedProject(input: $i) { id } }', variables: { i: { projectId: project.id, name: 'My intro' } }, token: userToken })).createSavedProject;

    const { deleteProject: archived } = await adminSdk.mutate(ops.DeleteProjectDocument, { id: project.id });
    expect(archived).toMatchObject({ id: project.id, publishStatus: 'Unpublished' });
    expect(archived.archivedAt).toBeTruthy();
    // Deleting again changes nothing.
    expect((await adminSdk.mutate(ops.DeleteProjectDocument, { id: project.id })).deleteProject.archivedAt).toBe(archived.archivedAt);
    expect(await db().project.count({ where: { id: project.id } })).toBe(1);

    // Gone from every list…
    expect((await adminSdk.query(ops.AdminTemplateDocument, { slug: template.slug })).template?.projects).toEqual([]);
    const search = async (filter: ops.AdminProjectsFilter) => (await adminSdk.query(ops.AdminProjectSearchDocument, { filter: { templateId: template.id, ...filter } })).adminProjects.edges.map((e) => e.node.id);
    expect(await search({})).toEqual([]);
    expect(await search({ archived: true })).toEqual([project.id]);
    expect(expectNoErrors(await execute(stack.url, { document: 'query($id: ID!) { project(id: $id) { id } }', variables: { id: project.id }, token: userToken })).project).toBeNull();
    // …while the saved project still finds it.
    const mine = expectNoErrors(await execute(stack.url, { document: 'query($id: ID!) { savedProject(id: $id) { id project { id name archivedAt } } }', variables: { id: saved.id }, token: userToken }));
    expect(mine.savedProject.project).toEqual({ id: project.id, name: project.name, archivedAt: archived.archivedAt });

    // An archived project is not published, nor replaced by a new one of the same shape.
    const refusal = await execute(stack.url, { document: 'mutation($id: ID!) { publishProject(id: $id) { id } }', variables: { id: project.id }, token: adminToken });
    expect(refusal.errors?.[0].extensions).toMatchObject({ code: 'NOT_PUBLISHABLE', reasons: ['ARCHIVED'] });
    const again = await execute(stack.url, { document: 'mutation($t: ID!, $i: CreateProjectInput!) { createProject(templateId: $t, input: $i) { id } }', variables: { t: template.id, i: { aspectRatio: '16:9', width: 1920, height: 1080 } }, token: adminToken });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', projectId: project.id, archived: true });

    const { restoreProject: restored } = await adminSdk.mutate(ops.RestoreProjectDocument, { id: project.id });
    expect(restored).toMatchObject({ archivedAt: null, publishStatus: 'Unpublished' });
    expect(await codeOf(adminSdk.mutate(ops.RestoreProjectDocument, { id: project.id }))).toBe('CONFLICT');
    expect((await adminSdk.mutate(ops.PublishProjectDocument, { id: project.id })).publishProject.publishStatus).toBe('Published');
    expect(await codeOf(adminSdk.mutate(ops.DeleteProjectDocument, { id: '00000000-0000-4000-8000-00000000dead' }))).toBe('NOT_FOUND');
  });

  test('a template goes with its projects and comes back with them; its slug stays taken meanwhile', async () => {
    const { template, project } = await readyProject();
    const second = await newProject(template.id, { aspectRatio: '9:16', width: 1080, height: 1920 });
    await adminSdk.mutate(ops.DeleteProjectDocument, { id: second.id });
    const { deleteTemplate: archived } = await adminSdk.mutate(ops.DeleteTemplateDocument, { id: template.id });
    expect(archived).toMatchObject({ publishStatus: 'Unpublished', projects: [] });
    expect(archived.archivedAt).toBeTruthy();
    expect(await db().project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({ publishStatus: 'Unpublished', archivedAt: new Date(archived.archivedAt!) });

    expect((await anonymousSdk.query(ops.AdminTemplateDocument, { slug: template.slug })).template).toBeNull();
    expect((await adminSdk.query(ops.AdminTemplatesDocument, { search: template.slug })).templates.totalCount).toBe(0);
    const taken = await failure(newTemplate({ slug: template.slug }));
    expect([taken.code, taken.message]).toEqual(['SLUG_TAKEN', expect.stringMatching(/archived template/)]);
    expect(await codeOf(newProject(template.id, { aspectRatio: '1:1', width: 1080, height: 1080 }))).toBe('CONFLICT');
    expect(await codeOf(adminSdk.mutate(ops.RestoreProjectDocument, { id: project.id }))).toBe('CONFLICT');
    const refusal = await execute(stack.url, { document: 'mutation($id: ID!) { publishTemplate(id: $id) { id } }', variables: { id: template.id }, token: adminToken });
    expect(refusal.errors?.[0].extensions).toMatchObject({ code: 'NOT_PUBLISHABLE', reasons: ['ARCHIVED', 'NO_PUBLISHED_PROJECT'] });

    // Back with the project archived with it; the one deleted before stays deleted.
    const { restoreTemplate: restored } = await adminSdk.mutate(ops.RestoreTemplateDocument, { id: template.id });
    expect(restored).toMatchObject({ archivedAt: null, publishStatus: 'Unpublished', projects: [{ id: project.id, publishStatus: 'Unpublished', archivedAt: null }] });
    expect((await db().project.findUniqueOrThrow({ where: { id: second.id } })).archivedAt).not.toBeNull();
    expect(await codeOf(adminSdk.mutate(ops.RestoreTemplateDocument, { id: template.id }))).toBe('CONFLICT');
    expect(await codeOf(userSdk.mutate(ops.RestoreTemplateDocument, { id: template.id }))).toBe('FORBIDDEN');
  });
});

describe('scenes, characters and presets', () => {
  test('scenes with editable fields are created, replaced, reordered and deleted; bad fields are refused', async () => {
    const template = await newTemplate();
    const project = await newProject(template.id);
    const { createScene: intro } = await adminSdk.mutate(ops.CreateSceneDocument, {
      projectId: project.id,
      input: {
        sceneKey: 'intro', title: 'Intro', durationSec: 3, isRequired: true,
        fields: [
          { key: 'headline', type: 'Text', label: 'Headline', layerName: 'TXT_1', defaultValue: 'Hello', constraints: { maxLength: 20 } },
          { key: 'bg_color', type: 'Color', label: 'Background', layerName: 'BG', defaultValue: '#ff0000', constraints: { palette: ['#ff0000', '#00ff00'] } },
        ],
      },
    });
    expect(intro.fields.map((f) => [f.key, f.type, f.constraints.maxLength ?? f.constraints.palette])).toEqual([['headline', 'Text', 20], ['bg_color', 'Color', ['#ff0000', '#00ff00']]]);
    const { createScene: outro } = await adminSdk.mutate(ops.CreateSceneDocument, { projectId: project.id, input: { sceneKey: 'outro', title: 'Outro', durationSec: 2 } });
    const { updateScene: changed } = await adminSdk.mutate(ops.UpdateSceneDocument, { id: intro.id, input: { title: 'Opening', fields: [{ key: 'headline', type: 'Text', label: 'Title', layerName: 'TXT_1' }] } });
    expect(changed.fields).toEqual([expect.objectContaining({ id: intro.fields[0].id, key: 'headline', label: 'Title' })]);
    expect((await adminSdk.mutate(ops.ReorderScenesDocument, { projectId: project.id, sceneIds: [outro.id, intro.id] })).reorderScenes.map((s) => s.sceneKey)).toEqual(['outro', 'intro']);

    const bad = async (input: Record<string, unknown>) => codeOf(adminSdk.mutate(ops.CreateSceneDocument, { projectId: project.id, input: { sceneKey: `s${unique()}`, title: 'S', durationSec: 1, ...input } as never }));
    expect(await bad({ sceneKey: 'intro' })).toBe('CONFLICT');
    expect(await bad({ sceneKey: 'Bad Key' })).toBe('BAD_USER_INPUT');
    expect(await bad({ durationSec: 0 })).toBe('BAD_USER_INPUT');
    expect(await bad({ fields: [{ key: 'Bad-Key', type: 'Text', label: 'x', layerName: 'x' }] })).toBe('BAD_USER_INPUT');
    expect(await bad({ fields: [{ key: 'c', type: 'Color', label: 'x', layerName: 'x', defaultValue: 'red' }] })).toBe('BAD_USER_INPUT');
    expect(await bad({ fields: [{ key: 't', type: 'Text', label: 'x', layerName: 'x', constraints: { palette: ['#000000'] } }] })).toBe('BAD_USER_INPUT');
    expect(await codeOf(adminSdk.mutate(ops.ReorderScenesDocument, { projectId: project.id, sceneIds: [intro.id] }))).toBe('INVALID_SCENE');
    expect(await codeOf(userSdk.mutate(ops.CreateSceneDocument, { projectId: project.id, input: { sceneKey: 'mine', title: 'M', durationSec: 1 } }))).toBe('FORBIDDEN');
    expect(await db().scene.count({ where: { projectId: project.id } })).toBe(2);
    expect((await adminSdk.mutate(ops.DeleteSceneDocument, { id: outro.id })).deleteScene).toBe(true);
    expect((await adminSdk.mutate(ops.DeleteSceneDocument, { id: outro.id })).deleteScene).toBe(false);

    const { project: detail } = await adminSdk.query(ops.AdminProjectDocument, { id: project.id });
    expect(detail?.scenes.map((s) => [s.sceneKey, s.title, s.fields.map((f) => f.layerName)])).toEqual([['intro', 'Opening', ['TXT_1']]]);
  });

  test('characters offered by a project, and presets whose values must fit its fields', async () => {
    const template = await newTemplate();
    const project = await newProject(template.id);
    await adminSdk.mutate(ops.CreateSceneDocument, { projectId: project.id, input: { sceneKey: 'intro', title: 'Intro', durationSec: 2, fields: [{ key: 'tint', type: 'Color', label: 'Tint', layerName: 'TINT' }] } });
    const slug = `hero-${unique()}`;
    const { createCharacter: hero } = await adminSdk.mutate(ops.CreateCharacterDocument, { input: { name: 'Hero', slug, attributes: { style: 'flat' } } });
    expect(await codeOf(adminSdk.mutate(ops.CreateCharacterDocument, { input: { name: 'Again', slug } }))).toBe('CONFLICT');
    expect(await codeOf(adminSdk.mutate(ops.CreateCharacterDocument, { input: { name: 'Bad', slug: 'Bad Slug' } }))).toBe('BAD_USER_INPUT');
    expect(await codeOf(resellerSdk.mutate(ops.CreateCharacterDocument, { input: { name: 'Mine', slug: `mine-${unique()}` } }))).toBe('FORBIDDEN');
    const { setProjectCharacters } = await adminSdk.mutate(ops.SetProjectCharactersDocument, { projectId: project.id, characterIds: [hero.id] });
    expect(setProjectCharacters.characters.map((c) => [c.id, c.slug])).toEqual([[hero.id, slug]]);
    expect(await codeOf(adminSdk.mutate(ops.SetProjectCharactersDocument, { projectId: project.id, characterIds: ['00000000-0000-4000-8000-00000000dead'] }))).toBe('NOT_FOUND');
    expect(await codeOf(adminSdk.mutate(ops.SetProjectCharactersDocument, { projectId: project.id, characterIds: ['hero'] }))).toBe('INVALID_ID');

    const { createPreset: warm } = await adminSdk.mutate(ops.CreatePresetDocument, { input: { projectId: project.id, name: 'Warm', type: 'Color', values: { tint: '#ff8800' }, isDefault: true } });
    expect(warm).toMatchObject({ name: 'Warm', values: { tint: '#ff8800' }, isDefault: true });
    const unknownField = await execute(stack.url, { document: 'mutation($i: PresetInput!) { createPreset(input: $i) { id } }', variables: { i: { projectId: project.id, name: 'X', type: 'Color', values: { nope: '#000000' } } }, token: adminToken });
    expect(unknownField.errors?.[0].extensions).toMatchObject({ code: 'INVALID_FIELD' });
    expect(await codeOf(adminSdk.mutate(ops.CreatePresetDocument, { input: { projectId: project.id, name: 'X', type: 'Color', values: { tint: 'orange' } } }))).toBe('BAD_USER_INPUT');
    const { updatePreset } = await adminSdk.mutate(ops.UpdatePresetDocument, { id: warm.id, input: { name: 'Warmer', values: { tint: '#ff4400' } } });
    expect(updatePreset).toMatchObject({ name: 'Warmer', values: { tint: '#ff4400' } });
    const { project: detail } = await adminSdk.query(ops.AdminProjectDocument, { id: project.id });
    expect(detail?.presets.map((p) => p.name)).toEqual(['Warmer']);
    expect(detail?.characters.map((c) => c.id)).toEqual([hero.id]);
    expect((await adminSdk.mutate(ops.DeletePresetDocument, { id: warm.id })).deletePreset).toBe(true);
    expect((await adminSdk.mutate(ops.DeleteCharacterDocument, { id: hero.id })).deleteCharacter).toBe(true);
    expect((await adminSdk.query(ops.AdminCharactersDocument)).characters.some((c) => c.id === hero.id)).toBe(false);
  });
});

describe('blog posts and pages in fa and en', () => {
  test('one slug per locale, published posts read by locale, archived ones gone', async () => {
    const slug = `nowruz-${unique()}`;
    const { createBlogPost: fa } = await adminSdk.mutate(ops.CreateBlogPostDocument, { input: { locale: 'fa', slug, title: 'نکته‌های نوروزی', body: '# سلام', tags: ['نوروز'], seoTitle: 'نوروز' } });
    const { createBlogPost: en } = await adminSdk.mutate(ops.CreateBlogPostDocument, { input: { locale: 'en', slug, title: 'Nowruz tips', body: '# Hello', summary: 'Tips' } });
    expect([fa.status, en.status, fa.publishedAt]).toEqual(['Draft', 'Draft', null]);
    expect(await codeOf(adminSdk.mutate(ops.CreateBlogPostDocument, { input: { locale: 'en', slug, title: 'Again', body: 'x' } }))).toBe('CONFLICT');
    expect(await codeOf(adminSdk.mutate(ops.CreateBlogPostDocument, { input: { locale: 'fa', slug: 'Not A Slug', title: 'x', body: 'x' } }))).toBe('BAD_USER_INPUT');
    expect(await codeOf(userSdk.mutate(ops.CreateBlogPostDocument, { input: { locale: 'fa', slug: `x-${unique()}`, title: 'x', body: 'x' } }))).toBe('FORBIDDEN');

    expect((await anonymousSdk.query(ops.PublicBlogPostDocument, { locale: 'fa', slug })).blogPost).toBeNull();
    const published = (await adminSdk.mutate(ops.SetBlogPostStatusDocument, { id: fa.id, status: 'Published' })).setBlogPostStatus;
    expect(published.publishedAt).toBeTruthy();
    expect((await anonymousSdk.query(ops.PublicBlogPostDocument, { locale: 'fa', slug })).blogPost).toMatchObject({ id: fa.id, title: 'نکته‌های نوروزی' });
    expect((await anonymousSdk.query(ops.PublicBlogPostDocument, { locale: 'en', slug })).blogPost).toBeNull();
    const { adminBlogPosts } = await adminSdk.query(ops.AdminBlogPostsDocument, { search: 'nowruz', status: 'Draft', locale: 'en' });
    expect(adminBlogPosts.edges.map((e) => e.node.id)).toContain(en.id);
    const { updateBlogPost } = await adminSdk.mutate(ops.UpdateBlogPostDocument, { id: en.id, input: { title: 'Nowruz: ten tips' } });
    expect(updateBlogPost).toMatchObject({ title: 'Nowruz: ten tips', locale: 'en', slug });
    await adminSdk.mutate(ops.SetBlogPostStatusDocument, { id: fa.id, status: 'Archived' });
    expect((await anonymousSdk.query(ops.PublicBlogPostDocument, { locale: 'fa', slug })).blogPost).toBeNull();
    expect((await adminSdk.mutate(ops.DeleteBlogPostDocument, { id: en.id })).deleteBlogPost).toBe(true);
  });

  test('pages per locale', async () => {
    const slug = `about-${unique()}`;
    const { createPage: fa } = await adminSdk.mutate(ops.CreatePageDocument, { input: { locale: 'fa', slug, title: 'درباره ما', body: 'فلت‌رندر' } });
    const { createPage: en } = await adminSdk.mutate(ops.CreatePageDocument, { input: { locale: 'en', slug, title: 'About us', body: 'FlatRender' } });
    expect(await codeOf(adminSdk.mutate(ops.CreatePageDocument, { input: { locale: 'fa', slug, title: 'x', body: 'x' } }))).toBe('CONFLICT');
    await adminSdk.mutate(ops.SetPageStatusDocument, { id: en.id, status: 'Published' });
    expect((await anonymousSdk.query(ops.PublicPageDocument, { locale: 'en', slug })).page).toMatchObject({ title: 'About us', status: 'Published' });
    expect((await anonymousSdk.query(ops.PublicPageDocument, { locale: 'fa', slug })).page).toBeNull();
    expect((await adminSdk.query(ops.AdminPagesDocument, { locale: 'fa', status: 'Draft' })).pages.map((p) => p.id)).toContain(fa.id);
    expect(await codeOf(anonymousSdk.query(ops.AdminPagesDocument, { locale: 'fa', status: 'Draft' }))).toBe('BAD_USER_INPUT');
    const { updatePage } = await adminSdk.mutate(ops.UpdatePageDocument, { id: fa.id, input: { body: 'فلت‌رندر، ساخت ویدیو' } });
    expect(updatePage.body).toBe('فلت‌رندر، ساخت ویدیو');
    expect((await adminSdk.mutate(ops.DeletePageDocument, { id: fa.id })).deletePage).toBe(true);
    expect(await codeOf(userSdk.mutate(ops.DeletePageDocument, { id: en.id }))).toBe('FORBIDDEN');
  });
});

describe('the search of renderable projects', () => {
  test('fuzzy, filtered and paged, with template, size, AE file and publish status', async () => {
    const word = `zephyr${unique().replace(/\d/g, 'q')}`;
    const a = await newTemplate({ name: `${word} Promo` });
    await newProject(a.id);
    await newProject(a.id, { aspectRatio: '9:16', width: 1080, height: 1920 });
    const { project: ready } = await readyProject();
    await adminSdk.mutate(ops.UpdateProjectDocument, { id: ready.id, input: { name: `${word} Ready` } });
    // One letter off still finds them.
    const typo = word.slice(0, -1);
    const { adminProjects } = await adminSdk.query(ops.AdminProjectSearchDocument, { search: typo, first: 10 });
    expect(adminProjects.totalCount).toBe(3);
    const byFilter = async (filter: Record<string, unknown>) => (await adminSdk.query(ops.AdminProjectSearchDocument, { search: word, filter })).adminProjects.edges.map((e) => e.node);
    expect((await byFilter({ hasAeFile: true })).map((p) => [p.name, p.aeStatus, p.publishStatus])).toEqual([[`${word} Ready`, 'Uploaded', 'Published']]);
    expect((await byFilter({ aspectRatio: '9:16' })).map((p) => [p.resolution, p.template.title])).toEqual([['1080x1920', `${word} Promo`]]);
    expect(await byFilter({ published: false, templateId: a.id })).toHaveLength(2);
    const page = (await adminSdk.query(ops.AdminProjectSearchDocument, { search: word, first: 2 })).adminProjects;
    const rest = (await adminSdk.query(ops.AdminProjectSearchDocument, { search: word, first: 2, after: page.pageInfo.endCursor })).adminProjects;
    expect(new Set([...page.edges, ...rest.edges].map((e) => e.node.id)).size).toBe(3);
    expect(await codeOf(adminSdk.query(ops.AdminProjectSearchDocument, { filter: { aspectRatio: '3:2' } }))).toBe('BAD_USER_INPUT');
    expect(await codeOf(resellerSdk.query(ops.AdminProjectSearchDocument, { search: word }))).toBe('FORBIDDEN');
  });
});

/** A GET through the router. */
const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers });
const withParam = (url: string, name: string, value: string) => {
  const parsed = new URL(url);
  parsed.searchParams.set(name, value);
  return parsed.toString();
};

/** The status of a GET sent with its path exactly as written. */
function rawStatus(path: string): Promise<number> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    http.get({ host: hostname, port, path }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    }).on('error', reject);
  });
}

describe('signed catalog downloads', () => {
  test('administrators download the AE file and assets through the router, whole or in ranges', async () => {
    const { project, bytes, font } = await readyProject({ publish: false, assets: true });
    const { project: detail } = await adminSdk.query(ops.AdminProjectDocument, { id: project.id });
    const link = detail!.aepFileDownload!;
    expect(link.url.startsWith(`${origin}/v1/catalog/projects/${project.id}/ae/`)).toBe(true);
    expect(new Date(link.expiresAt).getTime() - Date.now()).toBeGreaterThan(14 * 60_000);

    const whole = await get(link.url);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('application/vnd.adobe.aftereffects.project');
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(Number(whole.headers.get('content-length'))).toBe(bytes.length);
    expect(md5(Buffer.from(await whole.arrayBuffer()))).toBe(detail!.aepFileMd5);

    const part = await get(link.url, { range: 'bytes=100-1099' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-1099/${bytes.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(100, 1100))).toBe(true);
    const tail = await get(link.url, { range: 'bytes=-10' });
    expect(Buffer.from(await tail.arrayBuffer()).equals(bytes.subarray(-10))).toBe(true);
    const resumed = await get(link.url, { range: `bytes=${bytes.length - 5}-`, 'if-range': whole.headers.get('etag')! });
    expect([resumed.status, Buffer.from(await resumed.arrayBuffer()).equals(bytes.subarray(-5))]).toEqual([206, true]);
    // A stale validator gets the whole file; a range past the end gets 416.
    expect((await get(link.url, { range: 'bytes=0-9', 'if-range': '"stale"' })).status).toBe(200);
    const beyond = await get(link.url, { range: `bytes=${bytes.length}-` });
    expect([beyond.status, beyond.headers.get('content-range')]).toEqual([416, `bytes */${bytes.length}`]);

    const asset = detail!.assets[0];
    const assetBytes = Buffer.from(await (await get(asset.download!.url)).arrayBuffer());
    expect(assetBytes.equals(font!)).toBe(true);
    expect(md5(assetBytes)).toBe(asset.md5);
    // A deleted asset's link finds nothing.
    await adminSdk.mutate(ops.DeleteProjectAssetDocument, { id: asset.id });
    const gone = await get(asset.download!.url);
    expect([gone.status, (await gone.json()).error]).toEqual([404, 'NOT_FOUND']);
  });

  test('tampered, expired and unknown links are refused with a JSON code', async () => {
    const { project } = await readyProject({ publish: false });
    const { url } = (await adminSdk.query(ops.AdminProjectDocument, { id: project.id })).project!.aepFileDownload!;
    const refusal = async (target: string) => {
      const response = await get(target);
      return [response.status, ((await response.json()) as { error: string }).error];
    };
    const signature = new URL(url).searchParams.get('signature')!;
    const flipped = signature.slice(0, -1) + (signature.endsWith('0') ? '1' : '0');
    expect(await refusal(withParam(url, 'signature', flipped))).toEqual([403, 'LINK_INVALID']);
    expect(await refusal(withParam(url, 'signature', 'nothex'))).toEqual([403, 'LINK_INVALID']);
    // A later expiry with the old signature, or the signature on another file.
    expect(await refusal(withParam(url, 'expires', String(Number(new URL(url).searchParams.get('expires')) + 3600)))).toEqual([403, 'LINK_INVALID']);
    expect(await refusal(url.replace(`/projects/${project.id}/`, '/projects/00000000-0000-4000-8000-00000000dead/'))).toEqual([403, 'LINK_INVALID']);
    expect(await refusal(url.split('?')[0])).toEqual([403, 'LINK_INVALID']);

    const links = new CatalogLinks(SERVICE_SECRET);
    const key = url.slice(`${origin}/v1/`.length).split('?')[0];
    const expired = links.sign(key, 60, Date.now() - 3600_000);
    expect(await refusal(expired.url)).toEqual([403, 'LINK_EXPIRED']);
    // A key signed by another secret is no link of ours.
    expect(await refusal(new CatalogLinks('another-secret-0123456789abcdef').sign(key, 600).url)).toEqual([403, 'LINK_INVALID']);
    // Well signed, but there is no such file.
    expect(await refusal(links.sign(`catalog/projects/${project.id}/ae/missing.aep`, 600).url)).toEqual([404, 'NOT_FOUND']);
    expect((await fetch(url, { method: 'DELETE' })).status).toBe(405);
    // Paths that climb out of the catalog (sent raw: fetch would tidy them) reach nothing.
    for (const path of ['/v1/catalog/%2e%2e/%2e%2e/storage/x', `/v1/catalog/projects/${project.id}/ae/..%2f..%2f..%2fexports%2fx`]) {
      expect([path, await rawStatus(path)]).toEqual([path, 404]);
    }

    // The link fields are the administrators'.
    const asUser = await execute(stack.url, { document: 'query($id: ID!) { project(id: $id) { id aepFileDownload { url } } }', variables: { id: project.id }, token: userToken });
    expect(asUser.data?.project ?? null).toBeNull();
    const published = await readyProject();
    const userRead = await execute(stack.url, { document: 'query($id: ID!) { project(id: $id) { id aepFileDownload { url } } }', variables: { id: published.project.id }, token: userToken });
    expect(userRead.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  test('a render node downloads the AE file and assets with the links of its RenderFrames command', async () => {
    const { project, bytes, font } = await readyProject({ assets: true });
    // Just attached, so Uploaded: render takes it (a node's render is what verifies a new file;
    // tests/ae-file-ready.test.ts follows it to Ready).
    expect((await db().project.findUniqueOrThrow({ where: { id: project.id } })).aeStatus).toBe('Uploaded');
    const saved = expectNoErrors(await execute(stack.url, { document: 'mutation($i: CreateSavedProjectInput!) { createSavedProject(input: $i) { id } }', variables: { i: { projectId: project.id, name: 'For the farm' } }, token: userToken })).createSavedProject;
    const submitted = expectNoErrors(await execute(stack.url, {
      document: 'mutation($i: SubmitRenderInput!) { submitRender(input: $i) { id paidPriceMinor } }',
      variables: { i: { savedProjectId: saved.id, quality: 'Low', resolution: 'HD' } }, token: userToken,
    })).submitRender;

    const node = new TestNode(origin, DEMO_NODE_ID, DEMO_NODE_SECRET);
    let work: any;
    for (let beat = 0; beat < 5 && !work; beat++) {
      const reply = await node.heartbeat();
      expect(reply.status).toBe(200);
      work = reply.body.pending_commands.find((c: { command: string; payload: { job_id: string } }) => c.command === 'RenderFrames' && c.payload.job_id === submitted.id)?.payload;
    }
    expect(work).toMatchObject({
      job_id: submitted.id, aep_file_md5: md5(bytes),
      aep_file_url: expect.stringMatching(new RegExp(`^${origin}/v1/catalog/projects/${project.id}/ae/[0-9a-f-]+\\.aep\\?expires=\\d+&signature=[0-9a-f]{64}$`)),
      links_expire_at: expect.any(String),
      assets: [{ name: 'font_main', kind: 'Font', url: expect.stringContaining('/v1/catalog/'), md5: md5(font!), size_bytes: font!.length }],
    });
    expect(new Date(work.links_expire_at).getTime()).toBeGreaterThan(Date.now() + 30 * 60_000);
    // The links are handed over, not stored with the command.
    const stored = await db().nodeCommand.findFirstOrThrow({ where: { renderJobId: submitted.id, command: 'RenderFrames' } });
    expect(JSON.stringify(stored.payload)).not.toContain('signature=');

    const file = await get(work.aep_file_url);
    expect(file.status).toBe(200);
    expect(md5(Buffer.from(await file.arrayBuffer()))).toBe(work.aep_file_md5);
    const resumed = await get(work.aep_file_url, { range: `bytes=4096-` });
    expect([resumed.status, Buffer.from(await resumed.arrayBuffer()).equals(bytes.subarray(4096))]).toEqual([206, true]);
    expect(md5(Buffer.from(await (await get(work.assets[0].url)).arrayBuffer()))).toBe(work.assets[0].md5);

    const tampered = await get(withParam(work.aep_file_url, 'expires', String(Number(new URL(work.aep_file_url).searchParams.get('expires')) + 60)));
    expect([tampered.status, (await tampered.json()).error]).toEqual([403, 'LINK_INVALID']);
    const key = new URL(work.aep_file_url).pathname.slice('/v1/'.length);
    const expired = await get(new CatalogLinks(SERVICE_SECRET).sign(key, 1, Date.now() - 10_000).url);
    expect([expired.status, (await expired.json()).error]).toEqual([403, 'LINK_EXPIRED']);
  });
});
