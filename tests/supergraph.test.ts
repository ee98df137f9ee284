// The supergraph through the router: the studio's contract operations end to end over the demo
// data, crossing owners, and the bad inputs each gets a stable error code for.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, print, type OperationDefinitionNode } from 'graphql';
import { startStack, type Stack } from './kit/stack.ts';
import { errorCodes, execute, expectNoErrors } from './kit/client.ts';
import { login } from './kit/session.ts';
import { seedDemo, DEMO_IDS, ACME_TENANT_ID } from '../prisma/seed.ts';
import { CONTRACT_DIR } from '../scripts/validate-operations.ts';

let stack: Stack;
let user: { accessToken: string; refreshToken: string; userId: string };
const operations = new Map<string, string>();

/** One operation of the shared studio contract, by name. */
const op = (name: string) => {
  const found = operations.get(name);
  if (!found) throw new Error(`No operation ${name} in the contract`);
  return found;
};

beforeAll(async () => {
  stack = await startStack();
  await seedDemo(stack.db.adminUrl);
  for (const file of ['studio.graphql', 'admin.graphql', 'partner.graphql']) {
    const document = parse(await readFile(path.join(CONTRACT_DIR, file), 'utf8'));
    for (const definition of document.definitions as OperationDefinitionNode[]) operations.set(definition.name!.value, print(definition));
  }
  user = await login(stack.url, 'user@flatrender.local');
});
afterAll(() => stack?.stop());

