// Saved projects from the studio SDK (Apollo Client, persisted queries) through a real router:
// identity signs the user up, content judges the values against the project's editable fields,
// studio stores scenes, order, music, voiceover and sound effects with their volumes. Every
// refusal carries its code and the input path, and leaves the database as it was.
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { startStack, type Stack } from './kit/stack.ts';
import { catalogProject } from '../subgraphs/content/test-factories.ts';
import { createStudioSdk, SdkError, type StudioSdk } from '../clients/studio/sdk.ts';

let stack: Stack;
let sdk: StudioSdk;
let stranger: StudioSdk;
let userId: string;
let catalog: Awaited<ReturnType<typeof catalogProject>>;
let otherProject: Awaited<ReturnType<typeof catalogProject>>;
const tracks: Record<'Music' | 'Sfx' | 'Voiceover', string> = { Music: '', Sfx: '', Voiceover: '' };
/** Every request body the user's SDK sent over HTTP. */
const sent: Record<string, unknown>[] = [];

async function newSdk(record = false): Promise<{ sdk: StudioSdk; userId: string }> {
  const recording: typeof fetch = (input, init) => {
    if (record && typeof init?.body === 'string') sent.push(JSON.parse(init.body));
    return fetch(input, init);
  };
  const client = createStudioSdk({ url: stack.url, webSocketImpl: WebSocket, fetch: recording });
  const registered = await client.register({ email: `studio-${randomUUID().slice(0, 8)}@flatrender.test`, password: 'Correct-Horse-Battery-9', displayName: 'Studio SDK' });
  return { sdk: client, userId: registered.user!.id };
}

beforeAll(async () => {
  stack = await startStack({ owners: ['identity', 'content', 'studio'] });
  catalog = await catalogProject(stack.db.admin, {
    scenes: [
      { key: 'intro', required: true, durationSec: 3, fields: [{ key: 'headline', type: 'Text', constraints: { max_length: 20 } }, { key: 'brand_color', type: 'Color' }] },
      { key: 'main', durationSec: 6, fields: [{ key: 'caption', type: 'Text' }, { key: 'logo', type: 'Image' }] },
      { key: 'outro', required: true, durationSec: 2.5, fields: [{ key: 'accent', type: 'Color', constraints: { palette: ['#ff006e', '#3a86ff'] } }] },
    ],
  });
  otherProject = await catalogProject(stack.db.admin, { scenes: [{ key: 'intro', fields: [{ key: 'other_title', type: 'Text' }] }] });
  for (const [title, kind] of [['Song', 'Music'], ['Whoosh', 'Sfx'], ['Narration', 'Voiceover']] as const) {
    tracks[kind] = (await stack.db.admin.audioTrack.create({ data: { title, kind, durationMs: 60_000, url: `https://cdn.example/${title}.mp3` } })).id;
  }
  ({ sdk, userId } = await newSdk(true));
  ({ sdk: stranger } = await newSdk());
});
afterAll(async () => {
  await sdk?.close();
  await stranger?.close();
  await stack?.stop();
});

const sceneId = (key: string) => catalog.scenes.find((s) => s.sceneKey === key)!.id;
/** The rows of one saved project, scenes and sound effects in order. */
const row = (id: string) => stack.db.admin.savedProject.findUniqueOrThrow({ where: { id }, include: { scenes: { orderBy: { orderValue: 'asc' } }, sfx: { orderBy: { startMs: 'asc' } } } });
/** Everything the user has in studio: saved projects, their scenes and sound effects. */
const everything = async () => {
  const projects = await stack.db.admin.savedProject.findMany({ where: { userId }, select: { id: true } });
  const ids = projects.map((p) => p.id);
  return {
    projects: ids.length,
    scenes: await stack.db.admin.savedProjectScene.count({ where: { savedProjectId: { in: ids } } }),
    sfx: await stack.db.admin.savedProjectSfx.count({ where: { savedProjectId: { in: ids } } }),
  };
};
/** The SdkError a call ends with. */
const refusal = async (call: Promise<unknown>): Promise<SdkError> => {
  const error = await call.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(SdkError);
  return error as SdkError;
};

