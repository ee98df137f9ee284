// Folder and File: a user's file manager. `folder(id: null)` is the root.
import { builder } from '../builder.ts';
import { notFound, uuidArg } from '../../kit/errors.ts';
import type { FileContext } from '../context.ts';

export const ROOT_FOLDER_ID = 'root';

export const FileType = builder.prismaObject('File', {
  description: 'A file in the user\'s storage.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'File id.' }),
    name: t.exposeString('name', { description: 'File name.' }),
    mimeType: t.exposeString('mimeType', { description: 'MIME type.' }),
    sizeBytes: t.expose('sizeBytes', { type: 'BigInt', description: 'Size in bytes.' }),
    status: t.exposeString('status', { description: 'Uploading, Ready, Quarantined or Deleted.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was uploaded.' }),
  }),
});

builder.asEntity(FileType, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => ctx.loaders.file.load(id),
});

interface FolderShape {
  id: string;
  name: string;
  parentId: string | null;
  userId: string;
}

const FolderType = builder.objectRef<FolderShape>('Folder');
FolderType.implement({
  description: 'A folder. The root folder has id "root".',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Folder id, or "root".' }),
    name: t.exposeString('name', { description: 'Folder name.' }),
    parentId: t.exposeID('parentId', { nullable: true, description: 'Parent folder id (null at the root).' }),
    folders: t.field({
      type: [FolderType],
      description: 'Sub-folders by name.',
      resolve: (folder, _args, ctx) =>
        ctx.db.folder.findMany({ where: { userId: folder.userId, parentId: realId(folder.id), deletedAt: null }, orderBy: { name: 'asc' } }),
    }),
    files: t.prismaField({
      type: [FileType],
      description: 'Files in this folder by name.',
      resolve: (query, folder, _args, ctx) =>
        ctx.db.file.findMany({ ...query, where: { userId: folder.userId, folderId: realId(folder.id), deletedAt: null }, orderBy: { name: 'asc' } }),
    }),
  }),
});

builder.asEntity(FolderType, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => ctx.loaders.folder.load(id),
});

const realId = (id: string) => (id === ROOT_FOLDER_ID ? null : id);

builder.queryFields((t) => ({
  folder: t.field({
    type: FolderType,
    nullable: true,
    description: 'One of your folders; the root when id is null or "root".',
    args: { id: t.arg.id({ required: false }) },
    resolve: async (_root, { id }, ctx: FileContext) => {
      if (ctx.caller.kind !== 'user') return null;
      if (!id || id === ROOT_FOLDER_ID) return { id: ROOT_FOLDER_ID, name: '/', parentId: null, userId: ctx.caller.userId };
      const folder = await ctx.loaders.folder.load(uuidArg(id));
      if (!folder) throw notFound('Folder', String(id));
      return folder;
    },
  }),
}));
