// Folder: a user's folder tree. `folder(id: null)` is the root; folders are created, renamed,
// moved (never into themselves) and deleted to the trash with everything in them.
import { builder } from '../builder.ts';
import { notFound, uuidArg } from '../../kit/errors.ts';
import type { FileContext } from '../context.ts';
import { createFolder, deleteFolder, moveFolder, renameFolder } from '../library/folders.ts';
import { FileType } from './file.ts';
import { ownerOf } from './owner.ts';

export const ROOT_FOLDER_ID = 'root';

interface FolderShape {
  id: string;
  name: string;
  path: string;
  parentId: string | null;
  userId: string;
}

const FolderType = builder.objectRef<FolderShape>('Folder');
FolderType.implement({
  description: 'A folder. The root folder has id "root".',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Folder id, or "root".' }),
    name: t.exposeString('name', { description: 'Folder name.' }),
    path: t.exposeString('path', { description: 'Where it is, from the root: /a/b ("/" for the root).' }),
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
        ctx.db.file.findMany({ ...query, where: { userId: folder.userId, folderId: realId(folder.id), deletedAt: null }, orderBy: [{ name: 'asc' }, { createdAt: 'asc' }] }),
    }),
  }),
});

builder.asEntity(FolderType, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => ctx.loaders.folder.load(id),
});

const realId = (id: string) => (id === ROOT_FOLDER_ID ? null : id);
/** A folder argument: null, absent or "root" is the root. */
const folderArg = (id: string | number | null | undefined, field: string) => (id && id !== ROOT_FOLDER_ID ? uuidArg(id, field) : null);

builder.queryFields((t) => ({
  folder: t.field({
    type: FolderType,
    nullable: true,
    description: 'One of your folders; the root when id is null or "root".',
    args: { id: t.arg.id({ required: false }) },
    resolve: async (_root, { id }, ctx: FileContext) => {
      if (ctx.caller.kind !== 'user') return null;
      if (!id || id === ROOT_FOLDER_ID) return { id: ROOT_FOLDER_ID, name: '/', path: '/', parentId: null, userId: ctx.caller.userId };
      const folder = await ctx.loaders.folder.load(uuidArg(id));
      if (!folder) throw notFound('Folder', String(id));
      return folder;
    },
  }),
}));

builder.mutationFields((t) => ({
  createFolder: t.field({
    type: FolderType,
    description: 'Creates a folder in one of yours (parentId null or "root": at the root). CONFLICT when a sibling has the name.',
    args: { parentId: t.arg.id({ required: false }), name: t.arg.string({ required: true }) },
    resolve: (_root, { parentId, name }, ctx) => createFolder(ctx.db, ownerOf(ctx), folderArg(parentId, 'parentId'), name),
  }),
  renameFolder: t.field({
    type: FolderType,
    description: 'Renames one of your folders. CONFLICT when a sibling has the name.',
    args: { id: t.arg.id({ required: true }), name: t.arg.string({ required: true }) },
    resolve: (_root, { id, name }, ctx) => renameFolder(ctx.db, ownerOf(ctx), uuidArg(id), name),
  }),
  moveFolder: t.field({
    type: FolderType,
    description: 'Moves one of your folders under another (null or "root": to the root). FOLDER_CYCLE into itself or below itself.',
    args: { id: t.arg.id({ required: true }), parentId: t.arg.id({ required: false }) },
    resolve: (_root, { id, parentId }, ctx) => moveFolder(ctx.db, ownerOf(ctx), uuidArg(id), folderArg(parentId, 'parentId')),
  }),
  deleteFolder: t.int({
    description: 'Moves one of your folders, its sub-folders and their files to the trash; how many files went.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => deleteFolder(ctx.db, ownerOf(ctx), uuidArg(id)),
  }),
}));
