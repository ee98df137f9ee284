// graphql-shield rules of the file subgraph; anything not listed is denied.
import { allow, isService, isSignedIn } from '../kit/shield.ts';

export const rules = {
  Query: { folder: isSignedIn, file: isSignedIn, trashedFiles: isSignedIn, fileDownloadUrl: isSignedIn, uploadStatus: isSignedIn, serviceFile: isService('content') },
  Mutation: {
    createFolder: isSignedIn,
    renameFolder: isSignedIn,
    moveFolder: isSignedIn,
    deleteFolder: isSignedIn,
    renameFile: isSignedIn,
    moveFile: isSignedIn,
    deleteFile: isSignedIn,
    restoreFile: isSignedIn,
    initUpload: isSignedIn,
    completeUpload: isSignedIn,
    abortUpload: isSignedIn,
  },
  // Folders, files and sessions are filtered by owner in the queries and loaders.
  Folder: allow,
  File: allow,
  FileDownloadLink: allow,
  UploadSession: allow,
  UploadPart: allow,
  Quota: allow,
  User: allow,
  ServiceFile: isService('content'),
};
