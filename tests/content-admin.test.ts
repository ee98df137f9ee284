// The content subgraph for administrators and its public reads: fuzzy project search with stable
// pages, the publish workflow, scenes with editable fields, characters and presets, project
// assets, and the bilingual CMS. Against the content subgraph alone, over a real database.
import pg from 'pg';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, print, type OperationDefinitionNode } from 'graphql';
import { CONTRACT_DIR } from '../scripts/validate-operations.ts';
import { startStack, type Stack } from './kit/stack.ts';
import { errorCodes, execute, expectNoErrors } from './kit/client.ts';
import { callerToken, catalogProject, type TestCaller } from '../subgraphs/content/test-factories.ts';

let stack: Stack;
let admin: TestCaller;
let user: TestCaller;

beforeAll(async () => {
  stack = await startStack({ owners: ['content'], router: false });
  admin = await callerToken(stack.jwt.privateKey, 'Admin');
  user = await callerToken(stack.jwt.privateKey, 'User');
});
afterAll(() => stack?.stop());

const gql = (document: string, variables: Record<string, unknown> = {}, token?: string) => execute<any>(stack.url, { document, variables, token });
const db = () => stack.db.admin;

const ADMIN_PROJECTS = `query($search: String, $filter: AdminProjectsFilter, $first: Int, $after: String) {
  adminProjects(search: $search, filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id name aspectRatio resolution hasAeFile aeStatus publishStatus template { title slug } } }
  }
}`;
const names = (data: any) => data.adminProjects.edges.map((e: any) => e.node.name);

