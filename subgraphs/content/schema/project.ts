// Project: a renderable variant of a template (aspect ratio, resolution, AE file), with its
// scenes, presets and named assets. Administrators browse and search all of them.
import { builder } from '../builder.ts';
import type { ModelRef } from '../../kit/builder.ts';
import type { ContentContext } from '../context.ts';
import { AeStatus, AssetType } from '../../../prisma/generated/client/enums.ts';
import { PublishStatusEnum, TemplateType, visibleProjects } from './template.ts';
import { catalogTenants } from '../context.ts';
import { badInput, notFound, uuidArg } from '../../kit/errors.ts';
import type { Prisma } from '../../../prisma/generated/client/client.ts';

export const AeStatusEnum = builder.enumType(AeStatus, { name: 'AeStatus', description: 'State of the project\'s After Effects file.' });
export const AssetKindEnum = builder.enumType(AssetType, { name: 'AssetKind', description: 'Kind of a named project asset.' });

export const ProjectAssetType = builder.prismaObject('ProjectAsset', {
  description: 'A named footage, image, audio or font file the AE project references.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Asset id.' }),
    name: t.exposeString('name', { description: 'Name the AE project uses.' }),
    kind: t.expose('assetType', { type: AssetKindEnum, description: 'Footage, image, audio or font.' }),
    fileName: t.exposeString('fileName', { description: 'Original file name.' }),
    url: t.exposeString('url', { description: 'Where the file is stored.' }),
    mimeType: t.exposeString('mimeType', { nullable: true, description: 'MIME type.' }),
    sizeBytes: t.expose('sizeBytes', { type: 'BigInt', description: 'Size in bytes.' }),
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
    imageUrl: t.exposeString('imageUrl', { nullable: true, description: 'Designer-provided still.' }),
    isRequired: t.exposeBoolean('isRequired', { description: 'Cannot be left out in the studio.' }),
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

export const PresetType = builder.prismaObject('Preset', {
  description: 'A named set of field values for a project.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Preset id.' }),
    name: t.exposeString('name', { description: 'Display name.' }),
    values: t.expose('values', { type: 'JSON', description: 'Field key to value.' }),
    thumbnailUrl: t.exposeString('thumbnailUrl', { nullable: true, description: 'Preview image URL.' }),
    isDefault: t.exposeBoolean('isDefault', { description: 'Applied when a saved project is created without a preset.' }),
  }),
});

builder.asEntity(PresetType, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => ctx.loaders.preset.load(id),
});

export const ProjectType: ModelRef<ContentContext, 'Project'> = builder.prismaObject('Project', {
  description: 'A renderable variant of a template: one aspect ratio and resolution with its After Effects file.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Project id.' }),
    name: t.exposeString('name', { description: 'Variant label.' }),
    aspectRatio: t.exposeString('aspectRatio', { description: '16:9, 9:16, 1:1 or 4:5.' }),
    width: t.exposeInt('width', { description: 'Native width in pixels.' }),
    height: t.exposeInt('height', { description: 'Native height in pixels.' }),
    resolution: t.string({ description: 'Native size as WIDTHxHEIGHT.', select: { width: true, height: true }, resolve: (p) => `${p.width}x${p.height}` }),
    frameRate: t.exposeInt('frameRate', { description: 'Frames per second.' }),
    durationSec: t.float({ nullable: true, description: 'Full length in seconds.', resolve: (p) => (p.durationSec === null ? null : Number(p.durationSec)) }),
    thumbnailUrl: t.exposeString('thumbnailUrl', { nullable: true, description: 'Thumbnail image URL.' }),
    aepFileUrl: t.exposeString('aepFileUrl', { nullable: true, description: 'The After Effects file (administrators and the render service).' }),
    aepFileMd5: t.exposeString('aepFileMd5', { nullable: true, description: 'MD5 of the After Effects file: render nodes cache by it.' }),
    aeVersion: t.exposeString('aeVersion', { nullable: true, description: 'After Effects version the file needs.' }),
    mainComp: t.exposeString('mainComp', { nullable: true, description: 'Composition to render (administrators and the render service).' }),
    aeStatus: t.expose('aeStatus', { type: AeStatusEnum, description: 'State of the After Effects file.' }),
    publishStatus: t.expose('publishStatus', { type: PublishStatusEnum, description: 'Draft, published or unpublished.' }),
    template: t.field({
      type: TemplateType,
      description: 'The template this is a variant of.',
      resolve: async (project, _args, ctx) => (await ctx.loaders.template.load(project.templateId))!,
    }),
    scenes: t.field({ type: [SceneType], description: 'Scenes in order.', resolve: (project, _args, ctx) => ctx.loaders.scenesByProject.load(project.id) }),
    presets: t.field({ type: [PresetType], description: 'Presets in order.', resolve: (project, _args, ctx) => ctx.loaders.presetsByProject.load(project.id) }),
    assets: t.field({ type: [ProjectAssetType], description: 'Named asset files (administrators).', resolve: (project, _args, ctx) => ctx.loaders.assetsByProject.load(project.id) }),
  }),
});

