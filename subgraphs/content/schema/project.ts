// Project: a renderable variant of a template (aspect ratio, resolution, AE file), with its
// scenes, presets, characters and named assets. Administrators search all of them and publish.
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import type { ModelRef } from '../../kit/builder.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../kit/builder.ts';
import type { ContentContext } from '../context.ts';
import { AeStatus } from '../../../prisma/generated/client/enums.ts';
import type { Project } from '../../../prisma/generated/client/client.ts';
import { PublishStatusEnum, TemplateType, visibleProjects } from './template.ts';
import { SceneType } from './scene.ts';
import { PresetType } from './preset.ts';
import { CharacterType } from './character.ts';
import { ProjectAssetType } from './project-asset.ts';
import { catalogTenants } from '../context.ts';
import { badInput, uuidArg } from '../../kit/errors.ts';
import { searchProjects } from '../catalog/search.ts';
import { publishProject, unpublishProject } from '../catalog/publishing.ts';
import { attachAeFile } from '../uploads/ae-files.ts';
import { ASPECT_RATIOS, archiveProject, createProject, restoreProject, updateProject } from '../catalog/projects.ts';
import { CatalogDownloadLinkType, adminLink } from './download-link.ts';

export const AeStatusEnum = builder.enumType(AeStatus, { name: 'AeStatus', description: 'State of the project\'s After Effects file.' });

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
    previewVideoUrl: t.exposeString('previewVideoUrl', { nullable: true, description: 'Preview video URL.' }),
    order: t.exposeInt('orderValue', { description: 'Position among its template\'s projects.' }),
    aepFileUrl: t.exposeString('aepFileUrl', { nullable: true, description: 'The After Effects file (administrators and the render service).' }),
    aepFileMd5: t.exposeString('aepFileMd5', { nullable: true, description: 'MD5 of the After Effects file: render nodes cache by it.' }),
    aepFileSizeBytes: t.expose('aepFileSizeBytes', { type: 'BigInt', nullable: true, description: 'Size of the After Effects file in bytes.' }),
    aepFileDownload: t.field({
      type: CatalogDownloadLinkType,
      nullable: true,
      description: 'A 15-minute signed link to the catalog\'s copy of the After Effects file (administrators); null when the file is not in the catalog.',
      select: { aepFileUrl: true },
      resolve: (project, _args, ctx) => adminLink(ctx, project.aepFileUrl),
    }),
    hasAeFile: t.boolean({ description: 'Whether the After Effects file is there.', select: { aepFileUrl: true }, resolve: (p) => p.aepFileUrl !== null }),
    aeVersion: t.exposeString('aeVersion', { nullable: true, description: 'After Effects version the file needs.' }),
    mainComp: t.exposeString('mainComp', { nullable: true, description: 'Composition to render (administrators and the render service).' }),
    aeStatus: t.expose('aeStatus', { type: AeStatusEnum, description: 'State of the After Effects file.' }),
    publishStatus: t.expose('publishStatus', { type: PublishStatusEnum, description: 'Draft, published or unpublished.' }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true, description: 'When it was last published.' }),
    archivedAt: t.expose('archivedAt', { type: 'DateTime', nullable: true, description: 'When it (or its template) was deleted (archived): hidden and unpublished, but saved projects and renders of it keep working. Null while live.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
    template: t.field({
      type: TemplateType,
      description: 'The template this is a variant of.',
      resolve: async (project, _args, ctx) => (await ctx.loaders.template.load(project.templateId))!,
    }),
    scenes: t.field({ type: [SceneType], description: 'Scenes in order.', resolve: (project, _args, ctx) => ctx.loaders.scenesByProject.load(project.id) }),
    presets: t.field({ type: [PresetType], description: 'Presets in order.', resolve: (project, _args, ctx) => ctx.loaders.presetsByProject.load(project.id) }),
    characters: t.field({ type: [CharacterType], description: 'Characters offered in this project (none: any active character).', resolve: (project, _args, ctx) => ctx.loaders.charactersByProject.load(project.id) }),
    assets: t.field({ type: [ProjectAssetType], description: 'Named asset files (administrators).', resolve: (project, _args, ctx) => ctx.loaders.assetsByProject.load(project.id) }),
  }),
});

builder.asEntity(ProjectType, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => ctx.loaders.project.load(id),
});