describe('admin project search', () => {
  let nowruz: string;
  beforeAll(async () => {
    nowruz = (await catalogProject(db(), { templateName: 'Nowruz Greeting', templateSlug: 'nowruz-greeting', projectName: 'Nowruz Greeting 16:9' })).project.id;
    await catalogProject(db(), { templateName: 'Wedding Invitation', templateSlug: 'wedding-invitation', projectName: 'Wedding Invitation 9:16', aspectRatio: '9:16', published: false, aeFile: false });
    await catalogProject(db(), { templateName: 'Glass Logo Reveal', templateSlug: 'logo-reveal-glass', projectName: 'Glass Logo Reveal 16:9' });
    await catalogProject(db(), { templateName: 'Ink Logo Reveal', templateSlug: 'logo-reveal-ink', projectName: 'Ink Logo Reveal 1:1', aspectRatio: '1:1' });
  });

  test('finds a misspelt name, best match first, with template and status', async () => {
    const data = expectNoErrors(await gql(ADMIN_PROJECTS, { search: 'nowrz greting' }, admin.token));
    expect(data.adminProjects.edges[0].node).toEqual({
      id: nowruz, name: 'Nowruz Greeting 16:9', aspectRatio: '16:9', resolution: '1920x1080', hasAeFile: true, aeStatus: 'Ready', publishStatus: 'Published',
      template: { title: 'Nowruz Greeting', slug: 'nowruz-greeting' },
    });
    expect(names(expectNoErrors(await gql(ADMIN_PROJECTS, { search: 'wedding invitaton' }, admin.token)))[0]).toBe('Wedding Invitation 9:16');
  });

  test('matches slugs and parts of names, case aside; nonsense matches nothing', async () => {
    expect(names(expectNoErrors(await gql(ADMIN_PROJECTS, { search: 'LOGO reveal' }, admin.token))).sort()).toEqual(['Glass Logo Reveal 16:9', 'Ink Logo Reveal 1:1']);
    expect(names(expectNoErrors(await gql(ADMIN_PROJECTS, { search: 'reveal-ink' }, admin.token)))[0]).toBe('Ink Logo Reveal 1:1');
    expect(expectNoErrors(await gql(ADMIN_PROJECTS, { search: 'qqqzzzxx' }, admin.token)).adminProjects.totalCount).toBe(0);
  });

  test('filters by template, publish status, AE file and aspect ratio', async () => {
    const only = async (filter: object) => names(expectNoErrors(await gql(ADMIN_PROJECTS, { filter, first: 100 }, admin.token)));
    expect(await only({ published: false, aspectRatio: '9:16' })).toEqual(['Wedding Invitation 9:16']);
    expect(await only({ hasAeFile: false })).toEqual(['Wedding Invitation 9:16']);
    expect(await only({ aspectRatio: '1:1' })).toEqual(['Ink Logo Reveal 1:1']);
    const template = await db().project.findUniqueOrThrow({ where: { id: nowruz }, select: { templateId: true } });
    expect(await only({ templateId: template.templateId })).toEqual(['Nowruz Greeting 16:9']);
    expect(errorCodes(await gql(ADMIN_PROJECTS, { filter: { aspectRatio: '2:1' } }, admin.token))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(ADMIN_PROJECTS, { filter: { templateId: 'nope' } }, admin.token))).toEqual(['INVALID_ID']);
  });

  test('pages are stable: every project once, in name order, with the total', async () => {
    for (let i = 0; i < 12; i++) await catalogProject(db(), { templateName: `Page Test ${String(i).padStart(2, '0')}`, templateSlug: `page-test-${i}` });
    const seen: string[] = [];
    let after: string | undefined;
    let total = 0;
    for (;;) {
      const page = expectNoErrors(await gql(ADMIN_PROJECTS, { first: 5, after }, admin.token)).adminProjects;
      total = page.totalCount;
      seen.push(...names({ adminProjects: page }));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual([...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    // The same search twice pages the same way.
    const a = expectNoErrors(await gql(ADMIN_PROJECTS, { search: 'page test', first: 4 }, admin.token)).adminProjects;
    const b = expectNoErrors(await gql(ADMIN_PROJECTS, { search: 'page test', first: 4, after: a.pageInfo.endCursor }, admin.token)).adminProjects;
    expect(a.totalCount).toBe(12);
    expect(names({ adminProjects: a }).filter((n: string) => names({ adminProjects: b }).includes(n))).toEqual([]);
  });

  test('SQL and LIKE characters in the search are only text', async () => {
    for (const search of ["'; DROP TABLE content.projects; --", '%', '_', '\\', "nowruz' OR '1'='1"]) {
      const data = expectNoErrors(await gql(ADMIN_PROJECTS, { search }, admin.token));
      expect(data.adminProjects.totalCount).toBeLessThanOrEqual(1);
    }
    expect(await db().project.count()).toBeGreaterThan(4);
  });

  test("the admin panel's contract operation AdminProjects answers with assets", async () => {
    const document = parse(await readFile(path.join(CONTRACT_DIR, 'admin.graphql'), 'utf8')).definitions
      .find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && d.name?.value === 'AdminProjects')!;
    await db().projectAsset.create({ data: { projectId: nowruz, name: 'font', assetType: 'Font', fileName: 'v.ttf', storageKey: 'k', url: 'https://cdn.example/v.ttf', sizeBytes: 1n } });
    const data = expectNoErrors(await gql(print(document), { search: 'nowruz', first: 1 }, admin.token));
    expect(data.adminProjects.edges[0].node).toMatchObject({ id: nowruz, aspectRatio: '16:9', resolution: '1920x1080', template: { slug: 'nowruz-greeting' }, assets: [{ name: 'font', kind: 'Font' }] });
  });

  test('users are refused (FORBIDDEN), anonymous callers must sign in', async () => {
    expect(errorCodes(await gql(ADMIN_PROJECTS, {}, user.token))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(ADMIN_PROJECTS, {}))).toEqual(['UNAUTHENTICATED']);
  });

  test('the trigram operator is served by the GIN trigram indexes', async () => {
    const client = new pg.Client({ connectionString: stack.db.adminUrl });
    await client.connect();
    try {
      await client.query('SET enable_seqscan = off');
      const { rows } = await client.query(`EXPLAIN SELECT id FROM content.projects WHERE 'nowrz' <% name`);
      expect(rows.map((r) => r['QUERY PLAN']).join('\n')).toContain('projects_name_trgm_idx');
      const { rows: slug } = await client.query(`EXPLAIN SELECT id FROM content.templates WHERE 'nowrz' <% slug`);
      expect(slug.map((r) => r['QUERY PLAN']).join('\n')).toContain('templates_slug_trgm_idx');
    } finally {
      await client.end();
    }
  });
});