describe('what a project lets you edit', () => {
  test('scenes in order with their editable fields and constraints, and the audio library by kind', async () => {
    const editor = await sdk.projectEditor(catalog.project.id);
    expect(editor?.scenes.map((s) => [s.sceneKey, s.isRequired, s.fields.map((f) => [f.key, f.type])])).toEqual([
      ['intro', true, [['headline', 'Text'], ['brand_color', 'Color']]],
      ['main', false, [['caption', 'Text'], ['logo', 'Image']]],
      ['outro', true, [['accent', 'Color']]],
    ]);
    expect(editor?.scenes[0].fields[0].constraints.maxLength).toBe(20);
    expect(editor?.scenes[2].fields[0].constraints.palette).toEqual(['#ff006e', '#3a86ff']);
    const music = await sdk.audioTracks({ kind: 'Music', first: 10 });
    expect(music.edges.map((e) => e.node.id)).toContain(tracks.Music);
    expect(music.edges.every((e) => e.node.kind === 'Music')).toBe(true);
  });

  test('the new operations are in the committed manifest: the SDK sends their hash, never their text', async () => {
    sent.length = 0;
    await sdk.savedProjects({ first: 1 });
    await sdk.projectEditor(catalog.project.id);
    expect(sent).toHaveLength(2);
    for (const body of sent) {
      expect(body.query).toBeUndefined();
      expect(body.extensions).toMatchObject({ persistedQuery: { version: 1, sha256Hash: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    }
  });
});

describe('creating and editing', () => {
  let id: string;

  test('a saved project starts with the scenes chosen, in that order, with values, music and voiceover', async () => {
    const saved = await sdk.createSavedProject({
      projectId: catalog.project.id,
      name: 'Launch teaser',
      fieldValues: { headline: 'Salam', brand_color: '#123456' },
      scenes: [{ sceneId: sceneId('outro'), fieldValues: { accent: '#FF006E' } }, { sceneId: sceneId('intro') }],
      musicTrackId: tracks.Music, musicVolume: 35,
      voiceoverTrackId: tracks.Voiceover, voiceoverVolume: 80,
    });
    id = saved.id;
    expect(saved).toMatchObject({
      name: 'Launch teaser', fieldValues: { headline: 'Salam', brand_color: '#123456' }, durationSec: 5.5,
      musicVolume: 35, voiceoverVolume: 80, sfxVolume: 100,
      musicTrack: { id: tracks.Music, kind: 'Music' }, voiceoverTrack: { id: tracks.Voiceover, kind: 'Voiceover' },
      project: { id: catalog.project.id }, template: { id: catalog.template.id },
    });
    expect(saved.scenes.map((s) => [s.sceneKey, s.order, s.fieldValues, s.scene?.id])).toEqual([
      ['outro', 0, { accent: '#FF006E' }, sceneId('outro')],
      ['intro', 1, {}, sceneId('intro')],
    ]);
    const stored = await row(id);
    expect(stored).toMatchObject({ userId, musicVolume: 35, voiceoverVolume: 80, musicTrackId: tracks.Music });
    expect(stored.scenes.map((s) => s.sceneKey)).toEqual(['outro', 'intro']);
  });

  test('scenes re-chosen and re-ordered, field values, sound effects and each track\'s volume, at once', async () => {
    const saved = await sdk.updateSavedProject(id, {
      name: 'Launch teaser v2',
      fieldValues: { headline: 'Hello', logo: 'https://cdn.example/logo.png' },
      scenes: [{ sceneId: sceneId('intro') }, { sceneId: sceneId('main'), fieldValues: { caption: 'Middle' } }, { sceneId: sceneId('outro') }],
      musicStartMs: 1500, musicVolume: 40,
      voiceoverStartMs: 250, voiceoverVolume: 90,
      sfxVolume: 15, sfx: [{ audioTrackId: tracks.Sfx, sceneKey: 'main', startMs: 100 }, { audioTrackId: tracks.Sfx, startMs: 0 }],
    });
    expect(saved.scenes.map((s) => s.sceneKey)).toEqual(['intro', 'main', 'outro']);
    expect(saved.scenes[1].fieldValues).toEqual({ caption: 'Middle' });
    expect(saved).toMatchObject({ name: 'Launch teaser v2', fieldValues: { headline: 'Hello', logo: 'https://cdn.example/logo.png' }, musicVolume: 40, musicStartMs: 1500, voiceoverVolume: 90, voiceoverStartMs: 250, sfxVolume: 15, durationSec: 11.5 });
    expect(saved.sfx.map((s) => [s.sceneKey, s.startMs, s.track?.id])).toEqual([[null, 0, tracks.Sfx], ['main', 100, tracks.Sfx]]);
    const stored = await row(id);
    expect([stored.musicVolume, stored.sfxVolume, stored.voiceoverVolume]).toEqual([40, 15, 90]);
    expect(stored.sfx).toHaveLength(2);

    // Only what is given changes; null removes a track; dropping a scene drops its sound effects.
    const changed = await sdk.updateSavedProject(id, { voiceoverTrackId: null, scenes: [{ sceneId: sceneId('intro') }, { sceneId: sceneId('outro') }] });
    expect(changed).toMatchObject({ name: 'Launch teaser v2', musicVolume: 40, voiceoverTrack: null, durationSec: 5.5 });
    expect(changed.sfx.map((s) => s.sceneKey)).toEqual([null]);
    expect(await sdk.savedProject(id)).toEqual(changed);
  });

  test.each([
    ['a field the project does not have', { fieldValues: { nope: 'x' } }, 'INVALID_FIELD', 'fieldValues.nope'],
    ['another scene\'s field on a scene', { scenes: [{ sceneId: '%intro', fieldValues: { caption: 'x' } }, { sceneId: '%outro' }] }, 'INVALID_FIELD', 'scenes[0].fieldValues.caption'],
    ['a scene of another project', { scenes: [{ sceneId: '%intro' }, { sceneId: '%outro' }, { sceneId: '%other' }] }, 'INVALID_SCENE', 'scenes[2].sceneId'],
    ['a scene twice', { scenes: [{ sceneId: '%intro' }, { sceneId: '%outro' }, { sceneId: '%intro' }] }, 'INVALID_SCENE', 'scenes[2].sceneId'],
    ['a required scene left out', { scenes: [{ sceneId: '%intro' }] }, 'BAD_USER_INPUT', 'scenes'],
    ['text over its max length', { fieldValues: { headline: 'x'.repeat(21) } }, 'BAD_USER_INPUT', 'fieldValues.headline'],
    ['a colour outside the palette', { scenes: [{ sceneId: '%intro' }, { sceneId: '%outro', fieldValues: { accent: '#000000' } }] }, 'BAD_USER_INPUT', 'scenes[1].fieldValues.accent'],
    ['a music volume over 100', { musicVolume: 101 }, 'BAD_USER_INPUT', 'musicVolume'],
    ['a negative voiceover volume', { voiceoverVolume: -1 }, 'BAD_USER_INPUT', 'voiceoverVolume'],
    ['a sound effect as the music', { musicTrackId: '%Sfx' }, 'BAD_USER_INPUT', 'musicTrackId'],
  ])('creating with %s: refused with its code at its path, nothing written', async (_name, input, code, field) => {
    const before = await everything();
    const error = await refusal(sdk.createSavedProject(resolve({ projectId: catalog.project.id, name: 'Refused', ...input }) as never));
    expect([error.code, error.extensions.field]).toEqual([code, field]);
    expect(await everything()).toEqual(before);
  });

  test.each([
    ['an unknown field beside a good name', { name: 'Renamed', fieldValues: { nope: 1 } }, 'INVALID_FIELD', 'fieldValues.nope'],
    ['a scene of another project beside good values', { fieldValues: { headline: 'ok' }, scenes: [{ sceneId: '%other' }] }, 'INVALID_SCENE', 'scenes[0].sceneId'],
    ['a sound effect on a scene not chosen', { sfx: [{ audioTrackId: '%Sfx', sceneKey: 'main', startMs: 0 }] }, 'INVALID_SCENE', 'sfx[0].sceneKey'],
    ['music among the sound effects', { sfxVolume: 10, sfx: [{ audioTrackId: '%Music', startMs: 0 }] }, 'BAD_USER_INPUT', 'sfx[0].audioTrackId'],
    ['an sfx volume over 100 beside a good music volume', { musicVolume: 10, sfxVolume: 500 }, 'BAD_USER_INPUT', 'sfxVolume'],
    ['a negative music start', { musicStartMs: -5 }, 'BAD_USER_INPUT', 'musicStartMs'],
    ['an empty name', { name: '  ' }, 'BAD_USER_INPUT', 'name'],
  ])('changing with %s: refused with its code at its path, nothing changes', async (_name, input, code, field) => {
    const before = await row(id);
    const error = await refusal(sdk.updateSavedProject(id, resolve(input) as never));
    expect([error.code, error.extensions.field]).toEqual([code, field]);
    expect(await row(id)).toEqual(before);
  });

  test('a fractional volume is refused by the schema before anything runs', async () => {
    const before = await row(id);
    const error = await refusal(sdk.updateSavedProject(id, { musicVolume: 50.5 }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(await row(id)).toEqual(before);
  });
});

/** `%key` in a test input: a scene of the catalog (`%other`: another project's), or a track by kind. */
function resolve(value: unknown): unknown {
  if (typeof value === 'string' && value.startsWith('%')) {
    const key = value.slice(1);
    return key === 'other' ? otherProject.scenes[0].id : (tracks as Record<string, string>)[key] ?? sceneId(key);
  }
  if (Array.isArray(value)) return value.map(resolve);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
  return value;
}

describe('duplicating, deleting, listing', () => {
  test('a duplicate copies scenes, values, tracks, sound effects and volumes, and is independent', async () => {
    const original = await sdk.createSavedProject({ projectId: catalog.project.id, name: 'Original', musicTrackId: tracks.Music, musicVolume: 30 });
    await sdk.updateSavedProject(original.id, {
      fieldValues: { headline: 'Copied' }, voiceoverTrackId: tracks.Voiceover, voiceoverVolume: 70, sfxVolume: 55,
      scenes: [{ sceneId: sceneId('outro') }, { sceneId: sceneId('intro'), fieldValues: { headline: 'Scene value' } }],
      sfx: [{ audioTrackId: tracks.Sfx, sceneKey: 'intro', startMs: 500 }],
    });
    const copy = await sdk.duplicateSavedProject(original.id);
    const source = (await sdk.savedProject(original.id))!;
    expect(copy.id).not.toBe(original.id);
    expect(copy.name).toBe('Original (copy)');
    const strip = ({ id: _id, name: _name, createdAt: _c, updatedAt: _u, sfx, ...rest }: typeof copy) => ({ ...rest, sfx: sfx.map(({ id: _sfxId, ...placement }) => placement) });
    expect(strip(copy)).toEqual(strip(source));
    await sdk.updateSavedProject(copy.id, { musicVolume: 5, sfx: [] });
    expect((await row(original.id)).musicVolume).toBe(30);
    expect((await row(original.id)).sfx).toHaveLength(1);
  });

  test('pages through the list, newest change first, with search; a deleted one leaves the list', async () => {
    const { sdk: lister } = await newSdk();
    try {
      const names = ['Alpha clip', 'Beta clip', 'Gamma reel', 'Delta clip', 'Epsilon reel'];
      for (const name of names) await lister.createSavedProject({ projectId: catalog.project.id, name });
      const seen: string[] = [];
      let after: string | null | undefined = null;
      for (let page = 0; page < 5; page++) {
        const result = await lister.savedProjects({ first: 2, after });
        expect(result.totalCount).toBe(5);
        seen.push(...result.edges.map((e) => e.node.name));
        if (!result.pageInfo.hasNextPage) break;
        after = result.pageInfo.endCursor;
      }
      expect(seen).toEqual([...names].reverse());
      const reels = await lister.savedProjects({ search: 'reel', first: 10 });
      expect(reels.edges.map((e) => e.node.name).sort()).toEqual(['Epsilon reel', 'Gamma reel']);

      const beta = (await lister.savedProjects({ search: 'Beta', first: 1 })).edges[0].node;
      expect(await lister.deleteSavedProject(beta.id)).toBe(true);
      expect(await lister.deleteSavedProject(beta.id)).toBe(false);
      expect(await lister.savedProject(beta.id)).toBeNull();
      expect((await lister.savedProjects({ first: 10 })).totalCount).toBe(4);
      expect((await refusal(lister.updateSavedProject(beta.id, { name: 'Back' }))).code).toBe('NOT_FOUND');
      expect((await stack.db.admin.savedProject.findUniqueOrThrow({ where: { id: beta.id } })).deletedAt).not.toBeNull();
    } finally {
      await lister.close();
    }
  });

  test('another user sees none of it and changes nothing; a signed-out SDK is UNAUTHENTICATED', async () => {
    const mine = await sdk.createSavedProject({ projectId: catalog.project.id, name: 'Private' });
    const before = await row(mine.id);
    expect(await stranger.savedProject(mine.id)).toBeNull();
    expect((await stranger.savedProjects({ first: 50 })).edges.map((e) => e.node.id)).not.toContain(mine.id);
    expect((await refusal(stranger.updateSavedProject(mine.id, { name: 'Mine now' }))).code).toBe('NOT_FOUND');
    expect((await refusal(stranger.duplicateSavedProject(mine.id))).code).toBe('NOT_FOUND');
    expect(await stranger.deleteSavedProject(mine.id)).toBe(false);
    expect(await row(mine.id)).toEqual(before);

    const anonymous = createStudioSdk({ url: stack.url, webSocketImpl: WebSocket });
    try {
      expect((await refusal(anonymous.createSavedProject({ projectId: catalog.project.id, name: 'x' }))).code).toBe('UNAUTHENTICATED');
      expect((await refusal(anonymous.savedProjects())).code).toBe('UNAUTHENTICATED');
    } finally {
      await anonymous.close();
    }
  });

  test('a malformed id is INVALID_ID, an unknown project NOT_FOUND, and neither writes anything', async () => {
    const before = await everything();
    expect((await refusal(sdk.createSavedProject({ projectId: 'not-a-uuid', name: 'x' }))).code).toBe('INVALID_ID');
    expect((await refusal(sdk.createSavedProject({ projectId: randomUUID(), name: 'x' }))).code).toBe('NOT_FOUND');
    expect((await refusal(sdk.updateSavedProject("1' OR '1'='1", { name: 'x' }))).code).toBe('INVALID_ID');
    expect(await everything()).toEqual(before);
  });
});