const AdminProjectsFilter = builder.inputType('AdminProjectsFilter', {
  description: 'Narrows the admin project list; every condition given must hold.',
  fields: (t) => ({
    templateId: t.id({ required: false, description: 'Only this template\'s projects.' }),
    published: t.boolean({ required: false, description: 'true: published only; false: drafts and unpublished only.' }),
    hasAeFile: t.boolean({ required: false, description: 'Whether the After Effects file is there.' }),
    aspectRatio: t.string({ required: false, description: '16:9, 9:16, 1:1 or 4:5.' }),
    archived: t.boolean({ required: false, description: 'true: deleted (archived) projects only. Otherwise they are left out.' }),
  }),
});

const projectFields = {
  name: 'Variant label, 1 to 200 characters.',
  aspectRatio: '16:9, 9:16, 1:1 or 4:5; width and height must fit it.',
  width: 'Native width in pixels, 16 to 8192.',
  height: 'Native height in pixels, 16 to 8192.',
  frameRate: 'Native frames per second: 24, 25, 30, 50 or 60.',
  durationSec: 'Full length in seconds, more than 0 and at most 3600 (render needs it).',
  thumbnailUrl: 'http(s) URL of the thumbnail (null clears it).',
  previewVideoUrl: 'http(s) URL of the preview video (null clears it).',
  order: 'Position among the template\'s projects, 0 to 10000.',
};

const CreateProjectInput = builder.inputType('CreateProjectInput', {
  description: 'A new project (a renderable variant) of a template; it starts as a draft without an AE file.',
  fields: (t) => ({
    name: t.string({ required: false, description: `${projectFields.name} Default: the template name and the aspect ratio.` }),
    aspectRatio: t.string({ required: true, description: projectFields.aspectRatio }),
    width: t.int({ required: true, description: projectFields.width }),
    height: t.int({ required: true, description: projectFields.height }),
    frameRate: t.int({ required: false, description: `${projectFields.frameRate} Default 30.` }),
    durationSec: t.float({ required: false, description: projectFields.durationSec }),
    thumbnailUrl: t.string({ required: false, description: projectFields.thumbnailUrl }),
    previewVideoUrl: t.string({ required: false, description: projectFields.previewVideoUrl }),
    order: t.int({ required: false, description: `${projectFields.order} Default: after the last.` }),
  }),
});

const UpdateProjectInput = builder.inputType('UpdateProjectInput', {
  description: 'Changes to a project; omitted fields stay as they are. The AE file itself changes with attachProjectAeFile.',
  fields: (t) => ({
    name: t.string({ required: false, description: projectFields.name }),
    aspectRatio: t.string({ required: false, description: projectFields.aspectRatio }),
    width: t.int({ required: false, description: projectFields.width }),
    height: t.int({ required: false, description: projectFields.height }),
    frameRate: t.int({ required: false, description: projectFields.frameRate }),
    durationSec: t.float({ required: false, description: `${projectFields.durationSec} Null clears it.` }),
    thumbnailUrl: t.string({ required: false, description: projectFields.thumbnailUrl }),
    previewVideoUrl: t.string({ required: false, description: projectFields.previewVideoUrl }),
    order: t.int({ required: false, description: projectFields.order }),
    aeVersion: t.string({ required: false, description: 'After Effects version the file needs (null clears it).' }),
    mainComp: t.string({ required: false, description: 'Composition to render (null clears it).' }),
  }),
});


builder.queryFields((t) => ({
  project: t.prismaField({
    type: ProjectType,
    nullable: true,
    description: 'One project by id (users: published ones).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) =>
      ctx.db.project.findFirst({ ...query, where: { id: uuidArg(id), ...catalogTenants(ctx.caller), ...visibleProjects(ctx) } }),
  }),
  adminProjects: t.connection({
    type: ProjectType,
    description: 'Every renderable project across templates (administrators). `search` is fuzzy (typos forgiven) over the project name and the template name and slug; best matches first, then by name.',
    args: {
      search: t.arg.string({ required: false, description: 'Words of the template name or slug or the project name; typos are forgiven.' }),
      filter: t.arg({ type: AdminProjectsFilter, required: false }),
    },
    resolve: async (_root, args, ctx) => {
      const search = (args.search ?? '').trim().replace(/\s+/g, ' ').slice(0, 100);
      const filter = args.filter ?? {};
      if (filter.aspectRatio && !ASPECT_RATIOS.includes(filter.aspectRatio)) throw badInput(`filter.aspectRatio must be one of ${ASPECT_RATIOS.join(', ')}.`, 'filter.aspectRatio');
      const templateId = filter.templateId ? uuidArg(filter.templateId, 'filter.templateId') : null;
      let totalCount = 0;
      const connection = await resolveOffsetConnection({ args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE }, async ({ offset, limit }) => {
        const page = await searchProjects(ctx.db, search, { ...filter, templateId }, offset, limit);
        totalCount = page.totalCount;
        const rows = await ctx.db.project.findMany({ where: { id: { in: page.ids } } });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return page.ids.map((id) => byId.get(id)).filter((row): row is Project => row !== undefined);
      });
      // totalCount rides along on the connection object for the field below.
      return Object.assign(connection, { totalCount });
    },
  }, {
    description: 'A page of projects.',
    fields: (t) => ({ totalCount: t.int({ description: 'How many match in all.', resolve: (connection) => (connection as unknown as { totalCount: number }).totalCount }) }),
  }),
}));

