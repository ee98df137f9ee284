// Saved projects in the studio subgraph, checked by content: field values against the project's
// editable fields, scenes chosen and ordered, music, voiceover and sound effects with volumes,
// duplicates, and only the owner ever sees one. Content and studio subgraphs over a real database.
import { startStack, type Stack } from './kit/stack.ts';
import { errorCodes, execute, expectNoErrors } from './kit/client.ts';
import { callerToken, catalogProject, type TestCaller } from '../subgraphs/content/test-factories.ts';

let stack: Stack;
let owner: TestCaller;
let stranger: TestCaller;
let admin: TestCaller;
let catalog: Awaited<ReturnType<typeof catalogProject>>;
let otherProject: Awaited<ReturnType<typeof catalogProject>>;
const tracks: Record<string, string> = {};

beforeAll(async () => {
  stack = await startStack({ owners: ['content', 'studio'], router: false });
  owner = await callerToken(stack.jwt.privateKey);
  stranger = await callerToken(stack.jwt.privateKey);
  admin = await callerToken(stack.jwt.privateKey, 'Admin');
  catalog = await catalogProject(stack.db.admin, {
    scenes: [
      { key: 'intro', required: true, durationSec: 3, fields: [{ key: 'intro_title', type: 'Text', constraints: { max_length: 20 } }, { key: 'brand_color', type: 'Color' }] },
      { key: 'main', durationSec: 6, fields: [{ key: 'main_title', type: 'Text' }, { key: 'logo', type: 'Image' }] },
      { key: 'outro', required: true, durationSec: 2.5, fields: [{ key: 'brand_color', type: 'Color', constraints: { palette: ['#ff006e', '#3a86ff'] } }] },
    ],
  });
  await stack.db.admin.preset.create({ data: { projectId: catalog.project.id, name: 'Default', presetType: 'Color', values: { brand_color: '#3a86ff', gone_field: 'x' }, isDefault: true } });
  otherProject = await catalogProject(stack.db.admin, { scenes: [{ key: 'intro', fields: [{ key: 'other_title', type: 'Text' }] }] });
  for (const [title, kind] of [['Song', 'Music'], ['Whoosh', 'Sfx'], ['Narration', 'Voiceover']] as const) {
    tracks[kind] = (await stack.db.admin.audioTrack.create({ data: { title, kind, durationMs: 60_000, url: `https://cdn.example/${title}.mp3` } })).id;
  }
});
afterAll(() => stack?.stop());

const studio = (document: string, variables: Record<string, unknown>, token?: string) => execute<any>(stack.subgraphs.studio!.url, { document, variables, token });
const FIELDS = 'id name fieldValues durationSec musicVolume sfxVolume voiceoverVolume musicStartMs voiceoverStartMs preset { id } musicTrack { id } voiceoverTrack { id } scenes { sceneKey order fieldValues scene { id } } sfx { sceneKey startMs track { id } }';
const CREATE = `mutation($input: CreateSavedProjectInput!) { createSavedProject(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateSavedProjectInput!) { updateSavedProject(id: $id, input: $input) { ${FIELDS} } }`;
const create = (input: Record<string, unknown>, who = owner) => studio(CREATE, { input: { projectId: catalog.project.id, name: 'My video', ...input } }, who.token);
const update = (id: string, input: Record<string, unknown>, who = owner) => studio(UPDATE, { id, input }, who.token);
const sceneId = (key: string) => catalog.scenes.find((s) => s.sceneKey === key)!.id;
const count = () => stack.db.admin.savedProject.count();
const row = (id: string) => stack.db.admin.savedProject.findUniqueOrThrow({ where: { id }, include: { scenes: { orderBy: { orderValue: 'asc' } }, sfx: true } });