describe('publish workflow', () => {
  const PUBLISH = 'mutation($id: ID!) { publishProject(id: $id) { id publishStatus publishedAt } }';
  const UNPUBLISH = 'mutation($id: ID!) { unpublishProject(id: $id) { id publishStatus } }';

  test('a project without an AE file or scenes is not publishable, then is', async () => {
    const { project, template } = await catalogProject(db(), { published: false, aeFile: false });
    const refused = await gql(PUBLISH, { id: project.id }, admin.token);
    expect(errorCodes(refused)).toEqual(['NOT_PUBLISHABLE']);
    expect(refused.errors![0].extensions!.reasons).toEqual(['AE_FILE_MISSING', 'NO_SCENES']);
    await db().project.update({ where: { id: project.id }, data: { aepFileUrl: 'https://cdn.example/x.aep', aeStatus: 'Error' } });
    expect((await gql(PUBLISH, { id: project.id }, admin.token)).errors![0].extensions!.reasons).toEqual(['AE_FILE_ERROR', 'NO_SCENES']);
    await db().project.update({ where: { id: project.id }, data: { aeStatus: 'Ready' } });
    await db().scene.create({ data: { projectId: project.id, sceneKey: 'intro', name: 'Intro', durationSec: 3 } });
    expect((await db().project.findUniqueOrThrow({ where: { id: project.id } })).publishStatus).toBe('Draft');

    // The template cannot go out before one of its projects.
    expect(errorCodes(await gql('mutation($id: ID!) { publishTemplate(id: $id) { id } }', { id: template.id }, admin.token))).toEqual(['NOT_PUBLISHABLE']);
    const published = expectNoErrors(await gql(PUBLISH, { id: project.id }, admin.token)).publishProject;
    expect(published.publishStatus).toBe('Published');
    expect(published.publishedAt).toEqual(expect.any(String));
    // Users see it only once the template is published too.
    const seen = () => gql('query($id: ID!) { project(id: $id) { id } }', { id: project.id }, user.token);
    expect(expectNoErrors(await seen()).project).toBeNull();
    expect(expectNoErrors(await gql('mutation($id: ID!) { publishTemplate(id: $id) { publishStatus } }', { id: template.id }, admin.token)).publishTemplate.publishStatus).toBe('Published');
    expect(expectNoErrors(await seen()).project).toEqual({ id: project.id });

    expect(expectNoErrors(await gql(UNPUBLISH, { id: project.id }, admin.token)).unpublishProject.publishStatus).toBe('Unpublished');
    expect(expectNoErrors(await seen()).project).toBeNull();
    expect(expectNoErrors(await gql(PUBLISH, { id: project.id }, admin.token)).publishProject.publishStatus).toBe('Published');
  });

  test('bad transitions and callers', async () => {
    const { project } = await catalogProject(db(), { published: false });
    expect(errorCodes(await gql(UNPUBLISH, { id: project.id }, admin.token))).toEqual(['CONFLICT']);
    expect(errorCodes(await gql(PUBLISH, { id: '00000000-0000-4000-8000-00000000dead' }, admin.token))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(PUBLISH, { id: 'x' }, admin.token))).toEqual(['INVALID_ID']);
    expect(errorCodes(await gql(PUBLISH, { id: project.id }, user.token))).toEqual(['FORBIDDEN']);
    expect((await db().project.findUniqueOrThrow({ where: { id: project.id } })).publishStatus).toBe('Draft');
  });
});

