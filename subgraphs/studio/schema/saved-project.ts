// SavedProject: a user's customised copy of a content project (field values, scenes, audio).
import { builder } from '../builder.ts';
import { AudioTrackType } from './audio-track.ts';
import { PresetRef, ProjectRef, SceneRef, TemplateRef, UserRef, stub } from './external.ts';
import { AppError, ErrorCode, badInput, notFound, uuidArg } from '../../kit/errors.ts';
import type { StudioContext } from '../context.ts';
import type { Prisma } from '../../../prisma/generated/client/client.ts';

const SavedProjectSceneType = builder.prismaObject('SavedProjectScene', {
  description: 'A scene chosen for a saved project, in order, with its own field values.',
  fields: (t) => ({
    sceneKey: t.exposeString('sceneKey', { description: 'Key of the content scene.' }),
    order: t.exposeInt('orderValue', { description: 'Position in the video.' }),
    fieldValues: t.expose('fieldValues', { type: 'JSON', description: 'Field key to value for this scene.' }),
    scene: t.field({ type: SceneRef, nullable: true, description: 'The content scene.', resolve: (row) => stub(row.sceneId) }),
  }),
});

export const SavedProjectType = builder.prismaObject('SavedProject', {
  description: "A user's customised copy of a template project.",
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Saved project id.' }),
    name: t.exposeString('name', { description: 'Name given by the user.' }),
    fieldValues: t.expose('fieldValues', { type: 'JSON', description: 'Project-wide field values by field key.' }),
    musicVolume: t.exposeInt('musicVolume', { description: 'Music volume, 0-100.' }),
    musicStartMs: t.exposeInt('musicStartMs', { description: 'Offset into the music track.' }),
    sfxVolume: t.exposeInt('sfxVolume', { description: 'Sound-effects volume, 0-100.' }),
    voiceoverVolume: t.exposeInt('voiceoverVolume', { description: 'Voiceover volume, 0-100.' }),
    voiceoverStartMs: t.exposeInt('voiceoverStartMs', { description: 'Where the voiceover starts.' }),
    thumbnailUrl: t.exposeString('thumbnailUrl', { nullable: true, description: 'Thumbnail image URL.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
    user: t.field({ type: UserRef, description: 'Owner.', resolve: (row) => ({ id: row.userId }) }),
    project: t.field({ type: ProjectRef, description: 'The template project being customised.', resolve: (row) => ({ id: row.projectId }) }),
    template: t.field({ type: TemplateRef, description: 'The template.', resolve: (row) => ({ id: row.templateId }) }),
    preset: t.field({ type: PresetRef, nullable: true, description: 'Preset applied, if any.', resolve: (row) => stub(row.presetId) }),
    musicTrack: t.field({
      type: AudioTrackType,
      nullable: true,
      description: 'Background music.',
      resolve: (row, _args, ctx) => (row.musicTrackId ? ctx.loaders.audioTrack.load(row.musicTrackId) : null),
    }),
    voiceoverTrack: t.field({
      type: AudioTrackType,
      nullable: true,
      description: 'Voiceover.',
      resolve: (row, _args, ctx) => (row.voiceoverTrackId ? ctx.loaders.audioTrack.load(row.voiceoverTrackId) : null),
    }),
    scenes: t.field({
      type: [SavedProjectSceneType],
      description: 'Chosen scenes in order.',
      resolve: (row, _args, ctx) => ctx.loaders.scenesBySavedProject.load(row.id),
    }),
  }),
});

builder.asEntity(SavedProjectType, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => ctx.loaders.savedProject.load(id),
});

const volume = (value: number | null | undefined, field: string) => {
  if (value === null || value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0 || value > 100) throw badInput(`${field} must be a whole number from 0 to 100.`, field);
  return value;
};

const name = (value: string, field = 'name') => {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > 200) throw badInput('name must be 1 to 200 characters.', field);
  return trimmed;
};

const fieldValues = (value: unknown, field: string): Prisma.InputJsonObject | undefined => {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw badInput(`${field} must be an object of field key to value.`, field);
  if (JSON.stringify(value).length > 256 * 1024) throw badInput(`${field} is too large (256 KiB at most).`, field);
  return value as Prisma.InputJsonObject;
};

const CreateSavedProjectInput = builder.inputType('CreateSavedProjectInput', {
  description: 'A new saved project from a template project.',
  fields: (t) => ({
    projectId: t.id({ required: true, description: 'The template project (variant) to customise.' }),
    name: t.string({ required: true, description: 'Name of the saved project.' }),
    presetId: t.id({ required: false, description: 'Preset to start from.' }),
    fieldValues: t.field({ type: 'JSON', required: false, description: 'Initial project-wide field values.' }),
  }),
});

