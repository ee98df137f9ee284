// Character: the reusable character library (platform catalog). Administrators manage it and
// choose which characters a project offers; everyone reads the active ones.
import { builder } from '../builder.ts';
import type { ModelRef } from '../../kit/builder.ts';
import type { ContentContext } from '../context.ts';
import { isAdmin } from '../../kit/auth.ts';
import { uuidArg } from '../../kit/errors.ts';
import { PresetType } from './preset.ts';
import { ProjectType } from './project.ts';
import { createCharacter, setProjectCharacters, updateCharacter } from '../catalog/characters.ts';

export const CharacterType: ModelRef<ContentContext, 'Character'> = builder.prismaObject('Character', {
  description: 'A reusable character users can put in their videos.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Character id.' }),
    name: t.exposeString('name', { description: 'Display name.' }),
    slug: t.exposeString('slug', { description: 'URL name.' }),
    description: t.exposeString('description', { nullable: true, description: 'Long description.' }),
    thumbnailUrl: t.exposeString('thumbnailUrl', { nullable: true, description: 'Thumbnail image URL.' }),
    attributes: t.expose('attributes', { type: 'JSON', description: 'Gender, style, recolourable parts.' }),
    order: t.exposeInt('orderValue', { description: 'Display position.' }),
    isActive: t.exposeBoolean('isActive', { description: 'Offered to users.' }),
    presets: t.field({ type: [PresetType], description: 'Presets of this character.', resolve: (row, _args, ctx) => ctx.loaders.presetsByCharacter.load(row.id) }),
  }),
});

builder.asEntity(CharacterType, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => ctx.loaders.character.load(id),
});

const CharacterInput = builder.inputType('CharacterInput', {
  description: 'A character; on update, omitted fields stay as they are.',
  fields: (t) => ({
    name: t.string({ required: false, description: 'Required on create.' }),
    slug: t.string({ required: false, description: 'Required on create; lowercase words joined by hyphens, unique.' }),
    description: t.string({ required: false }),
    thumbnailUrl: t.string({ required: false, description: 'http(s) URL.' }),
    attributes: t.field({ type: 'JSON', required: false, description: 'An object: gender, style, recolourable parts.' }),
    order: t.int({ required: false }),
    isActive: t.boolean({ required: false }),
  }),
});

builder.queryFields((t) => ({
  characters: t.prismaField({
    type: [CharacterType],
    description: 'The character library in display order: active characters (administrators: all).',
    resolve: (query, _root, _args, ctx) =>
      ctx.db.character.findMany({ ...query, where: isAdmin(ctx.caller) ? {} : { isActive: true }, orderBy: [{ orderValue: 'asc' }, { name: 'asc' }, { id: 'asc' }] }),
  }),
}));

builder.mutationFields((t) => ({
  createCharacter: t.prismaField({
    type: CharacterType,
    description: 'Adds a character to the library (administrators). CONFLICT when the slug is taken.',
    args: { input: t.arg({ type: CharacterInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { id } = await createCharacter(ctx.db, input);
      return ctx.db.character.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateCharacter: t.prismaField({
    type: CharacterType,
    description: 'Changes a character (administrators).',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: CharacterInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      await updateCharacter(ctx.db, uuidArg(id), input);
      return ctx.db.character.findUniqueOrThrow({ ...query, where: { id: uuidArg(id) } });
    },
  }),
  deleteCharacter: t.boolean({
    description: 'Removes a character and its presets (administrators). False when it did not exist.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => (await ctx.db.character.deleteMany({ where: { id: uuidArg(id) } })).count > 0,
  }),
  setProjectCharacters: t.prismaField({
    type: ProjectType,
    description: 'Sets the characters a project offers (administrators); an empty list offers every active one.',
    args: { projectId: t.arg.id({ required: true }), characterIds: t.arg.idList({ required: true }) },
    resolve: async (query, _root, { projectId, characterIds }, ctx) => {
      const id = uuidArg(projectId, 'projectId');
      await setProjectCharacters(ctx.db, id, characterIds.map(String));
      return ctx.db.project.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
