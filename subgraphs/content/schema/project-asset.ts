// ProjectAsset: a named footage, image, audio or font file a project's AE file references (seed
// 000). Administrators list and delete them; uploading them is the file subgraph's upload sessions.
import { builder } from '../builder.ts';
import { AssetType } from '../../../prisma/generated/client/enums.ts';
import { badInput, notFound, uuidArg } from '../../kit/errors.ts';

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
    md5: t.exposeString('md5', { nullable: true, description: 'MD5 of the file, for the nodes to verify.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was added.' }),
  }),
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

builder.queryFields((t) => ({
  projectAssets: t.prismaField({
    type: [ProjectAssetType],
    description: "A project's named assets by name (administrators). NOT_FOUND for an unknown project.",
    args: { projectId: t.arg.id({ required: true }) },
    resolve: async (query, _root, { projectId }, ctx) => {
      const id = uuidArg(projectId, 'projectId');
      if (!(await ctx.db.project.findUnique({ where: { id }, select: { id: true } }))) throw notFound('Project', id);
      return ctx.db.projectAsset.findMany({ ...query, where: { projectId: id }, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
    },
  }),
}));

builder.mutationFields((t) => ({
  addProjectAsset: t.prismaField({
    type: ProjectAssetType,
    description: 'Records a named asset already stored at a URL (administrators). Names are unique per project (CONFLICT).',
    args: { projectId: t.arg.id({ required: true }), input: t.arg({ type: ProjectAssetInput, required: true }) },
    resolve: async (query, _root, { projectId, input }, ctx) => {
      const id = uuidArg(projectId, 'projectId');
      const name = input.name.trim();
      if (!name || name.length > 200) throw badInput('name must be 1 to 200 characters.', 'name');
      const fileName = input.fileName.trim();
      if (!fileName || fileName.length > 255) throw badInput('fileName must be 1 to 255 characters.', 'fileName');
      if (input.sizeBytes < 0n) throw badInput('sizeBytes cannot be negative.', 'sizeBytes');
      const url = input.url.trim();
      if (!url || url.length > 2048) throw badInput('url must be 1 to 2048 characters.', 'url');
      const project = await ctx.db.project.findUnique({ where: { id }, select: { id: true } });
      if (!project) throw notFound('Project', id);
      return ctx.db.projectAsset.create({
        ...query,
        data: {
          projectId: id, name, assetType: input.kind, fileName, url, storageKey: url,
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