builder.mutationFields((t) => ({
  attachProjectAeFile: t.prismaField({
    type: ProjectType,
    description: 'Makes an After Effects project you uploaded (.aep or .aepx, through initUpload/completeUpload) the project\'s AE file (administrators): the catalog keeps its own copy, its MD5 is recorded and the status becomes Uploaded, so the project can be published. Replaces the previous file. UNSUPPORTED_FILE_TYPE for any other file; NOT_FOUND for a file that is not yours.',
    args: {
      projectId: t.arg.id({ required: true }),
      fileId: t.arg.id({ required: true }),
      aeVersion: t.arg.string({ required: false, description: 'After Effects version the file needs (unchanged when not given).' }),
      mainComp: t.arg.string({ required: false, description: 'Composition to render (unchanged when not given).' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const projectId = uuidArg(args.projectId, 'projectId');
      await attachAeFile(ctx.db, ctx.peers, ctx.caller, { projectId, fileId: String(args.fileId), aeVersion: args.aeVersion, mainComp: args.mainComp });
      return ctx.db.project.findUniqueOrThrow({ ...query, where: { id: projectId } });
    },
  }),
  publishProject: t.prismaField({
    type: ProjectType,
    description: 'Publishes a project (administrators): NOT_PUBLISHABLE (with `reasons`) without an AE file or scenes. Users see it once its template is published too.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      await publishProject(ctx.db, uuidArg(id));
      return ctx.db.project.findUniqueOrThrow({ ...query, where: { id: uuidArg(id) } });
    },
  }),
  unpublishProject: t.prismaField({
    type: ProjectType,
    description: 'Hides a published project from users (administrators); saved projects made from it keep working. CONFLICT for a draft.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      await unpublishProject(ctx.db, uuidArg(id));
      return ctx.db.project.findUniqueOrThrow({ ...query, where: { id: uuidArg(id) } });
    },
  }),
  createProject: t.prismaField({
    type: ProjectType,
    description: 'Adds a draft project (a renderable variant) to a template (administrators), after its last one unless placed. NOT_FOUND for an unknown template; BAD_USER_INPUT for an aspect ratio, size, frame rate or length that does not fit; CONFLICT when the template has that variant already (or is archived).',
    args: { templateId: t.arg.id({ required: true }), input: t.arg({ type: CreateProjectInput, required: true }) },
    resolve: async (query, _root, { templateId, input }, ctx) => {
      const created = await createProject(ctx.db, uuidArg(templateId, 'templateId'), input);
      return ctx.db.project.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  updateProject: t.prismaField({
    type: ProjectType,
    description: 'Changes a project (administrators); omitted fields stay. The size is checked against the aspect ratio as they will be; nothing changes on a refusal.',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateProjectInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      await updateProject(ctx.db, uuidArg(id), input);
      return ctx.db.project.findUniqueOrThrow({ ...query, where: { id: uuidArg(id) } });
    },
  }),
  deleteProject: t.prismaField({
    type: ProjectType,
    description: 'Deletes a project by archiving it (administrators): unpublished and hidden from every list, while saved projects, renders and snapshots of it keep resolving. restoreProject brings it back.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      await archiveProject(ctx.db, uuidArg(id));
      return ctx.db.project.findUniqueOrThrow({ ...query, where: { id: uuidArg(id) } });
    },
  }),
  restoreProject: t.prismaField({
    type: ProjectType,
    description: 'Brings an archived project back, unpublished (administrators). CONFLICT when it is not archived or its template still is.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      await restoreProject(ctx.db, uuidArg(id));
      return ctx.db.project.findUniqueOrThrow({ ...query, where: { id: uuidArg(id) } });
    },
  }),
}));
