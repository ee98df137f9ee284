// graphql-shield rules of the content subgraph; anything not listed is denied.
import { allow, isPlatformAdmin, isService, or } from '../kit/shield.ts';

/** What renders need from a project and users need not see. */
const adminOrRender = or(isPlatformAdmin, isService('render'));

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
  Project: { '*': allow, assets: isPlatformAdmin, aepFileUrl: adminOrRender, mainComp: adminOrRender },
  Scene: allow,
  Preset: allow,
  ProjectAsset: isPlatformAdmin,
  QueryTemplatesConnection: allow,
  QueryTemplatesConnectionEdge: allow,
  QueryAdminProjectsConnection: isPlatformAdmin,
  QueryAdminProjectsConnectionEdge: isPlatformAdmin,
  PageInfo: allow,
};