describe('scenes and editable fields', () => {
  const CREATE = `mutation($projectId: ID!, $input: CreateSceneInput!) {
    createScene(projectId: $projectId, input: $input) { id sceneKey title order durationSec isRequired
      fields { id key type label layerName defaultValue required order constraints { maxLength palette mimeTypes aspectRatio } } }
  }`;
  const fields = [
    { key: 'headline', type: 'Text', label: 'Headline', layerName: 'TXT_HEAD', defaultValue: 'Hello', constraints: { maxLength: 20 } },
    { key: 'brand_color', type: 'Color', label: 'Colour', layerName: 'CLR', defaultValue: '#FF006E', constraints: { palette: ['#ff006e', '#3a86ff'] } },
    { key: 'logo', type: 'Image', label: 'Logo', layerName: 'IMG', required: true, constraints: { mimeTypes: ['image/png'], aspectRatio: '1:1' } },
  ];

  test('an administrator creates, changes, reorders and deletes scenes; users read the fields', async () => {
    const { project } = await catalogProject(db(), { scenes: [{ key: 'intro' }] });
    const created = expectNoErrors(await gql(CREATE, { projectId: project.id, input: { sceneKey: 'main', title: 'Main', durationSec: 4.5, fields } }, admin.token)).createScene;
    expect(created).toMatchObject({ sceneKey: 'main', order: 1, durationSec: 4.5, isRequired: false });
    expect(created.fields.map((f: any) => [f.key, f.type, f.order])).toEqual([['headline', 'Text', 0], ['brand_color', 'Color', 1], ['logo', 'Image', 2]]);
    expect(created.fields[1].constraints).toEqual({ maxLength: null, palette: ['#ff006e', '#3a86ff'], mimeTypes: null, aspectRatio: null });

    // Replacing the list keeps the ids of fields kept by key.
    const headlineId = created.fields[0].id;
    const updated = expectNoErrors(await gql(`mutation($id: ID!, $input: UpdateSceneInput!) { updateScene(id: $id, input: $input) { title fields { id key } } }`,
      { id: created.id, input: { title: 'Main part', fields: [fields[0], { key: 'subtitle', type: 'Text', label: 'Sub', layerName: 'TXT_SUB' }] } }, admin.token)).updateScene;
    expect(updated.title).toBe('Main part');
    expect(updated.fields.map((f: any) => f.key)).toEqual(['headline', 'subtitle']);
    expect(updated.fields[0].id).toBe(headlineId);

    const intro = (await db().scene.findFirstOrThrow({ where: { projectId: project.id, sceneKey: 'intro' } })).id;
    const reordered = expectNoErrors(await gql('mutation($p: ID!, $s: [ID!]!) { reorderScenes(projectId: $p, sceneIds: $s) { sceneKey order } }', { p: project.id, s: [created.id, intro] }, admin.token)).reorderScenes;
    expect(reordered).toEqual([{ sceneKey: 'main', order: 0 }, { sceneKey: 'intro', order: 1 }]);

    // Users read scenes and fields, not the AE layer names.
    const read = await gql('query($id: ID!) { project(id: $id) { scenes { sceneKey fields { key type required constraints { maxLength } } } } }', { id: project.id }, user.token);
    expect(expectNoErrors(read).project.scenes[0]).toEqual({ sceneKey: 'main', fields: [{ key: 'headline', type: 'Text', required: false, constraints: { maxLength: 20 } }, { key: 'subtitle', type: 'Text', required: false, constraints: { maxLength: null } }] });
    expect(errorCodes(await gql('query($id: ID!) { project(id: $id) { scenes { fields { layerName } } } }', { id: project.id }, user.token))).toContain('FORBIDDEN');

    expect(expectNoErrors(await gql('mutation($id: ID!) { deleteScene(id: $id) }', { id: created.id }, admin.token)).deleteScene).toBe(true);
    // The published project's last scene stays.
    expect(errorCodes(await gql('mutation($id: ID!) { deleteScene(id: $id) }', { id: intro }, admin.token))).toEqual(['CONFLICT']);
    expect(await db().scene.count({ where: { projectId: project.id } })).toBe(1);
  });

  test.each([
    ['a bad field key', { key: 'Bad Key!', type: 'Text', label: 'x', layerName: 'x' }, 'fields[0].key'],
    ['maxLength on a colour', { key: 'c', type: 'Color', label: 'x', layerName: 'x', constraints: { maxLength: 3 } }, 'fields[0].constraints.maxLength'],
    ['a default longer than maxLength', { key: 't', type: 'Text', label: 'x', layerName: 'x', defaultValue: 'too long', constraints: { maxLength: 3 } }, 'fields[0].defaultValue'],
    ['a default outside the palette', { key: 'c', type: 'Color', label: 'x', layerName: 'x', defaultValue: '#000000', constraints: { palette: ['#ffffff'] } }, 'fields[0].defaultValue'],
    ['a palette that is not colours', { key: 'c', type: 'Color', label: 'x', layerName: 'x', constraints: { palette: ['red'] } }, 'fields[0].constraints.palette'],
    ['an empty label', { key: 'c', type: 'Text', label: '  ', layerName: 'x' }, 'fields[0].label'],
  ])('%s: BAD_USER_INPUT with the path, nothing written', async (_name, field, path) => {
    const { project } = await catalogProject(db());
    const response = await gql(CREATE, { projectId: project.id, input: { sceneKey: 'intro', title: 'Intro', durationSec: 3, fields: [field] } }, admin.token);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions!.field).toBe(path);
    expect(await db().scene.count({ where: { projectId: project.id } })).toBe(0);
  });

  test('taken keys, bad scene values, foreign scenes in an order, users: each refused', async () => {
    const { project, scenes } = await catalogProject(db(), { scenes: [{ key: 'intro' }, { key: 'outro' }] });
    const other = await catalogProject(db(), { scenes: [{ key: 'intro' }] });
    const create = (input: object, token = admin.token) => gql(CREATE, { projectId: project.id, input: { sceneKey: 'x', title: 'X', durationSec: 2, ...input } }, token);
    expect(errorCodes(await create({ sceneKey: 'intro' }))).toEqual(['CONFLICT']);
    expect(errorCodes(await create({ sceneKey: 'Has Space' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await create({ durationSec: 0 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await create({ fields: [fields[0], fields[0]] }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await create({}, user.token))).toEqual(['FORBIDDEN']);
    const reorder = (ids: string[]) => gql('mutation($p: ID!, $s: [ID!]!) { reorderScenes(projectId: $p, sceneIds: $s) { id } }', { p: project.id, s: ids }, admin.token);
    expect(errorCodes(await reorder([scenes[1].id, other.scenes[0].id]))).toEqual(['INVALID_SCENE']);
    expect(errorCodes(await reorder([scenes[1].id, scenes[1].id]))).toEqual(['INVALID_SCENE']);
    expect(errorCodes(await reorder([scenes[1].id]))).toEqual(['INVALID_SCENE']);
    expect((await db().scene.findMany({ where: { projectId: project.id }, orderBy: { orderValue: 'asc' } })).map((s) => s.sceneKey)).toEqual(['intro', 'outro']);
  });
});

describe('characters and presets', () => {
  const CHARACTER = 'mutation($input: CharacterInput!) { createCharacter(input: $input) { id slug isActive } }';
  const PRESET = 'mutation($input: PresetInput!) { createPreset(input: $input) { id name type values isDefault } }';

  test('administrators manage characters; users read the active ones and a project\'s', async () => {
    const hero = expectNoErrors(await gql(CHARACTER, { input: { name: 'Hero', slug: 'hero', attributes: { gender: 'any' } } }, admin.token)).createCharacter;
    const retired = expectNoErrors(await gql(CHARACTER, { input: { name: 'Old', slug: 'old', isActive: false } }, admin.token)).createCharacter;
    expect(errorCodes(await gql(CHARACTER, { input: { name: 'Again', slug: 'hero' } }, admin.token))).toEqual(['CONFLICT']);
    expect(errorCodes(await gql(CHARACTER, { input: { name: 'Bad', slug: 'Bad Slug' } }, admin.token))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(CHARACTER, { input: { name: 'Mine', slug: 'mine' } }, user.token))).toEqual(['FORBIDDEN']);
    const listed = expectNoErrors(await gql('{ characters { slug } }', {}, user.token)).characters.map((c: any) => c.slug);
    expect(listed).toContain('hero');
    expect(listed).not.toContain('old');

    const { project } = await catalogProject(db());
    const set = await gql('mutation($p: ID!, $c: [ID!]!) { setProjectCharacters(projectId: $p, characterIds: $c) { characters { slug } } }', { p: project.id, c: [hero.id, retired.id] }, admin.token);
    // Administrators see the retired one too; users only the active.
    expect(expectNoErrors(set).setProjectCharacters.characters.map((c: any) => c.slug).sort()).toEqual(['hero', 'old']);
    expect(expectNoErrors(await gql('query($id: ID!) { project(id: $id) { characters { slug } } }', { id: project.id }, user.token)).project.characters).toEqual([{ slug: 'hero' }]);
    expect(errorCodes(await gql('mutation($p: ID!, $c: [ID!]!) { setProjectCharacters(projectId: $p, characterIds: $c) { id } }', { p: project.id, c: ['00000000-0000-4000-8000-00000000dead'] }, admin.token))).toEqual(['NOT_FOUND']);
    expect(await db().projectCharacter.count({ where: { projectId: project.id } })).toBe(2);
  });

  test('project presets are checked against the fields; one default at a time', async () => {
    const { project } = await catalogProject(db(), { scenes: [{ key: 'intro', fields: [{ key: 'intro_title', type: 'Text', constraints: { max_length: 10 } }, { key: 'intro_color', type: 'Color' }] }] });
    const first = expectNoErrors(await gql(PRESET, { input: { projectId: project.id, name: 'Warm', type: 'Color', values: { intro_color: '#ff0000' }, isDefault: true } }, admin.token)).createPreset;
    expect(first).toMatchObject({ name: 'Warm', type: 'Color', values: { intro_color: '#ff0000' }, isDefault: true });
    const second = expectNoErrors(await gql(PRESET, { input: { projectId: project.id, name: 'Cold', type: 'Color', values: { intro_color: '#0000ff' }, isDefault: true } }, admin.token)).createPreset;
    const defaults = await db().preset.findMany({ where: { projectId: project.id, isDefault: true } });
    expect(defaults.map((p) => p.id)).toEqual([second.id]);

    const unknown = await gql(PRESET, { input: { projectId: project.id, name: 'X', type: 'Text', values: { no_such_field: 'x' } } }, admin.token);
    expect(errorCodes(unknown)).toEqual(['INVALID_FIELD']);
    expect(unknown.errors![0].extensions!.field).toBe('values.no_such_field');
    expect(errorCodes(await gql(PRESET, { input: { projectId: project.id, name: 'X', type: 'Text', values: { intro_title: 'far too long here' } } }, admin.token))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(PRESET, { input: { projectId: project.id, name: 'X', type: 'Color', values: { intro_color: 'red' } } }, admin.token))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(PRESET, { input: { name: 'X', type: 'Color', values: {} } }, admin.token))).toEqual(['BAD_USER_INPUT']);
    expect(await db().preset.count({ where: { projectId: project.id } })).toBe(2);

    expect(expectNoErrors(await gql('mutation($id: ID!) { deletePreset(id: $id) }', { id: first.id }, admin.token)).deletePreset).toBe(true);
    expect(expectNoErrors(await gql('query($id: ID!) { project(id: $id) { presets { name isDefault } } }', { id: project.id }, user.token)).project.presets).toEqual([{ name: 'Cold', isDefault: true }]);
  });
});

describe('project assets', () => {
  test('administrators list and delete the named assets; users cannot', async () => {
    const { project } = await catalogProject(db());
    for (const [name, assetType] of [['logo.png', 'Image'], ['bed.mp3', 'Audio']] as const) {
      await db().projectAsset.create({ data: { projectId: project.id, name, assetType, fileName: name, storageKey: `k/${name}`, url: `https://cdn.example/${name}`, sizeBytes: 10n } });
    }
    const listed = expectNoErrors(await gql('query($p: ID!) { projectAssets(projectId: $p) { id name kind sizeBytes } }', { p: project.id }, admin.token)).projectAssets;
    expect(listed.map((a: any) => [a.name, a.kind])).toEqual([['bed.mp3', 'Audio'], ['logo.png', 'Image']]);
    expect(errorCodes(await gql('query($p: ID!) { projectAssets(projectId: $p) { id } }', { p: project.id }, user.token))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql('mutation($id: ID!) { deleteProjectAsset(id: $id) }', { id: listed[0].id }, user.token))).toEqual(['FORBIDDEN']);
    expect(expectNoErrors(await gql('mutation($id: ID!) { deleteProjectAsset(id: $id) }', { id: listed[0].id }, admin.token)).deleteProjectAsset).toBe(true);
    expect(expectNoErrors(await gql('mutation($id: ID!) { deleteProjectAsset(id: $id) }', { id: listed[0].id }, admin.token)).deleteProjectAsset).toBe(false);
    expect(errorCodes(await gql('query($p: ID!) { projectAssets(projectId: $p) { id } }', { p: '00000000-0000-4000-8000-00000000dead' }, admin.token))).toEqual(['NOT_FOUND']);
  });
});

