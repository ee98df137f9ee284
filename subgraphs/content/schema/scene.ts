// Scene: one scene of a project, in order, with its editable fields (the AE layers a user fills
// in). Administrators create, change, reorder and delete scenes; everyone reads them.
import { builder } from '../builder.ts';
import type { ModelRef } from '../../kit/builder.ts';
import type { ContentContext } from '../context.ts';
import { FieldType } from '../../../prisma/generated/client/enums.ts';
import { uuidArg } from '../../kit/errors.ts';
import { ProjectType } from './project.ts';
import { readConstraints } from '../fields/values.ts';
import { createScene, deleteScene, reorderScenes, updateScene } from '../catalog/scenes.ts';

export const FieldTypeEnum = builder.enumType(FieldType, { name: 'FieldType', description: 'What a field takes: text, an image or video, a colour, a character.' });

const FieldConstraintsType = builder.objectRef<ReturnType<typeof readConstraints>>('FieldConstraints').implement({
  description: 'Limits on a field\'s value.',
  fields: (t) => ({
    maxLength: t.exposeInt('maxLength', { nullable: true, description: 'Text: most characters (500 when unset).' }),
    palette: t.exposeStringList('palette', { nullable: true, description: 'Color: the only colours allowed.' }),
    mimeTypes: t.exposeStringList('mimeTypes', { nullable: true, description: 'Image and Video: accepted MIME types.' }),
    aspectRatio: t.exposeString('aspectRatio', { nullable: true, description: 'Image and Video: expected aspect ratio, like 1:1.' }),
  }),
});

export const SceneFieldType = builder.prismaObject('SceneField', {
  description: 'An editable field of a scene: the value a user gives replaces an AE layer.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Field id.' }),
    key: t.exposeString('fieldKey', { description: 'Key of the value in a saved project\'s field values.' }),
    type: t.expose('fieldType', { type: FieldTypeEnum, description: 'Text, Image, Video, Color or Character.' }),
    label: t.exposeString('label', { description: 'Label shown in the studio.' }),
    layerName: t.exposeString('layerName', { description: 'AE layer it replaces (administrators and the render service).' }),
    defaultValue: t.expose('defaultValue', { type: 'JSON', nullable: true, description: 'Value used when the user gives none.' }),
    required: t.exposeBoolean('isRequired', { description: 'Must have a value before rendering.' }),
    order: t.exposeInt('orderValue', { description: 'Position in the scene\'s form.' }),
    constraints: t.field({ type: FieldConstraintsType, description: 'Limits on the value.', resolve: (field) => readConstraints(field.constraints) }),
  }),
});

export const SceneType: ModelRef<ContentContext, 'Scene'> = builder.prismaObject('Scene', {
  description: 'One scene of a project, in order.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Scene id.' }),
    sceneKey: t.exposeString('sceneKey', { description: 'Stable key used by saved projects and snapshots.' }),
    title: t.exposeString('name', { description: 'Display title.' }),
    order: t.exposeInt('orderValue', { description: 'Position in the project.' }),
    durationSec: t.float({ description: 'Length in seconds.', resolve: (scene) => Number(scene.durationSec) }),
    compName: t.exposeString('compName', { nullable: true, description: 'AE composition of the scene.' }),
    imageUrl: t.exposeString('imageUrl', { nullable: true, description: 'Designer-provided still.' }),
    isRequired: t.exposeBoolean('isRequired', { description: 'Cannot be left out in the studio.' }),
    fields: t.field({ type: [SceneFieldType], description: 'Editable fields in form order.', resolve: (scene, _args, ctx) => ctx.loaders.fieldsByScene.load(scene.id) }),
    project: t.field({
      type: ProjectType,
      description: 'The project the scene belongs to.',
      resolve: async (scene, _args, ctx) => (await ctx.loaders.project.load(scene.projectId))!,
    }),
  }),
});

builder.asEntity(SceneType, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => ctx.loaders.scene.load(id),
});

const FieldConstraintsInput = builder.inputType('FieldConstraintsInput', {
  description: 'Limits on a field\'s value; each applies to the field types named.',
  fields: (t) => ({
    maxLength: t.int({ required: false, description: 'Text: most characters, 1-10000.' }),
    palette: t.stringList({ required: false, description: 'Color: the only colours allowed (#rrggbb).' }),
    mimeTypes: t.stringList({ required: false, description: 'Image and Video: accepted MIME types.' }),
    aspectRatio: t.string({ required: false, description: 'Image and Video: expected aspect ratio, like 1:1.' }),
  }),
});