const UpdateSavedProjectInput = builder.inputType('UpdateSavedProjectInput', {
  description: 'Changes to a saved project; omitted fields stay as they are.',
  fields: (t) => ({
    name: t.string({ required: false }),
    fieldValues: t.field({ type: 'JSON', required: false, description: 'Project-wide field values (replaces them).' }),
    musicTrackId: t.id({ required: false, description: 'Background music track.' }),
    musicStartMs: t.int({ required: false }),
    musicVolume: t.int({ required: false, description: '0-100.' }),
    sfxVolume: t.int({ required: false, description: '0-100.' }),
    voiceoverTrackId: t.id({ required: false, description: 'Voiceover track.' }),
    voiceoverStartMs: t.int({ required: false }),
    voiceoverVolume: t.int({ required: false, description: '0-100.' }),
  }),
});

interface ContentProject {
  id: string;
  template: { id: string };
  scenes: { id: string; sceneKey: string; order: number }[];
}

async function trackId(ctx: StudioContext, id: string | null | undefined, field: string): Promise<string | null | undefined> {
  if (id === undefined) return undefined;
  if (id === null) return null;
  const track = await ctx.loaders.audioTrack.load(uuidArg(id, field));
  if (!track) throw notFound('Audio track', id);
  return track.id;
}

builder.queryFields((t) => ({
  savedProjects: t.prismaConnection({
    type: SavedProjectType,
    cursor: 'id',
    description: 'Your saved projects, most recently changed first.',
    args: { search: t.arg.string({ required: false, description: 'Part of the name.' }) },
    totalCount: (_root, { search }, ctx) => ctx.db.savedProject.count({ where: mine(ctx, search) }),
    resolve: (query, _root, { search }, ctx) => ctx.db.savedProject.findMany({ ...query, where: mine(ctx, search), orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }] }),
  }, { description: 'A page of saved projects.' }),
  savedProject: t.prismaField({
    type: SavedProjectType,
    nullable: true,
    description: 'One of your saved projects.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => ctx.db.savedProject.findFirst({ ...query, where: { ...mine(ctx), id: uuidArg(id) } }),
  }),
}));

function mine(ctx: StudioContext, search?: string | null): Prisma.SavedProjectWhereInput {
  if (ctx.caller.kind !== 'user') return { id: { in: [] } };
  const q = search?.trim().slice(0, 100);
  return { tenantId: ctx.caller.tenantId, userId: ctx.caller.userId, deletedAt: null, ...(q ? { name: { contains: q, mode: 'insensitive' } } : {}) };
}

builder.mutationFields((t) => ({
  createSavedProject: t.prismaField({
    type: SavedProjectType,
    description: 'Starts customising a template project: copies its scenes in order.',
    args: { input: t.arg({ type: CreateSavedProjectInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      if (ctx.caller.kind !== 'user') throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in first.');
      const projectId = uuidArg(input.projectId, 'projectId');
      const presetId = input.presetId ? uuidArg(input.presetId, 'presetId') : null;
      const [project] = await ctx.peers.entities<ContentProject>('content', 'Project', [projectId], 'id template { id } scenes { id sceneKey order }');
      if (!project) throw notFound('Project', projectId);
      const { tenantId, userId } = ctx.caller;
      return ctx.db.savedProject.create({
        ...query,
        data: {
          tenantId, userId, projectId, templateId: project.template.id, presetId,
          name: name(input.name), fieldValues: fieldValues(input.fieldValues, 'fieldValues') ?? {},
          scenes: { create: project.scenes.map((scene) => ({ tenantId, sceneKey: scene.sceneKey, sceneId: scene.id, orderValue: scene.order })) },
        },
      });
    },
  }),
  updateSavedProject: t.prismaField({
    type: SavedProjectType,
    description: 'Changes a saved project: name, field values, music, voiceover and volumes.',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateSavedProjectInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      const existing = await ctx.db.savedProject.findFirst({ where: { ...mine(ctx), id: uuidArg(id) }, select: { id: true } });
      if (!existing) throw notFound('Saved project', id);
      return ctx.db.savedProject.update({
        ...query,
        where: { id: existing.id },
        data: {
          name: input.name === null || input.name === undefined ? undefined : name(input.name),
          fieldValues: fieldValues(input.fieldValues, 'fieldValues'),
          musicTrackId: await trackId(ctx, input.musicTrackId, 'musicTrackId'),
          musicStartMs: input.musicStartMs ?? undefined,
          musicVolume: volume(input.musicVolume, 'musicVolume'),
          sfxVolume: volume(input.sfxVolume, 'sfxVolume'),
          voiceoverTrackId: await trackId(ctx, input.voiceoverTrackId, 'voiceoverTrackId'),
          voiceoverStartMs: input.voiceoverStartMs ?? undefined,
          voiceoverVolume: volume(input.voiceoverVolume, 'voiceoverVolume'),
        },
      });
    },
  }),
}));
