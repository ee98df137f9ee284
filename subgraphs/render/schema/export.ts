// Export: a finished video (and its extra files) kept until its auto-delete date.
import { builder } from '../builder.ts';
import { SavedProjectRef } from './external.ts';
import { ownedBy } from '../context.ts';
import { uuidArg } from '../../kit/errors.ts';

export const ExportFileType = builder.prismaObject('ExportFile', {
  description: 'An additional file of an export (another format, a poster).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'File id.' }),
    fileExtension: t.exposeString('fileExtension', { description: 'Format, e.g. mp4, webm, jpg.' }),
    fileType: t.exposeString('fileType', { description: 'Video, Image or Audio.' }),
    sizeBytes: t.expose('sizeBytes', { type: 'BigInt', description: 'Size in bytes.' }),
    thumbnail: t.exposeString('thumbnail', { nullable: true, description: 'Thumbnail URL.' }),
  }),
});

export const ExportType = builder.prismaObject('Export', {
  description: 'A finished render output.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Export id.' }),
    image: t.exposeString('image', { nullable: true, description: 'Poster image URL.' }),
    sizeBytes: t.expose('sizeBytes', { type: 'BigInt', description: 'Size in bytes.' }),
    durationSec: t.float({ description: 'Length in seconds.', resolve: (row) => Number(row.durationSec) }),
    width: t.exposeInt('width', { description: 'Width in pixels.' }),
    height: t.exposeInt('height', { description: 'Height in pixels.' }),
    fileExtension: t.exposeString('fileExtension', { description: 'Main format, e.g. mp4.' }),
    fileType: t.exposeString('fileType', { description: 'Video, Image or Audio.' }),
    renderQuality: t.exposeString('renderQuality', { description: 'Quality it was rendered at.' }),
    produceDate: t.expose('produceDate', { type: 'DateTime', description: 'When it was produced.' }),
    autoDeleteDate: t.expose('autoDeleteDate', { type: 'DateTime', description: 'When it will be deleted unless extended.' }),
    savedProject: t.field({ type: SavedProjectRef, description: 'The saved project it came from.', resolve: (row) => ({ id: row.savedProjectId }) }),
    files: t.relation('files', { type: ExportFileType, description: 'Additional files.' }),
  }),
});

builder.asEntity(ExportType, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => ctx.loaders.export.load(id),
});

builder.queryFields((t) => ({
  export: t.prismaField({
    type: ExportType,
    nullable: true,
    description: 'One of your exports, with its files.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => ctx.db.export.findFirst({ ...query, where: { id: uuidArg(id), ...ownedBy(ctx.caller) } }),
  }),
  exports: t.prismaConnection({
    type: ExportType,
    cursor: 'id',
    description: 'Your exports, newest first.',
    totalCount: (_root, _args, ctx) => ctx.db.export.count({ where: ownedBy(ctx.caller) }),
    resolve: (query, _root, _args, ctx) => ctx.db.export.findMany({ ...query, where: ownedBy(ctx.caller), orderBy: [{ produceDate: 'desc' }, { id: 'desc' }] }),
  }, { description: 'A page of exports.' }),
}));