describe('CMS in fa and en', () => {
  const CREATE_POST = 'mutation($input: BlogPostInput!) { createBlogPost(input: $input) { id locale slug title status publishedAt } }';
  const STATUS = 'mutation($id: ID!, $s: CmsStatus!) { setBlogPostStatus(id: $id, status: $s) { status publishedAt } }';
  const POSTS = 'query($l: Locale!) { blogPosts(locale: $l) { totalCount edges { node { slug title } } } }';

  test('drafts stay private; published posts are public per locale; one slug per locale', async () => {
    const fa = expectNoErrors(await gql(CREATE_POST, { input: { locale: 'fa', slug: 'nowruz-tips', title: 'نکته‌های نوروزی', body: '# سلام', tags: ['نوروز'] } }, admin.token)).createBlogPost;
    const en = expectNoErrors(await gql(CREATE_POST, { input: { locale: 'en', slug: 'nowruz-tips', title: 'Nowruz tips', body: '# Hello' } }, admin.token)).createBlogPost;
    expect(fa).toMatchObject({ locale: 'fa', status: 'Draft', publishedAt: null });
    const taken = await gql(CREATE_POST, { input: { locale: 'fa', slug: 'nowruz-tips', title: 'Again', body: 'x' } }, admin.token);
    expect(errorCodes(taken)).toEqual(['CONFLICT']);

    expect(expectNoErrors(await gql(POSTS, { l: 'fa' })).blogPosts.totalCount).toBe(0);
    const published = expectNoErrors(await gql(STATUS, { id: fa.id, s: 'Published' }, admin.token)).setBlogPostStatus;
    expect(published.publishedAt).toEqual(expect.any(String));
    expect(expectNoErrors(await gql(POSTS, { l: 'fa' })).blogPosts.edges).toEqual([{ node: { slug: 'nowruz-tips', title: 'نکته‌های نوروزی' } }]);
    expect(expectNoErrors(await gql(POSTS, { l: 'en' })).blogPosts.totalCount).toBe(0);
    expect(expectNoErrors(await gql('query { blogPost(locale: en, slug: "nowruz-tips") { id } }', {})).blogPost).toBeNull();
    expect(expectNoErrors(await gql('query { blogPost(locale: en, slug: "nowruz-tips") { id } }', {}, admin.token)).blogPost).toEqual({ id: en.id });

    // Archiving hides it and keeps the first publication date.
    expect(expectNoErrors(await gql(STATUS, { id: fa.id, s: 'Archived' }, admin.token)).setBlogPostStatus.publishedAt).toBe(published.publishedAt);
    expect(expectNoErrors(await gql(POSTS, { l: 'fa' })).blogPosts.totalCount).toBe(0);
    expect(errorCodes(await gql(STATUS, { id: en.id, s: 'Published' }, user.token))).toEqual(['FORBIDDEN']);
  });

  test('pages: create, publish, read, update to a taken slug refused', async () => {
    const CREATE_PAGE = 'mutation($input: PageInput!) { createPage(input: $input) { id slug status } }';
    const about = expectNoErrors(await gql(CREATE_PAGE, { input: { locale: 'en', slug: 'about', title: 'About', body: 'We render.' } }, admin.token)).createPage;
    const terms = expectNoErrors(await gql(CREATE_PAGE, { input: { locale: 'en', slug: 'terms', title: 'Terms', body: 'Be kind.' } }, admin.token)).createPage;
    expectNoErrors(await gql('mutation($id: ID!) { setPageStatus(id: $id, status: Published) { id } }', { id: about.id }, admin.token));
    expect(expectNoErrors(await gql('{ pages(locale: en) { slug } }')).pages).toEqual([{ slug: 'about' }]);
    expect(expectNoErrors(await gql('{ page(locale: en, slug: "terms") { id } }')).page).toBeNull();
    expect(errorCodes(await gql('mutation($id: ID!) { updatePage(id: $id, input: { slug: "about" }) { id } }', { id: terms.id }, admin.token))).toEqual(['CONFLICT']);
    expect(errorCodes(await gql('{ pages(locale: en, status: Draft) { slug } }', {}, user.token))).toEqual(['BAD_USER_INPUT']);
  });

  test('a locale other than fa or en, bad slugs, empty bodies and SQL-shaped text', async () => {
    expect(errorCodes(await gql(POSTS, { l: 'de' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(CREATE_POST, { input: { locale: 'de', slug: 'x', title: 'x', body: 'x' } }, admin.token))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(CREATE_POST, { input: { locale: 'en', slug: 'Not A Slug', title: 'x', body: 'x' } }, admin.token))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(CREATE_POST, { input: { locale: 'en', slug: 'empty', title: 'x', body: '  ' } }, admin.token))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(CREATE_POST, { input: { locale: 'en', title: 'x', body: 'x' } }, admin.token))).toEqual(['BAD_USER_INPUT']);
    const sql = "Robert'); DROP TABLE content.blogs; --";
    const post = expectNoErrors(await gql(CREATE_POST, { input: { locale: 'en', slug: 'bobby', title: sql, body: sql } }, admin.token)).createBlogPost;
    expect(post.title).toBe(sql);
    expect(await db().blogPost.count({ where: { slug: 'bobby' } })).toBe(1);
    expect(await db().blogPost.count({ where: { locale: 'de' } })).toBe(0);
  });
});
