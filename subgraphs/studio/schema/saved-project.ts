// SavedProject: a user's customised copy of a content project (field values, scenes in order,
// music, voiceover, sound effects and their volumes). Thin resolvers over customisation/.
import { builder } from '../builder.ts';
import { AudioTrackType } from './audio-track.ts';
import { SavedProjectSfxType, SfxPlacementInput } from './saved-project-sfx.ts';
import { PresetRef, ProjectRef, SceneRef, TemplateRef, UserRef, stub } from './external.ts';
import { uuidArg } from '../../kit/errors.ts';
import { createSavedProject, deleteSavedProject, duplicateSavedProject, mine, updateSavedProject } from '../customisation/saved-projects.ts';

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
    durationSec: t.float({ nullable: true, description: 'Length of the chosen scenes, in seconds.', resolve: (row) => (row.durationSec === null ? null : Number(row.durationSec)) }),
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
    sfx: t.field({
      type: [SavedProjectSfxType],
      description: 'Sound effects on the timeline, by start.',
      resolve: (row, _args, ctx) => ctx.loaders.sfxBySavedProject.load(row.id),
    }),
  }),
});

builder.asEntity(SavedProjectType, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => ctx.loaders.savedProject.load(id),
});

const SavedProjectSceneInput = builder.inputType('SavedProjectSceneInput', {
  description: 'A chosen scene, with values for its own fields; the list order is the video order.',
  fields: (t) => ({
    sceneId: t.id({ required: true, description: 'A scene of the saved project\'s project (INVALID_SCENE otherwise).' }),
    fieldValues: t.field({ type: 'JSON', required: false, description: 'Field key to value; keys must be this scene\'s fields (INVALID_FIELD).' }),
  }),
});

const CreateSavedProjectInput = builder.inputType('CreateSavedProjectInput', {
  description: 'A new saved project from a template project.',
  fields: (t) => ({
    projectId: t.id({ required: true, description: 'The template project (variant) to customise.' }),
    name: t.string({ required: true, description: 'Name of the saved project.' }),
    presetId: t.id({ required: false, description: 'Preset of the project to start from (default: the project\'s default preset).' }),
    fieldValues: t.field({ type: 'JSON', required: false, description: 'Initial project-wide field values; keys must be fields of the project (INVALID_FIELD).' }),
    scenes: t.field({ type: [SavedProjectSceneInput], required: false, description: 'Scenes in order (default: all of the project\'s).' }),
    musicTrackId: t.id({ required: false, description: 'Background music track.' }),
    musicVolume: t.int({ required: false, description: '0-100.' }),
    voiceoverTrackId: t.id({ required: false, description: 'Voiceover track.' }),
    voiceoverVolume: t.int({ required: false, description: '0-100.' }),
  }),
});

const UpdateSavedProjectInput = builder.inputType('UpdateSavedProjectInput', {
  description: 'Changes to a saved project; omitted fields stay as they are, null removes a track.',
  fields: (t) => ({
    name: t.string({ required: false }),
    presetId: t.id({ required: false, description: 'Record the preset applied (a preset of the project).' }),
    fieldValues: t.field({ type: 'JSON', required: false, description: 'Project-wide field values (replaces them); null values are dropped.' }),
    scenes: t.field({ type: [SavedProjectSceneInput], required: false, description: 'The chosen scenes in order (replaces them); required scenes must be there.' }),
    musicTrackId: t.id({ required: false, description: 'Background music track.' }),
    musicStartMs: t.int({ required: false, description: 'Offset into the music, 0-3600000 ms.' }),
    musicVolume: t.int({ required: false, description: '0-100.' }),
    sfxVolume: t.int({ required: false, description: '0-100, for every sound effect.' }),
    voiceoverTrackId: t.id({ required: false, description: 'Voiceover track.' }),
    voiceoverStartMs: t.int({ required: false, description: 'Where the voiceover starts, 0-3600000 ms.' }),
    voiceoverVolume: t.int({ required: false, description: '0-100.' }),
    sfx: t.field({ type: [SfxPlacementInput], required: false, description: 'The sound effects on the timeline (replaces them).' }),
  }),
});

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

builder.mutationFields((t) => ({
  createSavedProject: t.prismaField({
    type: SavedProjectType,
    description: 'Starts customising a published template project: its scenes (or those chosen) in order, the preset\'s values, your values checked against the project\'s fields.',
    args: { input: t.arg({ type: CreateSavedProjectInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await createSavedProject(ctx, input);
      return ctx.db.savedProject.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateSavedProject: t.prismaField({
    type: SavedProjectType,
    description: 'Changes a saved project: name, field values, scenes and order, music, voiceover, sound effects and volumes. All or nothing.',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateSavedProjectInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      await updateSavedProject(ctx, String(id), input);
      return ctx.db.savedProject.findUniqueOrThrow({ ...query, where: { id: uuidArg(id) } });
    },
  }),
  duplicateSavedProject: t.prismaField({
    type: SavedProjectType,
    description: 'Copies one of your saved projects with its scenes, values and audio, named "… (copy)".',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      const copy = await duplicateSavedProject(ctx, String(id));
      return ctx.db.savedProject.findUniqueOrThrow({ ...query, where: { id: copy } });
    },
  }),
  deleteSavedProject: t.boolean({
    description: 'Deletes one of your saved projects; renders made from it stay. False when there was none.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => deleteSavedProject(ctx, String(id)),
  }),
}));
