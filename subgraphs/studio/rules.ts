// graphql-shield rules of the studio subgraph; anything not listed is denied.
import { allow, isSignedIn } from '../kit/shield.ts';

export const rules = {
  Query: { savedProjects: isSignedIn, savedProject: isSignedIn, audioTracks: allow },
  Mutation: { createSavedProject: isSignedIn, updateSavedProject: isSignedIn, duplicateSavedProject: isSignedIn, deleteSavedProject: isSignedIn },
  // Rows are filtered by owner in the queries and loaders.
  SavedProject: allow,
  SavedProjectScene: allow,
  SavedProjectSfx: allow,
  AudioTrack: allow,
  User: allow,
  Tenant: allow,
  Project: allow,
  Template: allow,
  Preset: allow,
  Scene: allow,
  QuerySavedProjectsConnection: allow,
  QuerySavedProjectsConnectionEdge: allow,
  QueryAudioTracksConnection: allow,
  QueryAudioTracksConnectionEdge: allow,
  PageInfo: allow,
};