const SceneFieldInput = builder.inputType('SceneFieldInput', {
  description: 'An editable field of a scene.',
  fields: (t) => ({
    key: t.string({ required: true, description: 'Lowercase letters, digits and _ (unique in the scene).' }),
    type: t.field({ type: FieldTypeEnum, required: true }),
    label: t.string({ required: true, description: 'Label shown in the studio.' }),
    layerName: t.string({ required: true, description: 'AE layer it replaces.' }),
    defaultValue: t.field({ type: 'JSON', required: false, description: 'Value used when the user gives none; must fit the field.' }),
    required: t.boolean({ required: false, description: 'Must have a value before rendering (default false).' }),
    order: t.int({ required: false, description: 'Position in the form (default: position in the list).' }),
    constraints: t.field({ type: FieldConstraintsInput, required: false }),
  }),
});

const CreateSceneInput = builder.inputType('CreateSceneInput', {
  description: 'A new scene of a project.',
  fields: (t) => ({
    sceneKey: t.string({ required: true, description: 'Stable key: lowercase letters, digits, _ and -; unique in the project; cannot change.' }),
    title: t.string({ required: true }),
    durationSec: t.float({ required: true, description: 'Length in seconds (more than 0, at most 3600).' }),
    order: t.int({ required: false, description: 'Position (default: last).' }),
    compName: t.string({ required: false, description: 'AE composition of the scene.' }),
    imageUrl: t.string({ required: false, description: 'Designer-provided still (http(s) URL).' }),
    isRequired: t.boolean({ required: false, description: 'Cannot be left out in the studio (default false).' }),
    fields: t.field({ type: [SceneFieldInput], required: false, description: 'Editable fields.' }),
  }),
});

const UpdateSceneInput = builder.inputType('UpdateSceneInput', {
  description: 'Changes to a scene; omitted fields stay as they are.',
  fields: (t) => ({
    title: t.string({ required: false }),
    durationSec: t.float({ required: false }),
    order: t.int({ required: false }),
    compName: t.string({ required: false }),
    imageUrl: t.string({ required: false }),
    isRequired: t.boolean({ required: false }),
    fields: t.field({ type: [SceneFieldInput], required: false, description: 'The whole field list: fields kept by key keep their ids, others are removed.' }),
  }),
});

builder.mutationFields((t) => ({
  createScene: t.prismaField({
    type: SceneType,
    description: 'Adds a scene with its fields to a project (administrators). CONFLICT when the key is taken.',
    args: { projectId: t.arg.id({ required: true }), input: t.arg({ type: CreateSceneInput, required: true }) },
    resolve: async (query, _root, { projectId, input }, ctx) => {
      const id = await createScene(ctx.db, uuidArg(projectId, 'projectId'), input);
      return ctx.db.scene.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateScene: t.prismaField({
    type: SceneType,
    description: 'Changes a scene, and replaces its fields when given (administrators).',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateSceneInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      await updateScene(ctx.db, uuidArg(id), input);
      return ctx.db.scene.findUniqueOrThrow({ ...query, where: { id: uuidArg(id) } });
    },
  }),
  deleteScene: t.boolean({
    description: 'Removes a scene and its fields (administrators). A published project keeps at least one scene (CONFLICT).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => deleteScene(ctx.db, uuidArg(id)),
  }),
  reorderScenes: t.prismaField({
    type: [SceneType],
    description: "Puts a project's scenes in this order (administrators): every scene of the project, each once.",
    args: { projectId: t.arg.id({ required: true }), sceneIds: t.arg.idList({ required: true }) },
    resolve: async (query, _root, { projectId, sceneIds }, ctx) => {
      const id = uuidArg(projectId, 'projectId');
      await reorderScenes(ctx.db, id, sceneIds.map(String));
      return ctx.db.scene.findMany({ ...query, where: { projectId: id }, orderBy: [{ orderValue: 'asc' }, { sceneKey: 'asc' }] });
    },
  }),
}));