builder.asEntity(ProjectType, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => ctx.loaders.project.load(id),
});

const ProjectAssetInput = builder.inputType('ProjectAssetInput', {
  description: 'A named asset file already stored (its URL).',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Name the AE project references.' }),
    kind: t.field({ type: AssetKindEnum, required: true, description: 'Footage, image, audio or font.' }),
    fileName: t.string({ required: true, description: 'Original file name.' }),
    url: t.string({ required: true, description: 'Where the file is stored.' }),
    sizeBytes: t.field({ type: 'BigInt', required: true, description: 'Size in bytes.' }),
    mimeType: t.string({ required: false, description: 'MIME type.' }),
  }),
});

function adminProjectSearch(search: string | null | undefined): Prisma.ProjectWhereInput {
  const q = search?.trim().slice(0, 100);
  if (!q) return {};
  const like = { contains: q, mode: 'insensitive' as const };
  return { OR: [{ name: like }, { template: { name: like } }, { template: { slug: like } }] };
}

builder.queryFields((t) => ({
  project: t.prismaField({
    type: ProjectType,
    nullable: true,
    description: 'One project by id.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) =>
      ctx.db.project.findFirst({ ...query, where: { id: uuidArg(id), ...catalogTenants(ctx.caller), ...visibleProjects(ctx) } }),
  }),
  adminProjects: t.prismaConnection({
    type: ProjectType,
    cursor: 'id',
    description: 'Every renderable project across templates, most recently changed first (administrators).',
    args: { search: t.arg.string({ required: false, description: 'Part of the template name, slug or project name.' }) },
    totalCount: (_root, { search }, ctx) => ctx.db.project.count({ where: adminProjectSearch(search) }),
    resolve: (query, _root, { search }, ctx) =>
      ctx.db.project.findMany({ ...query, where: adminProjectSearch(search), orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }] }),
  }, { description: 'A page of projects.' }),
}));

builder.mutationFields((t) => ({
  addProjectAsset: t.prismaField({
    type: ProjectAssetType,
    description: 'Adds a named asset to a project (administrators). Names are unique per project.',
    args: { projectId: t.arg.id({ required: true }), input: t.arg({ type: ProjectAssetInput, required: true }) },
    resolve: async (query, _root, { projectId, input }, ctx) => {
      const id = uuidArg(projectId, 'projectId');
      const name = input.name.trim();
      if (!name || name.length > 200) throw badInput('name must be 1 to 200 characters.', 'name');
      if (input.sizeBytes < 0n) throw badInput('sizeBytes cannot be negative.', 'sizeBytes');
      const project = await ctx.db.project.findUnique({ where: { id }, select: { id: true } });
      if (!project) throw notFound('Project', id);
      return ctx.db.projectAsset.create({
        ...query,
        data: {
          projectId: id, name, assetType: input.kind, fileName: input.fileName, url: input.url, storageKey: input.url,
          sizeBytes: input.sizeBytes, mimeType: input.mimeType ?? null,
          uploadedBy: ctx.caller.kind === 'user' ? ctx.caller.userId : null,
        },
      });
    },
  }),
  deleteProjectAsset: t.boolean({
    description: 'Removes a project asset (administrators). False when it did not exist.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => (await ctx.db.projectAsset.deleteMany({ where: { id: uuidArg(id) } })).count > 0,
  }),
}));
