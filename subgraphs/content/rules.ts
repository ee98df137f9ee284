// graphql-shield rules of the content subgraph; anything not listed is denied.
import { allow, isPlatformAdmin } from '../kit/shield.ts';

export const rules = {
  Query: {
    // The catalog is public: anonymous visitors browse published templates.
    templates: allow,
    template: allow,
    categories: allow,
    project: allow,
    adminProjects: isPlatformAdmin,
  },
  Mutation: {
    addProjectAsset: isPlatformAdmin,
    deleteProjectAsset: isPlatformAdmin,
  },
  Category: allow,
  Template: allow,
  Project: { '*': allow, assets: isPlatformAdmin },
  Scene: allow,
  Preset: allow,
  ProjectAsset: isPlatformAdmin,
  QueryTemplatesConnection: allow,
  QueryTemplatesConnectionEdge: allow,
  QueryAdminProjectsConnection: isPlatformAdmin,
  QueryAdminProjectsConnectionEdge: isPlatformAdmin,
  PageInfo: allow,
};