describe('creating', () => {
  test('starts from every scene in order and the default preset\'s values that still fit', async () => {
    const saved = expectNoErrors(await create({ fieldValues: { intro_title: 'Salam' } })).createSavedProject;
    expect(saved.scenes.map((s: any) => [s.sceneKey, s.order])).toEqual([['intro', 0], ['main', 1], ['outro', 2]]);
    expect(saved.scenes[0].scene).toEqual({ id: sceneId('intro') });
    expect(saved.fieldValues).toEqual({ brand_color: '#3a86ff', intro_title: 'Salam' });
    expect(saved.durationSec).toBe(11.5);
    expect(saved.preset).toEqual({ id: expect.any(String) });
    expect(saved).toMatchObject({ musicVolume: 100, sfxVolume: 100, voiceoverVolume: 100 });
  });

  test('chosen scenes in the order given, with their own values', async () => {
    const saved = expectNoErrors(await create({ scenes: [{ sceneId: sceneId('outro'), fieldValues: { brand_color: '#FF006E' } }, { sceneId: sceneId('intro') }] })).createSavedProject;
    expect(saved.scenes.map((s: any) => [s.sceneKey, s.order, s.fieldValues])).toEqual([['outro', 0, { brand_color: '#FF006E' }], ['intro', 1, {}]]);
    expect(saved.durationSec).toBe(5.5);
  });

  test.each([
    ['a field the project does not have', { fieldValues: { no_such_field: 'x' } }, 'INVALID_FIELD', 'fieldValues.no_such_field'],
    ['text of the wrong type', { fieldValues: { intro_title: 42 } }, 'BAD_USER_INPUT', 'fieldValues.intro_title'],
    ['text over max_length', { fieldValues: { intro_title: 'x'.repeat(21) } }, 'BAD_USER_INPUT', 'fieldValues.intro_title'],
    ['a colour that is not one', { fieldValues: { brand_color: 'blue' } }, 'BAD_USER_INPUT', 'fieldValues.brand_color'],
    ['a colour outside a palette', { scenes: [{ sceneId: '%intro' }, { sceneId: '%outro', fieldValues: { brand_color: '#000000' } }] }, 'BAD_USER_INPUT', 'scenes[1].fieldValues.brand_color'],
    ['an image that is no link', { fieldValues: { logo: 'javascript:alert(1)' } }, 'BAD_USER_INPUT', 'fieldValues.logo'],
    ['another scene\'s field on a scene', { scenes: [{ sceneId: '%intro', fieldValues: { main_title: 'x' } }, { sceneId: '%outro' }] }, 'INVALID_FIELD', 'scenes[0].fieldValues.main_title'],
    ['a scene of another project', { scenes: [{ sceneId: '%intro' }, { sceneId: '%outro' }, { sceneId: '%other' }] }, 'INVALID_SCENE', 'scenes[2].sceneId'],
    ['a scene chosen twice', { scenes: [{ sceneId: '%intro' }, { sceneId: '%outro' }, { sceneId: '%intro' }] }, 'INVALID_SCENE', 'scenes[2].sceneId'],
    ['a required scene left out', { scenes: [{ sceneId: '%intro' }, { sceneId: '%main' }] }, 'BAD_USER_INPUT', 'scenes'],
    ['no scenes at all', { scenes: [] }, 'BAD_USER_INPUT', 'scenes'],
    ['a preset of another project', { presetId: '%otherPreset' }, 'BAD_USER_INPUT', 'presetId'],
    ['a music volume over 100', { musicVolume: 101 }, 'BAD_USER_INPUT', 'musicVolume'],
    ['a sound effect as music', { musicTrackId: '%Sfx' }, 'BAD_USER_INPUT', 'musicTrackId'],
  ])('%s: the error names the field, no saved project written', async (_name, input, code, field) => {
    const otherPreset = (await stack.db.admin.preset.create({ data: { projectId: otherProject.project.id, name: 'P', presetType: 'Color', values: {} } })).id;
    const resolve = (value: unknown): unknown => {
      if (typeof value === 'string' && value.startsWith('%')) {
        const key = value.slice(1);
        return key === 'other' ? otherProject.scenes[0].id : key === 'otherPreset' ? otherPreset : tracks[key] ?? sceneId(key);
      }
      if (Array.isArray(value)) return value.map(resolve);
      if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
      return value;
    };
    const before = [await count(), await stack.db.admin.savedProjectScene.count()];
    const response = await create(resolve(input) as Record<string, unknown>);
    expect(errorCodes(response)).toEqual([code]);
    expect(response.errors![0].extensions!.field).toBe(field);
    expect([await count(), await stack.db.admin.savedProjectScene.count()]).toEqual(before);
  });

  test('an unpublished project is not found for users; administrators may still use it', async () => {
    const draft = await catalogProject(stack.db.admin, { published: false, scenes: [{ key: 'intro' }] });
    expect(errorCodes(await studio(CREATE, { input: { projectId: draft.project.id, name: 'x' } }, owner.token))).toEqual(['NOT_FOUND']);
    expect(expectNoErrors(await studio(CREATE, { input: { projectId: draft.project.id, name: 'x' } }, admin.token)).createSavedProject.scenes).toHaveLength(1);
    expect(errorCodes(await studio(CREATE, { input: { projectId: catalog.project.id, name: 'x' } }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await studio(CREATE, { input: { projectId: 'not-a-uuid', name: 'x' } }, owner.token))).toEqual(['INVALID_ID']);
  });

  test('another tenant\'s private catalog is not found', async () => {
    const acme = await catalogProject(stack.db.admin, { tenantId: '00000000-0000-4000-8000-000000000ac0', scenes: [{ key: 'intro' }] });
    expect(errorCodes(await studio(CREATE, { input: { projectId: acme.project.id, name: 'x' } }, owner.token))).toEqual(['NOT_FOUND']);
  });
});

describe('changing', () => {
  let id: string;
  beforeAll(async () => {
    id = expectNoErrors(await create({ name: 'Edit me' })).createSavedProject.id;
  });

  test('scenes re-chosen and re-ordered, values, music, voiceover and sound effects, all at once', async () => {
    const saved = expectNoErrors(await update(id, {
      fieldValues: { intro_title: 'Hello', brand_color: '#ff006e', logo: 'https://cdn.example/logo.png' },
      scenes: [{ sceneId: sceneId('outro') }, { sceneId: sceneId('main'), fieldValues: { main_title: 'Middle' } }, { sceneId: sceneId('intro') }],
      musicTrackId: tracks.Music, musicStartMs: 1500, musicVolume: 40,
      voiceoverTrackId: tracks.Voiceover, voiceoverStartMs: 250, voiceoverVolume: 90,
      sfxVolume: 0, sfx: [{ audioTrackId: tracks.Sfx, sceneKey: 'main', startMs: 100 }, { audioTrackId: tracks.Sfx, startMs: 0 }],
    })).updateSavedProject;
    expect(saved.scenes.map((s: any) => s.sceneKey)).toEqual(['outro', 'main', 'intro']);
    expect(saved.scenes[1].fieldValues).toEqual({ main_title: 'Middle' });
    expect(saved).toMatchObject({
      musicVolume: 40, musicStartMs: 1500, sfxVolume: 0, voiceoverVolume: 90, voiceoverStartMs: 250,
      musicTrack: { id: tracks.Music }, voiceoverTrack: { id: tracks.Voiceover }, durationSec: 11.5,
    });
    expect(saved.sfx).toEqual([{ sceneKey: null, startMs: 0, track: { id: tracks.Sfx } }, { sceneKey: 'main', startMs: 100, track: { id: tracks.Sfx } }]);
    // Null clears a value and removes a track.
    const cleared = expectNoErrors(await update(id, { fieldValues: { intro_title: null, brand_color: '#3a86ff' }, voiceoverTrackId: null })).updateSavedProject;
    expect(cleared.fieldValues).toEqual({ brand_color: '#3a86ff' });
    expect(cleared.voiceoverTrack).toBeNull();
    // Leaving out the main scene takes its sound effect with it.
    const shorter = expectNoErrors(await update(id, { scenes: [{ sceneId: sceneId('intro') }, { sceneId: sceneId('outro') }] })).updateSavedProject;
    expect(shorter.sfx).toEqual([{ sceneKey: null, startMs: 0, track: { id: tracks.Sfx } }]);
    expect(shorter.durationSec).toBe(5.5);
  });

  test.each([
    ['a volume over 100', { musicVolume: 101 }, 'BAD_USER_INPUT', 'musicVolume'],
    ['a negative volume', { voiceoverVolume: -1 }, 'BAD_USER_INPUT', 'voiceoverVolume'],
    ['a fractional volume (GraphQL Int)', { sfxVolume: 50.5 }, 'BAD_USER_INPUT', undefined],
    ['a negative start', { musicStartMs: -5 }, 'BAD_USER_INPUT', 'musicStartMs'],
    ['music as the voiceover', { voiceoverTrackId: '%Music' }, 'BAD_USER_INPUT', 'voiceoverTrackId'],
    ['an unknown track', { musicTrackId: '00000000-0000-4000-8000-00000000dead' }, 'NOT_FOUND', undefined],
    ['a sound effect on a scene not chosen', { sfx: [{ audioTrackId: '%Sfx', sceneKey: 'nowhere', startMs: 0 }] }, 'INVALID_SCENE', 'sfx[0].sceneKey'],
    ['music among the sound effects', { sfx: [{ audioTrackId: '%Music', startMs: 0 }] }, 'BAD_USER_INPUT', 'sfx[0].audioTrackId'],
    ['an unknown field with a good name', { name: 'Renamed', fieldValues: { nope: 1 } }, 'INVALID_FIELD', 'fieldValues.nope'],
    ['a scene of another project with good values', { name: 'Renamed', fieldValues: { intro_title: 'ok' }, scenes: [{ sceneId: '%other' }] }, 'INVALID_SCENE', 'scenes[0].sceneId'],
    ['an empty name', { name: '   ' }, 'BAD_USER_INPUT', 'name'],
  ])('%s: refused, nothing changes', async (_name, input, code, field) => {
    const resolve = (value: unknown): unknown => {
      if (typeof value === 'string' && value.startsWith('%')) return value === '%other' ? otherProject.scenes[0].id : tracks[value.slice(1)];
      if (Array.isArray(value)) return value.map(resolve);
      if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
      return value;
    };
    const before = await row(id);
    const response = await update(id, resolve(input) as Record<string, unknown>);
    expect(errorCodes(response)).toEqual([code]);
    if (field) expect(response.errors![0].extensions!.field).toBe(field);
    expect(await row(id)).toEqual(before);
  });

  test('SQL-shaped text is a value like any other', async () => {
    const text = "x'); DROP TABLE studio.saved_projects;--";
    const saved = expectNoErrors(await update(id, { name: text, fieldValues: { intro_title: text.slice(0, 20) } })).updateSavedProject;
    expect(saved.name).toBe(text);
    expect(saved.fieldValues.intro_title).toBe(text.slice(0, 20));
    expect(await count()).toBeGreaterThan(0);
  });
});

describe('owners only', () => {
  test('another user\'s saved project is not found, whatever they try', async () => {
    const id = expectNoErrors(await create({ name: 'Private' })).createSavedProject.id;
    expect(errorCodes(await update(id, { name: 'Mine now' }, stranger))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await studio('mutation($id: ID!) { duplicateSavedProject(id: $id) { id } }', { id }, stranger.token))).toEqual(['NOT_FOUND']);
    expect(expectNoErrors(await studio('mutation($id: ID!) { deleteSavedProject(id: $id) }', { id }, stranger.token)).deleteSavedProject).toBe(false);
    expect(expectNoErrors(await studio('query($id: ID!) { savedProject(id: $id) { id } }', { id }, stranger.token)).savedProject).toBeNull();
    expect((await row(id)).name).toBe('Private');
    expect((await row(id)).deletedAt).toBeNull();
  });
});

