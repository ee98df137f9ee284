// UploadSession: a resumable multipart upload. initUpload opens it, parts go to
// PUT <uploadUrl>/parts/<n> with `Authorization: Bearer <uploadToken>`, uploadStatus tells what
// arrived (to resume), completeUpload makes the file, abortUpload throws the parts away.
import type { UploadSession } from '../../../prisma/generated/client/client.ts';
import { builder } from '../builder.ts';
import { uuidArg } from '../../kit/errors.ts';
import { abortUpload, completeUpload, initUpload, isOpen, ownSession, partsOf } from '../uploads/sessions.ts';
import { uploadToken, uploadUrl } from '../uploads/tokens.ts';
import { FileType } from './file.ts';
import { ownerOf } from './owner.ts';

const UploadPart = builder.objectRef<{ n: number; size: number; etag: string }>('UploadPart').implement({
  description: 'A part that has arrived.',
  fields: (t) => ({
    number: t.int({ description: 'Part number (1-based).', resolve: (p) => p.n }),
    sizeBytes: t.int({ description: 'Its size in bytes.', resolve: (p) => p.size }),
    sha256: t.string({ description: 'SHA-256 of its bytes, hex.', resolve: (p) => p.etag }),
  }),
});

const UploadSessionType = builder.prismaObject('UploadSession', {
  description: 'A resumable upload of one file in parts.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Session id.' }),
    fileName: t.exposeString('fileName', { description: 'Name the file will have.' }),
    folderId: t.exposeID('folderId', { nullable: true, description: 'Folder it goes to (null: the root).' }),
    sizeBytes: t.expose('totalSizeBytes', { type: 'BigInt', description: 'Declared size in bytes (reserved against the quota while open).' }),
    partSize: t.exposeInt('partSizeBytes', { description: 'Every part but the last has exactly this many bytes.' }),
    partCount: t.exposeInt('partsTotal', { description: 'How many parts.' }),
    status: t.exposeString('status', { description: 'Pending, Uploading, Completing, Completed, Aborted or Expired.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'When an unfinished upload is deleted.' }),
    partsReceived: t.field({ type: [UploadPart], description: 'Parts that have arrived, by number.', resolve: (s) => partsOf(s).sort((a, b) => a.n - b.n) }),
    missingParts: t.intList({
      description: 'Part numbers still to send (empty once all arrived).',
      resolve: (s) => {
        const received = new Set(partsOf(s).map((p) => p.n));
        return Array.from({ length: s.partsTotal }, (_, i) => i + 1).filter((n) => !received.has(n));
      },
    }),
    uploadUrl: t.string({ nullable: true, description: 'Send part n with PUT <uploadUrl>/parts/<n> (null once the session is closed).', resolve: (s) => (isOpen(s) ? uploadUrl(s.id) : null) }),
    uploadToken: t.string({ nullable: true, description: 'Send parts with `Authorization: Bearer <uploadToken>` (null once the session is closed).', resolve: (s) => (isOpen(s) ? uploadToken(s.id) : null) }),
    file: t.prismaField({
      type: FileType,
      nullable: true,
      description: 'The file, once completed.',
      resolve: (query, s, _args, ctx) => (s.fileId ? ctx.db.file.findUnique({ ...query, where: { id: s.fileId } }) : null),
    }),
  }),
});

const InitUploadInput = builder.inputType('InitUploadInput', {
  description: 'A file to upload in parts.',
  fields: (t) => ({
    folderId: t.id({ required: false, description: 'One of your folders (null or "root": the root).' }),
    name: t.string({ required: true, description: 'File name (no slashes or control characters, at most 255 characters).' }),
    mimeType: t.string({ required: true, description: 'Its type; must be an allowed one (the content is checked again at completeUpload).' }),
    sizeBytes: t.field({ type: 'BigInt', required: true, description: 'Exact size in bytes.' }),
    partSize: t.int({ required: false, description: 'Bytes per part, 1 KiB to 64 MiB (default 8 MiB).' }),
    sha256: t.string({ required: false, description: 'SHA-256 of the whole file (hex); completeUpload refuses other bytes.' }),
  }),
});

builder.queryFields((t) => ({
  uploadStatus: t.prismaField({
    type: UploadSessionType,
    description: 'One of your upload sessions: which parts arrived (to resume), its state, its file.',
    args: { sessionId: t.arg.id({ required: true }) },
    resolve: (_query, _root, { sessionId }, ctx) => ownSession(ctx.db, ownerOf(ctx), uuidArg(sessionId, 'sessionId')),
  }),
}));

builder.mutationFields((t) => ({
  initUpload: t.prismaField({
    type: UploadSessionType,
    description: 'Opens a resumable upload. QUOTA_EXCEEDED (with the open uploads counted), FILE_TOO_LARGE, UNSUPPORTED_FILE_TYPE: nothing is created.',
    args: { input: t.arg({ type: InitUploadInput, required: true }) },
    resolve: (_query, _root, { input }, ctx) => initUpload(ctx.db, ownerOf(ctx), {
      ...input,
      folderId: input.folderId && input.folderId !== 'root' ? uuidArg(input.folderId, 'folderId') : null,
    }),
  }),
  completeUpload: t.prismaField({
    type: FileType,
    description: 'Assembles the parts into the file and charges the quota in one step; completing again returns the same file. UPLOAD_INCOMPLETE, QUOTA_EXCEEDED (the session stays open), UNSUPPORTED_FILE_TYPE, CHECKSUM_MISMATCH (the session ends).',
    args: { sessionId: t.arg.id({ required: true }) },
    resolve: (_query, _root, { sessionId }, ctx) => completeUpload(ctx.db, ownerOf(ctx), uuidArg(sessionId, 'sessionId')),
  }),
  abortUpload: t.prismaField({
    type: UploadSessionType,
    description: 'Stops an upload and deletes its parts (aborting twice is fine).',
    args: { sessionId: t.arg.id({ required: true }) },
    resolve: async (_query, _root, { sessionId }, ctx): Promise<UploadSession> => abortUpload(ctx.db, ownerOf(ctx), uuidArg(sessionId, 'sessionId')),
  }),
}));
