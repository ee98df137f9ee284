// ProjectAsset: a named footage, image, audio or font file a project's AE file references (seed
// 000). Administrators upload the file through the file subgraph's resumable uploads, then add it
// here by file id; content keeps the catalog's copy (uploads/assets.ts).
import { builder } from '../builder.ts';
import { AssetType } from '../../../prisma/generated/client/enums.ts';
import { notFound, uuidArg } from '../../kit/errors.ts';
import { addAsset, deleteAsset } from '../uploads/assets.ts';
import { CatalogDownloadLinkType, adminLink } from './download-link.ts';

export const AssetKindEnum = builder.enumType(AssetType, { name: 'AssetKind', description: 'Kind of a named project asset.' });

export const ProjectAssetType = builder.prismaObject('ProjectAsset', {
  description: 'A named footage, image, audio or font file the AE project references.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Asset id.' }),
    name: t.exposeString('name', { description: 'Name the AE project uses.' }),
    kind: t.expose('assetType', { type: AssetKindEnum, description: 'Footage, image, audio or font.' }),
    fileName: t.exposeString('fileName', { description: 'Name of the uploaded file.' }),
    url: t.exposeString('url', { description: 'Where the catalog\'s copy is stored (storage://<key>).' }),
    mimeType: t.exposeString('mimeType', { nullable: true, description: 'MIME type, as sniffed from the content.' }),
    sizeBytes: t.expose('sizeBytes', { type: 'BigInt', description: 'Size in bytes.' }),
    md5: t.exposeString('md5', { nullable: true, description: 'MD5 of the file, for the nodes to verify.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was added.' }),
    download: t.field({
      type: CatalogDownloadLinkType,
      nullable: true,
      description: 'A 15-minute signed link to the catalog\'s copy of the file (administrators).',
      select: { url: true },
      resolve: (asset, _args, ctx) => adminLink(ctx, asset.url),
    }),
  }),
});

const ProjectAssetInput = builder.inputType('ProjectAssetInput', {
  description: 'A named asset from a file you uploaded (initUpload … completeUpload).',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Name the AE project references (1 to 200 characters, unique in the project).' }),
    kind: t.field({ type: AssetKindEnum, required: true, description: 'Footage (video), image, audio or font: the file must be of that kind.' }),
    fileId: t.id({ required: true, description: 'One of your uploaded files.' }),
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
    description: 'Adds a named asset from a file you uploaded (administrators); the catalog keeps its own copy. CONFLICT for a name the project has; UNSUPPORTED_FILE_TYPE when the file is not of the kind; NOT_FOUND for a file that is not yours.',
    args: { projectId: t.arg.id({ required: true }), input: t.arg({ type: ProjectAssetInput, required: true }) },
    resolve: async (query, _root, { projectId, input }, ctx) => {
      const asset = await addAsset(ctx.db, ctx.peers, ctx.caller, { projectId: uuidArg(projectId, 'projectId'), name: input.name, kind: input.kind, fileId: String(input.fileId) });
      return ctx.db.projectAsset.findUniqueOrThrow({ ...query, where: { id: asset.id } });
    },
  }),
  deleteProjectAsset: t.boolean({
    description: 'Removes a project asset and the catalog\'s copy of its file (administrators); the uploaded file stays in your files. False when it did not exist.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => deleteAsset(ctx.db, uuidArg(id)),
  }),
}));