describe('signed in as the demo user', () => {
  test('Me crosses identity, file and notification', async () => {
    const data = expectNoErrors(await execute(stack.url, { document: op('Me'), token: user.accessToken }));
    expect(data.me).toEqual({
      id: DEMO_IDS.user,
      email: 'user@flatrender.local',
      displayName: 'user',
      tenant: { id: '00000000-0000-0000-0000-000000000001', name: 'FlatRender' },
      wallet: { balanceMinor: 500_000_000, currency: 'IRR' },
      quota: { usedBytes: 2_582_156, limitBytes: 5 * 1024 ** 3 },
      notifications: { totalCount: 2, edges: [expect.anything(), expect.anything()] },
    });
  });

  test('one query returns me with tenant, wallet and quota, and templates: four owners', async () => {
    const data = expectNoErrors(await execute(stack.url, {
      document: '{ me { tenant { name } wallet { balanceMinor } quota { limitBytes } notifications(first: 1) { totalCount } } templates(first: 2) { totalCount edges { node { slug } } } }',
      token: user.accessToken,
    }));
    expect(data.me.tenant.name).toBe('FlatRender');
    expect(data.me.notifications.totalCount).toBe(3);
    expect(data.templates.totalCount).toBe(14);
    expect(data.templates.edges).toHaveLength(2);
  });

  test('BrowseTemplates searches, filters and pages', async () => {
    const search = expectNoErrors(await execute(stack.url, { document: op('BrowseTemplates'), variables: { search: 'LOGO reveal' }, token: user.accessToken }));
    expect(search.templates.edges.map((e: any) => e.node.slug).sort()).toEqual(['logo-reveal-glass', 'logo-reveal-ink']);
    const social = expectNoErrors(await execute(stack.url, { document: op('BrowseTemplates'), variables: { categorySlug: 'social' } }));
    expect(social.templates.totalCount).toBe(3);
    const first = expectNoErrors(await execute(stack.url, { document: op('BrowseTemplates'), variables: { first: 5 } }));
    expect(first.templates.pageInfo.hasNextPage).toBe(true);
    const next = expectNoErrors(await execute(stack.url, { document: op('BrowseTemplates'), variables: { first: 5, after: first.templates.pageInfo.endCursor } }));
    const slugs = [...first.templates.edges, ...next.templates.edges].map((e: any) => e.node.slug);
    expect(new Set(slugs).size).toBe(10);
    expect(first.templates.edges[0].node.category.slug).toBeTruthy();
    expect(first.templates.edges[0].node.projects[0]).toMatchObject({ aspectRatio: '16:9', resolution: '1920x1080', durationSec: 15 });
  });

  test('TemplateDetail returns projects with scenes in order and presets', async () => {
    const data = expectNoErrors(await execute(stack.url, { document: op('TemplateDetail'), variables: { slug: 'logo-reveal-glass' } }));
    const [project] = data.template.projects;
    expect(project.scenes.map((s: any) => s.sceneKey)).toEqual(['intro', 'main', 'outro']);
    expect(project.scenes[0].snapshot).toBeNull();
    expect(project.presets.map((p: any) => p.name)).toEqual(['Classic', 'Vivid']);
  });

  test('CreateSavedProject and UpdateSavedProject', async () => {
    const detail = expectNoErrors(await execute(stack.url, { document: op('TemplateDetail'), variables: { slug: 'nowruz-greeting' } }));
    const projectId = detail.template.projects[0].id;
    const created = expectNoErrors(await execute(stack.url, { document: op('CreateSavedProject'), variables: { input: { projectId, name: 'Nowruz card' } }, token: user.accessToken }));
    expect(created.createSavedProject).toMatchObject({ name: 'Nowruz card', project: { id: projectId, template: { title: 'Nowruz Greeting' } } });
    const updated = expectNoErrors(await execute(stack.url, {
      document: op('UpdateSavedProject'),
      variables: { id: created.createSavedProject.id, input: { name: 'Nowruz 1405', musicVolume: 40, sfxVolume: 0, voiceoverVolume: 100 } },
      token: user.accessToken,
    }));
    expect(updated.updateSavedProject).toEqual({ id: created.createSavedProject.id, name: 'Nowruz 1405', musicVolume: 40, sfxVolume: 0, voiceoverVolume: 100 });
    const scenes = await stack.db.admin.savedProjectScene.findMany({ where: { savedProjectId: created.createSavedProject.id }, orderBy: { orderValue: 'asc' } });
    expect(scenes.map((s) => s.sceneKey)).toEqual(['intro', 'main', 'outro']);
  });

  test('MyRenders lists finished renders with fields from four owners', async () => {
    const data = expectNoErrors(await execute(stack.url, { document: op('MyRenders'), variables: { first: 10 }, token: user.accessToken }));
    expect(data.renderJobs.totalCount).toBe(3);
    const [job] = data.renderJobs.edges.map((e: any) => e.node);
    expect(job).toMatchObject({ step: 'Completed', renderProgress: 100, user: { id: DEMO_IDS.user, displayName: 'user' } });
    expect(job.savedProject.name).toMatch(/^My video/);
    expect(job.savedProject.project.template.title).toBeTruthy();
    expect(job.export.sizeBytes).toBeGreaterThan(0);
  });

  test('MyExports lists exports, newest first', async () => {
    const data = expectNoErrors(await execute(stack.url, { document: op('MyExports'), variables: { first: 2 }, token: user.accessToken }));
    expect(data.exports.totalCount).toBe(3);
    expect(data.exports.edges).toHaveLength(2);
    const [a, b] = data.exports.edges.map((e: any) => new Date(e.node.produceDate).getTime());
    expect(a).toBeGreaterThan(b);
  });

  test('MyFiles walks from the root into a folder', async () => {
    const root = expectNoErrors(await execute(stack.url, { document: op('MyFiles'), variables: {}, token: user.accessToken }));
    expect(root.folder.folders.map((f: any) => f.name)).toEqual(['Brand assets']);
    const folder = expectNoErrors(await execute(stack.url, { document: op('MyFiles'), variables: { folderId: root.folder.folders[0].id }, token: user.accessToken }));
    expect(folder.folder.files.map((f: any) => f.name)).toEqual(['brand-guide.pdf', 'logo.png']);
  });

  test('MarkNotificationRead marks one read', async () => {
    const me = expectNoErrors(await execute(stack.url, { document: op('Me'), token: user.accessToken }));
    const id = me.me.notifications.edges[0].node.id;
    const data = expectNoErrors(await execute(stack.url, { document: op('MarkNotificationRead'), variables: { id }, token: user.accessToken }));
    expect(data.markNotificationRead.readAt).toBeTruthy();
  });
});

