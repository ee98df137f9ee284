// File: one stored file of a user, with rename, move, trash, restore and a time-limited link.
import { builder } from '../builder.ts';
import { uuidArg } from '../../kit/errors.ts';
import { storage } from '../../kit/storage.ts';
import { moveFile, ownFile, renameFile, restoreFile, trashFile } from '../library/files.ts';
import { ownerOf } from './owner.ts';

/** How long a download link works. */
export const DOWNLOAD_TTL_SECONDS = 15 * 60;

export const FileType = builder.prismaObject('File', {
  description: 'A file in the user\'s storage.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'File id.' }),
    name: t.exposeString('name', { description: 'File name.' }),
    mimeType: t.exposeString('mimeType', { description: 'MIME type, as sniffed from its content.' }),
    sizeBytes: t.expose('sizeBytes', { type: 'BigInt', description: 'Size in bytes.' }),
    status: t.exposeString('status', { description: 'Uploading, Ready, Quarantined or Deleted.' }),
    folderId: t.exposeID('folderId', { nullable: true, description: 'Folder it is in (null: the root).' }),
    sha256: t.exposeString('checksum', { nullable: true, description: 'SHA-256 of the content, hex.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true, description: 'When a temporary file is deleted.' }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true, description: 'When it went to the trash (null: not trashed).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was uploaded.' }),
  }),
});

builder.asEntity(FileType, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => ctx.loaders.file.load(id),
});

const FileDownloadLink = builder.objectRef<{ url: string; expiresAt: Date }>('FileDownloadLink').implement({
  description: 'A link that downloads a file until it expires.',
  fields: (t) => ({
    url: t.exposeString('url', { description: 'GET this URL (no Authorization needed).' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'When the link stops working.' }),
  }),
});

builder.queryFields((t) => ({
  file: t.prismaField({
    type: FileType,
    description: 'One of your files (not in the trash); NOT_FOUND otherwise.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_query, _root, { id }, ctx) => ownFile(ctx.db, ownerOf(ctx), uuidArg(id)),
  }),
  trashedFiles: t.prismaField({
    type: [FileType],
    description: 'Your files in the trash, most recently deleted first (purged after the retention).',
    resolve: (query, _root, _args, ctx) => {
      const owner = ownerOf(ctx);
      return ctx.db.file.findMany({ ...query, where: { userId: owner.userId, tenantId: owner.tenantId, deletedAt: { not: null } }, orderBy: { deletedAt: 'desc' }, take: 500 });
    },
  }),
  fileDownloadUrl: t.field({
    type: FileDownloadLink,
    description: 'A link to download one of your files, valid for 15 minutes.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const file = await ownFile(ctx.db, ownerOf(ctx), uuidArg(id));
      return storage().signedUrl(file.storageKey, { expiresInSeconds: DOWNLOAD_TTL_SECONDS, fileName: file.name, contentType: file.mimeType });
    },
  }),
}));

builder.mutationFields((t) => ({
  renameFile: t.prismaField({
    type: FileType,
    description: 'Renames one of your files (no slashes or control characters, at most 255 characters).',
    args: { id: t.arg.id({ required: true }), name: t.arg.string({ required: true }) },
    resolve: (_query, _root, { id, name }, ctx) => renameFile(ctx.db, ownerOf(ctx), uuidArg(id), name),
  }),
  moveFile: t.prismaField({
    type: FileType,
    description: 'Moves one of your files into one of your folders (null or "root": the root).',
    args: { id: t.arg.id({ required: true }), folderId: t.arg.id({ required: false }) },
    resolve: (_query, _root, { id, folderId }, ctx) =>
      moveFile(ctx.db, ownerOf(ctx), uuidArg(id), folderId && folderId !== 'root' ? uuidArg(folderId, 'folderId') : null),
  }),
  deleteFile: t.prismaField({
    type: FileType,
    description: 'Moves one of your files to the trash; its bytes no longer count against your quota.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_query, _root, { id }, ctx) => trashFile(ctx.db, ownerOf(ctx), uuidArg(id)),
  }),
  restoreFile: t.prismaField({
    type: FileType,
    description: 'Takes a file out of the trash (QUOTA_EXCEEDED when it no longer fits).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_query, _root, { id }, ctx) => restoreFile(ctx.db, ownerOf(ctx), uuidArg(id)),
  }),
}));
