// graphql-shield rules of the file subgraph; anything not listed is denied.
import { allow, isSignedIn } from '../kit/shield.ts';

export const rules = {
  Query: { folder: isSignedIn },
  // Folders and files are filtered by owner in the queries and loaders.
  Folder: allow,
  File: allow,
  Quota: allow,
  User: allow,
};