describe('accounts', () => {
  test('Register signs the new user in with an empty wallet; the same email again is EMAIL_TAKEN', async () => {
    const input = { email: 'New.Person@Example.com', password: 'a long enough password', displayName: 'New Person' };
    const data = expectNoErrors(await execute(stack.url, { document: op('Register'), variables: { input } }));
    expect(data.register.user).toMatchObject({ email: 'new.person@example.com', displayName: 'New Person' });
    const me = expectNoErrors(await execute(stack.url, { document: '{ me { wallet { balanceMinor } quota { usedBytes } } }', token: data.register.accessToken }));
    expect(me.me).toEqual({ wallet: { balanceMinor: 0 }, quota: { usedBytes: 0 } });
    const again = await execute(stack.url, { document: op('Register'), variables: { input: { ...input, email: 'new.person@example.com' } } });
    expect(errorCodes(again)).toEqual(['EMAIL_TAKEN']);
  });

  test.each([
    [{ email: 'not-an-email', password: 'a long enough password' }, 'BAD_USER_INPUT'],
    [{ email: 'short@example.com', password: 'short' }, 'BAD_USER_INPUT'],
    [{ email: 'x@example.com', password: 'a long enough password', tenantSlug: 'no-such-tenant' }, 'BAD_USER_INPUT'],
  ])('Register refuses %j with %s', async (input, code) => {
    expect(errorCodes(await execute(stack.url, { document: op('Register'), variables: { input } }))).toEqual([code]);
  });

  test('Login with a wrong password or an unknown email is INVALID_CREDENTIALS', async () => {
    for (const [email, password] of [['user@flatrender.local', 'wrong password!'], ['nobody@flatrender.local', 'flatrender-demo']]) {
      const response = await execute(stack.url, { document: op('Login'), variables: { email, password } });
      expect(errorCodes(response)).toEqual(['INVALID_CREDENTIALS']);
      expect(response.data?.login ?? null).toBeNull();
    }
  });

  test('Refresh rotates the token; presenting a rotated token revokes the session', async () => {
    const session = await login(stack.url, 'user@flatrender.local');
    const first = expectNoErrors(await execute(stack.url, { document: op('Refresh'), variables: { refreshToken: session.refreshToken } }));
    expect(first.refresh.refreshToken).not.toBe(session.refreshToken);
    const reused = await execute(stack.url, { document: op('Refresh'), variables: { refreshToken: session.refreshToken } });
    expect(errorCodes(reused)).toEqual(['INVALID_REFRESH_TOKEN']);
    // The reuse revoked the session, so the newest token no longer works either.
    const after = await execute(stack.url, { document: op('Refresh'), variables: { refreshToken: first.refresh.refreshToken } });
    expect(errorCodes(after)).toEqual(['INVALID_REFRESH_TOKEN']);
  });

  test('Logout ends the session: its refresh token stops working', async () => {
    const session = await login(stack.url, 'user@flatrender.local');
    expect(expectNoErrors(await execute(stack.url, { document: op('Logout'), token: session.accessToken })).logout).toBe(true);
    expect(errorCodes(await execute(stack.url, { document: op('Refresh'), variables: { refreshToken: session.refreshToken } }))).toEqual(['INVALID_REFRESH_TOKEN']);
  });
});