describe('duplicating and deleting', () => {
  test('a duplicate copies scenes, values, tracks and sound effects under a new name', async () => {
    const { id } = expectNoErrors(await create({ name: 'Original', musicTrackId: tracks.Music, musicVolume: 30 })).createSavedProject;
    expectNoErrors(await update(id, {
      fieldValues: { intro_title: 'Copied' },
      scenes: [{ sceneId: sceneId('outro') }, { sceneId: sceneId('intro'), fieldValues: { intro_title: 'Scene value' } }],
      voiceoverTrackId: tracks.Voiceover, voiceoverVolume: 70, voiceoverStartMs: 10,
      sfx: [{ audioTrackId: tracks.Sfx, sceneKey: 'intro', startMs: 500 }],
    }));
    const copy = expectNoErrors(await studio(`mutation($id: ID!) { duplicateSavedProject(id: $id) { ${FIELDS} } }`, { id }, owner.token)).duplicateSavedProject;
    const original = expectNoErrors(await studio(`query($id: ID!) { savedProject(id: $id) { ${FIELDS} } }`, { id }, owner.token)).savedProject;
    expect(copy.id).not.toBe(id);
    expect(copy.name).toBe('Original (copy)');
    const { id: _a, name: _b, ...copied } = copy;
    const { id: _c, name: _d, ...source } = original;
    expect(copied).toEqual(source);
    // The copy is independent of the original.
    expectNoErrors(await update(copy.id, { musicVolume: 5 }));
    expect((await row(id)).musicVolume).toBe(30);

    const long = expectNoErrors(await create({ name: 'L'.repeat(200) })).createSavedProject;
    const longCopy = expectNoErrors(await studio('mutation($id: ID!) { duplicateSavedProject(id: $id) { name } }', { id: long.id }, owner.token)).duplicateSavedProject;
    expect(longCopy.name).toHaveLength(200);
    expect(longCopy.name.endsWith(' (copy)')).toBe(true);
  });

  test('a deleted saved project disappears from its owner\'s list', async () => {
    const { id } = expectNoErrors(await create({ name: 'Bye' })).createSavedProject;
    expect(expectNoErrors(await studio('mutation($id: ID!) { deleteSavedProject(id: $id) }', { id }, owner.token)).deleteSavedProject).toBe(true);
    expect(expectNoErrors(await studio('query($id: ID!) { savedProject(id: $id) { id } }', { id }, owner.token)).savedProject).toBeNull();
    expect(errorCodes(await update(id, { name: 'back' }))).toEqual(['NOT_FOUND']);
  });
});
