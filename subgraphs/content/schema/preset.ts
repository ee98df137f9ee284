// Preset: a named set of values for a project's fields or a character's parts. Administrators
// manage them; everyone reads them with their project or character.
import { builder } from '../builder.ts';
import type { ModelRef } from '../../kit/builder.ts';
import type { ContentContext } from '../context.ts';
import { PresetType as PresetKind } from '../../../prisma/generated/client/enums.ts';
import { uuidArg } from '../../kit/errors.ts';
import { CharacterType } from './character.ts';
import { createPreset, updatePreset } from '../catalog/presets.ts';

export const PresetKindEnum = builder.enumType(PresetKind, { name: 'PresetType', description: 'What a preset sets: colours, texts, a character or a style.' });

export const PresetType: ModelRef<ContentContext, 'Preset'> = builder.prismaObject('Preset', {
  description: 'A named set of field values for a project, or of part choices for a character.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Preset id.' }),
    name: t.exposeString('name', { description: 'Display name.' }),
    type: t.expose('presetType', { type: PresetKindEnum, description: 'Color, Text, Character or Style.' }),
    values: t.expose('values', { type: 'JSON', description: 'Field key to value (project presets), or part to choice (character presets).' }),
    thumbnailUrl: t.exposeString('thumbnailUrl', { nullable: true, description: 'Preview image URL.' }),
    order: t.exposeInt('orderValue', { description: 'Display position.' }),
    isDefault: t.exposeBoolean('isDefault', { description: 'Applied when a saved project is created without a preset.' }),
    character: t.field({
      type: CharacterType,
      nullable: true,
      description: 'The character it belongs to, if any.',
      resolve: (row, _args, ctx) => (row.characterId ? ctx.loaders.character.load(row.characterId) : null),
    }),
  }),
});

builder.asEntity(PresetType, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => ctx.loaders.preset.load(id),
});

const PresetInput = builder.inputType('PresetInput', {
  description: 'A preset; on update, omitted fields stay as they are and the owner cannot change.',
  fields: (t) => ({
    projectId: t.id({ required: false, description: 'The project whose fields it sets (create only).' }),
    characterId: t.id({ required: false, description: 'The character whose parts it sets (create only).' }),
    name: t.string({ required: false, description: 'Required on create.' }),
    type: t.field({ type: PresetKindEnum, required: false, description: 'Required on create.' }),
    values: t.field({ type: 'JSON', required: false, description: 'Field key to value: every key must be a field of the project (INVALID_FIELD).' }),
    thumbnailUrl: t.string({ required: false }),
    order: t.int({ required: false }),
    isDefault: t.boolean({ required: false, description: 'Make it the project\'s default (the previous default stops being one).' }),
  }),
});

builder.mutationFields((t) => ({
  createPreset: t.prismaField({
    type: PresetType,
    description: 'Adds a preset to a project or a character (administrators).',
    args: { input: t.arg({ type: PresetInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { id } = await createPreset(ctx.db, input);
      return ctx.db.preset.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updatePreset: t.prismaField({
    type: PresetType,
    description: 'Changes a preset (administrators).',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: PresetInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      await updatePreset(ctx.db, uuidArg(id), input);
      return ctx.db.preset.findUniqueOrThrow({ ...query, where: { id: uuidArg(id) } });
    },
  }),
  deletePreset: t.boolean({
    description: 'Removes a preset (administrators). False when it did not exist.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => (await ctx.db.preset.deleteMany({ where: { id: uuidArg(id) } })).count > 0,
  }),
}));