describe('bad input', () => {
  test('no token: UNAUTHENTICATED, and the public catalog still answers', async () => {
    expect(errorCodes(await execute(stack.url, { document: op('Me') }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await execute(stack.url, { document: op('MyRenders') }))).toEqual(['UNAUTHENTICATED']);
    expect(expectNoErrors(await execute(stack.url, { document: op('BrowseTemplates') })).templates.totalCount).toBe(14);
  });

  test.each([
    ['a tampered token', () => user.accessToken.slice(0, -4) + 'AAAA'],
    ['an unsigned (alg none) token', () => `${Buffer.from('{"alg":"none"}').toString('base64url')}.${user.accessToken.split('.')[1]}.`],
    ['garbage', () => 'not-a-jwt'],
  ])('%s: UNAUTHENTICATED with status 401', async (_name, token) => {
    const response = await execute(stack.url, { document: op('Me'), token: token() });
    expect(response.status).toBe(401);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  });

  test('a malformed id: INVALID_ID; an unknown id: null or NOT_FOUND', async () => {
    expect(errorCodes(await execute(stack.url, { document: op('RenderDetail'), variables: { id: 'nope' }, token: user.accessToken }))).toEqual(['INVALID_ID']);
    const unknown = await execute(stack.url, { document: op('RenderDetail'), variables: { id: '00000000-0000-4000-8000-00000000dead' }, token: user.accessToken });
    expect(expectNoErrors(unknown).renderJob).toBeNull();
    const update = await execute(stack.url, { document: op('UpdateSavedProject'), variables: { id: '00000000-0000-4000-8000-00000000dead', input: { name: 'x' } }, token: user.accessToken });
    expect(errorCodes(update)).toEqual(['NOT_FOUND']);
    const create = await execute(stack.url, { document: op('CreateSavedProject'), variables: { input: { projectId: '00000000-0000-4000-8000-00000000dead', name: 'x' } }, token: user.accessToken });
    expect(errorCodes(create)).toEqual(['NOT_FOUND']);
  });

  test('bad values: volume out of range, empty name', async () => {
    const saved = await stack.db.admin.savedProject.findFirstOrThrow({ where: { userId: DEMO_IDS.user } });
    const loud = await execute(stack.url, { document: op('UpdateSavedProject'), variables: { id: saved.id, input: { musicVolume: 150 } }, token: user.accessToken });
    expect(errorCodes(loud)).toEqual(['BAD_USER_INPUT']);
    const empty = await execute(stack.url, { document: op('UpdateSavedProject'), variables: { id: saved.id, input: { name: '   ' } }, token: user.accessToken });
    expect(errorCodes(empty)).toEqual(['BAD_USER_INPUT']);
  });

  test("another tenant's ids are invisible", async () => {
    const reseller = await login(stack.url, 'reseller@acme.test');
    const job = await stack.db.admin.renderJob.findFirstOrThrow({ where: { userId: DEMO_IDS.user } });
    const saved = await stack.db.admin.savedProject.findFirstOrThrow({ where: { userId: DEMO_IDS.user } });
    const notification = await stack.db.admin.notification.findFirstOrThrow({ where: { userId: DEMO_IDS.user } });
    expect(expectNoErrors(await execute(stack.url, { document: op('RenderDetail'), variables: { id: job.id }, token: reseller.accessToken })).renderJob).toBeNull();
    expect(expectNoErrors(await execute(stack.url, { document: op('RenderProgressPoll'), variables: { jobId: job.id }, token: reseller.accessToken })).renderProgress).toBeNull();
    expect(errorCodes(await execute(stack.url, { document: op('UpdateSavedProject'), variables: { id: saved.id, input: { name: 'mine now' } }, token: reseller.accessToken }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await execute(stack.url, { document: op('MarkNotificationRead'), variables: { id: notification.id }, token: reseller.accessToken }))).toEqual(['NOT_FOUND']);
    const mine = expectNoErrors(await execute(stack.url, { document: op('MyRenders'), token: reseller.accessToken }));
    expect(mine.renderJobs.totalCount).toBe(0);
    const me = expectNoErrors(await execute(stack.url, { document: '{ me { tenant { id name } } }', token: reseller.accessToken }));
    expect(me.me.tenant).toEqual({ id: ACME_TENANT_ID, name: 'Acme' });
  });

  test('admin-only fields refuse users with FORBIDDEN', async () => {
    expect(errorCodes(await execute(stack.url, { document: op('Nodes'), token: user.accessToken }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await execute(stack.url, { document: op('Tenants'), token: user.accessToken }))).toEqual(['FORBIDDEN']);
    const admin = await login(stack.url, 'admin@flatrender.local');
    const nodes = expectNoErrors(await execute(stack.url, { document: op('Nodes'), token: admin.accessToken }));
    expect(nodes.nodes.map((n: any) => n.name)).toEqual(['node-teh-01']);
    const tenants = expectNoErrors(await execute(stack.url, { document: op('Tenants'), token: admin.accessToken }));
    expect(tenants.tenants.map((t: any) => t.name)).toEqual(['FlatRender', 'Acme']);
  });

});
